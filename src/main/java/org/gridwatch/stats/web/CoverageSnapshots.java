package org.gridwatch.stats.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.CoverageCounts;
import org.gridwatch.duty.CoverageFilter;
import org.gridwatch.duty.DutyDirectory;
import org.springframework.stereotype.Component;

/**
 * The dashboard's coverage card, counted at most every {@link #MAX_AGE} per area. Counting a branch of 10,000
 * grids reads every grid's assignments (tens of milliseconds), more than the rest of the dashboard together; the
 * card may lag the live board (/duty/coverage, never cached) by that long, as the figures beside it lag their
 * events.
 */
@Component
class CoverageSnapshots {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final DutyDirectory duty;
    private final Cache<String, CoverageCounts> byPath = Caffeine.newBuilder().expireAfterWrite(MAX_AGE)
            .maximumSize(5_000).build();

    CoverageSnapshots(DutyDirectory duty) {
        this.duty = duty;
    }

    /** The counts under the area's path; the caller has checked that the area lies in the user's scope. */
    CoverageCounts counts(AreaScope scope, String areaPath) {
        return byPath.get(areaPath, path -> duty.counts(scope, new CoverageFilter(path, null)));
    }
}
