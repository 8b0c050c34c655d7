package org.gridwatch.duty;

import java.time.LocalDate;

/** What it takes to put a person on duty in a grid. */
public record NewAssignment(long gridId, long personId, DutyRole role, LocalDate validFrom, LocalDate validTo,
        String note) {
}
