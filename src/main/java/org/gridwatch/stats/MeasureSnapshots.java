package org.gridwatch.stats;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * The rates (见警率 · 管事率 · 满意率) of an area and its child areas per period, computed at most every
 * {@link #MAX_AGE}: the dashboard's panel and the monthly report read the same snapshot, so they agree, and sixteen
 * supervisors opening a branch's dashboard at nine cost one computation. Both may lag their records by that long
 * (on every instance alike: each computes from the database). {@link Measures} computes afresh.
 */
@Component
public class MeasureSnapshots {

    public static final Duration MAX_AGE = Duration.ofSeconds(30);

    private record Key(long areaId, LocalDate from, LocalDate to) {
    }

    private final Measures measures;
    private final Cache<Key, AreaMeasures> values = Caffeine.newBuilder().expireAfterWrite(MAX_AGE)
            .maximumSize(5_000).build();

    MeasureSnapshots(Measures measures) {
        this.measures = measures;
    }

    /** The area's and its children's rates over the days; the caller has checked the area lies in the scope. */
    public AreaMeasures of(long areaId, LocalDate from, LocalDate to) {
        return values.get(new Key(areaId, from, to), key -> measures.withChildren(key.areaId(), key.from(), key.to()));
    }
}
