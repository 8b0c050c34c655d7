package org.gridwatch.hazard;

/** What kind of danger a hazard is. */
public enum HazardCategory {
    FIRE, CROWD, TRAFFIC, PUBLIC_ORDER, BUILDING, OTHER;

    public String labelKey() {
        return "hazard.category." + name();
    }
}
