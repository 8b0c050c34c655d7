package org.gridwatch.rating;

/** What a confirmation did: confirmed now, or nothing because it was confirmed before, the month is not over or the area has no community. */
public enum ConfirmOutcome {
    CONFIRMED, ALREADY_CONFIRMED, MONTH_NOT_OVER, NO_COMMUNITIES;

    public String messageKey() {
        return "rating.confirm." + name();
    }
}
