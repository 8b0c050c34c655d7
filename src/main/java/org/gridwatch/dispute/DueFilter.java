package org.gridwatch.dispute;

import org.gridwatch.fieldwork.CaseDue;
import org.springframework.modulith.NamedInterface;

/** The due-level filter of the dispute list: on time, yellow, red (督办), or late of either colour. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public enum DueFilter {
    ON_TIME(CaseDue.ON_TIME, CaseDue.ON_TIME),
    OVERDUE(CaseDue.OVERDUE, CaseDue.OVERDUE),
    RED(CaseDue.RED, CaseDue.RED),
    LATE(CaseDue.OVERDUE, CaseDue.RED);

    private final CaseDue lowest;
    private final CaseDue highest;

    DueFilter(CaseDue lowest, CaseDue highest) {
        this.lowest = lowest;
        this.highest = highest;
    }

    int min() {
        return lowest.level();
    }

    int max() {
        return highest.level();
    }
}
