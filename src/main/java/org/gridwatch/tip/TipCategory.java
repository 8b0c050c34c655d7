package org.gridwatch.tip;

/** What a tip is about. */
public enum TipCategory {
    TELECOM_FRAUD, GAMBLING, DRUGS, OTHER;

    public String labelKey() {
        return "tip.category." + name();
    }
}
