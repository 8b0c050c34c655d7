package org.gridwatch.partybuilding;

import java.util.Map;
import org.springframework.modulith.NamedInterface;

/** Activities in an area and period: the total (each activity once) and by kind. */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record ActivityCounts(long total, Map<ActivityKind, Long> byKind, long participants) {

    public long of(ActivityKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }
}
