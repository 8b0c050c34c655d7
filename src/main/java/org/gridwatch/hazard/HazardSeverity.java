package org.gridwatch.hazard;

/** How serious a hazard is, least first (lists sort by it). */
public enum HazardSeverity {
    LOW, MEDIUM, HIGH, MAJOR;

    public String labelKey() {
        return "hazard.severity." + name();
    }
}
