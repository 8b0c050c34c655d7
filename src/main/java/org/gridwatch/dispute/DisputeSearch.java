package org.gridwatch.dispute;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/**
 * A dispute list query: the area path to look under (already checked to lie in the reader's scope), the period of
 * occurrence {@code [from, to)}, optional category, risk, state and due level, a person on the team, and the sort:
 * {@code occurred} (newest first, the default), {@code due} (red first, then by due date) or {@code risk}.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record DisputeSearch(String pathPrefix, Instant from, Instant to, DisputeCategory category, RiskLevel risk,
        DisputeState state, DueFilter due, Long personId, String sort) {
}
