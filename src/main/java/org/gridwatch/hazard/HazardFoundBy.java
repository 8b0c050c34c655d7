package org.gridwatch.hazard;

/** The work during which a hazard was found. */
public enum HazardFoundBy {
    PATROL, VISIT, INSPECTION;

    public String labelKey() {
        return "hazard.foundBy." + name();
    }
}
