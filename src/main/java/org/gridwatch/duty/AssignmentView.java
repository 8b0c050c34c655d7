package org.gridwatch.duty;

import java.time.LocalDate;

/** One duty assignment with the names a page needs. */
public record AssignmentView(long id, long gridId, String gridName, long personId, String personName,
        String personKind, DutyRole role, LocalDate validFrom, LocalDate validTo, String note, long version) {

    /** Whether the assignment holds on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
