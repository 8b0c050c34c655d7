package org.gridwatch.tip;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** One entry of the access log: who saw which tip's sealed source, when, and why. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record RevealView(long id, long tipId, TipCategory category, long gridId, String gridLabel,
        Instant revealedAt, Long revealedBy, String revealedByName, String reason) {
}
