package org.gridwatch.stats.web;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.CoverageCounts;
import org.gridwatch.duty.CoverageFilter;
import org.gridwatch.duty.DutyDirectory;
import org.springframework.stereotype.Component;

/**
 * The dashboard's coverage card, counted at most every {@link #MAX_AGE_SECONDS} seconds per area. Counting a
 * branch of 10,000 grids reads every grid's assignments (tens of milliseconds), more than the rest of the
 * dashboard together; the card may lag the live board (/duty/coverage, never cached) by that long, as the
 * figures beside it lag their events.
 */
@Component
class CoverageSnapshots {

    static final long MAX_AGE_SECONDS = 30;
    private static final int MAX_AREAS = 5_000;

    private record Snapshot(long takenAt, CoverageCounts counts) {
    }

    private final DutyDirectory duty;
    private final Map<String, Snapshot> byPath = new ConcurrentHashMap<>();

    CoverageSnapshots(DutyDirectory duty) {
        this.duty = duty;
    }

    /** The counts under the area's path; the caller has checked that the area lies in the user's scope. */
    CoverageCounts counts(AreaScope scope, String areaPath) {
        long now = System.nanoTime();
        Snapshot snapshot = byPath.get(areaPath);
        if (snapshot == null || now - snapshot.takenAt() > TimeUnit.SECONDS.toNanos(MAX_AGE_SECONDS)) {
            snapshot = new Snapshot(now, duty.counts(scope, new CoverageFilter(areaPath, null)));
            if (byPath.size() >= MAX_AREAS) {
                byPath.clear();
            }
            byPath.put(areaPath, snapshot);
        }
        return snapshot.counts();
    }
}
