package org.gridwatch.meeting;

/** Stored status of an action item; "overdue" is not stored but read from the due day and today. */
public enum ActionStatus {
    OPEN, DONE
}
