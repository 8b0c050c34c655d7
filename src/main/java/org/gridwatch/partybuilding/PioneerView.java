package org.gridwatch.partybuilding;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** A pioneer post with the person's name and current branch (null if no longer a member) and the grid's label. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record PioneerView(long id, PioneerKind kind, long personId, String personName, Named branch, long gridId,
        String gridLabel, String duty, LocalDate validFrom, LocalDate validTo, boolean current, long version) {
}
