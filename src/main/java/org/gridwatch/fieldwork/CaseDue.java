package org.gridwatch.fieldwork;

/**
 * How a case stands against its current stage's due date: on time, past due (yellow), or past due by more
 * than the grace {@code gridwatch.deadlines.grace} (red, 督办). Modules compute it in SQL from the stored
 * due date and the clock, as {@code 0/1/2}, so lists can filter and sort by it.
 */
public enum CaseDue {
    ON_TIME, OVERDUE, RED;

    public static CaseDue ofLevel(int level) {
        return values()[Math.max(0, Math.min(2, level))];
    }

    public int level() {
        return ordinal();
    }

    public String labelKey() {
        return "fieldwork.due." + name();
    }
}
