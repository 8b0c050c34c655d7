package org.gridwatch.hazard;

import java.time.Instant;
import org.gridwatch.fieldwork.CaseDue;
import org.springframework.modulith.NamedInterface;

/**
 * What a hazard list is narrowed to, besides the area: found between {@code from} (inclusive) and
 * {@code toExclusive}, the case owner, category, severity, state ({@code openOnly}: every state but VERIFIED),
 * due level; and its order: {@code found} (newest first, the default), {@code due} (most overdue first),
 * {@code severity} (most serious first).
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record HazardSearch(Instant from, Instant toExclusive, Long personId, HazardCategory category,
        HazardSeverity severity, HazardState state, boolean openOnly, CaseDue due, String sort) {

    public static final java.util.List<String> SORTS = java.util.List.of("found", "due", "severity");

    public HazardSearch {
        if (from == null) {
            from = Instant.parse("1900-01-01T00:00:00Z");
        }
        if (toExclusive == null) {
            toExclusive = Instant.parse("3000-01-01T00:00:00Z");
        }
        if (sort == null || !SORTS.contains(sort)) {
            sort = "found";
        }
    }
}
