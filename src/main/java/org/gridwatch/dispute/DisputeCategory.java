package org.gridwatch.dispute;

/** What a dispute is about. */
public enum DisputeCategory {
    NEIGHBOUR, FAMILY, PROPERTY, LABOUR, CONSUMER, OTHER;

    public String labelKey() {
        return "dispute.category." + name();
    }
}
