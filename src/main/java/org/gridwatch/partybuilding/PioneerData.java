package org.gridwatch.partybuilding;

import java.time.LocalDate;

/** A pioneer post: a party-member officer or auxiliary designated for a grid (and a duty), dated. */
public record PioneerData(PioneerKind kind, Long personId, Long gridId, String duty, LocalDate validFrom,
        LocalDate validTo) {
}
