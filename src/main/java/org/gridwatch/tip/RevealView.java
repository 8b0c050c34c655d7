package org.gridwatch.tip;

import java.time.Instant;

/** One entry of the access log: who saw which tip's sealed source, when, and why. */
public record RevealView(long id, long tipId, TipCategory category, long gridId, String gridLabel,
        Instant revealedAt, Long revealedBy, String revealedByName, String reason) {
}
