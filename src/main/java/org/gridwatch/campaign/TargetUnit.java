package org.gridwatch.campaign;

/** How a target's number is meant: so many per grid in every week of the period, or a total for the campaign. */
public enum TargetUnit {
    PER_GRID_WEEK, TOTAL;

    public String labelKey() {
        return "campaign.target.unit." + name();
    }
}
