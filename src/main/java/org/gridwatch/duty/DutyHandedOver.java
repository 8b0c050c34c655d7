package org.gridwatch.duty;

import java.time.LocalDate;
import java.util.List;

/** Published when a person's duty passed to a successor from {@code date}; later modules move open items. */
public record DutyHandedOver(long leaverPersonId, long successorPersonId, LocalDate date, List<Long> gridIds) {

    public DutyHandedOver {
        gridIds = List.copyOf(gridIds);
    }
}
