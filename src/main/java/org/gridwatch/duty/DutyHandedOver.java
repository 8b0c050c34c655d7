package org.gridwatch.duty;

import java.time.LocalDate;
import java.util.List;

/**
 * Published, inside the handover's transaction, when a person's duty passed to a successor from {@code date}.
 * The dispute and hazard modules listen synchronously and pass the leaver's open cases to the successor in
 * that same transaction.
 */
public record DutyHandedOver(long leaverPersonId, long successorPersonId, LocalDate date, List<Long> gridIds) {

    public DutyHandedOver {
        gridIds = List.copyOf(gridIds);
    }
}
