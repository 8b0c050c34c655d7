package org.gridwatch.stats.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import org.gridwatch.stats.MeasureValues;
import org.gridwatch.stats.Measures;
import org.springframework.stereotype.Component;

/**
 * The dashboard's rates (见警率 · 管事率 · 满意率) per area and period, computed at most every {@link #MAX_AGE}. A
 * branch's panel computes them for the branch and each of its stations, six queries each, some over the case tables
 * of 10,000 grids; like the coverage card ({@link CoverageSnapshots}) the panel may lag its records by that long.
 * The monthly report computes its rates afresh ({@link Measures}).
 */
@Component
class MeasureSnapshots {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Key(long areaId, LocalDate from, LocalDate to) {
    }

    private final Measures measures;
    private final Cache<Key, MeasureValues> values = Caffeine.newBuilder().expireAfterWrite(MAX_AGE)
            .maximumSize(5_000).build();

    MeasureSnapshots(Measures measures) {
        this.measures = measures;
    }

    /** The area's rates over the days; the caller has checked that the area lies in the user's scope. */
    MeasureValues of(long areaId, LocalDate from, LocalDate to) {
        return values.get(new Key(areaId, from, to), key -> measures.measures(key.areaId(), key.from(), key.to()));
    }
}
