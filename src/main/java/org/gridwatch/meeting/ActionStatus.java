package org.gridwatch.meeting;

import org.springframework.modulith.NamedInterface;

/** Stored status of an action item; "overdue" is not stored but read from the due day and today. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum ActionStatus {
    OPEN, DONE
}
