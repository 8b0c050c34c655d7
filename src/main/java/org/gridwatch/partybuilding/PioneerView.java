package org.gridwatch.partybuilding;

import java.time.LocalDate;

/** A pioneer post with the person's name and current branch (null if no longer a member) and the grid's label. */
public record PioneerView(long id, PioneerKind kind, long personId, String personName, Named branch, long gridId,
        String gridLabel, String duty, LocalDate validFrom, LocalDate validTo, boolean current, long version) {
}
