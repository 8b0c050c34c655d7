package org.gridwatch.partybuilding;

import java.util.Map;

/** Activities in an area and period: the total (each activity once) and by kind. */
public record ActivityCounts(long total, Map<ActivityKind, Long> byKind, long participants) {

    public long of(ActivityKind kind) {
        return byKind.getOrDefault(kind, 0L);
    }
}
