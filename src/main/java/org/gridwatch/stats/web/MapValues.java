package org.gridwatch.stats.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * The map's values, as written JSON, kept at most {@link #MAX_AGE} per area, measure and period. Summing a month
 * of a branch of 10,000 grids reads tens of thousands of figure rows (0.1–0.3 s at 1,000,000 records), and a map
 * left open by many supervisors asks the same question again and again; the values may lag by that long, as the
 * figures themselves lag their events. Callers check that the area lies in the user's scope first.
 */
@Component
class MapValues {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final Cache<String, byte[]> byQuestion = Caffeine.newBuilder().expireAfterWrite(MAX_AGE)
            .maximumWeight(64L * 1024 * 1024).<String, byte[]>weigher((key, value) -> value.length).build();

    /** The values asked for, from the cache or else from {@code count} (run once for concurrent askers). */
    byte[] of(String areaPath, MapMeasure measure, DashboardPeriod period, Supplier<byte[]> count) {
        return byQuestion.get(areaPath + "|" + measure + "|" + period.from() + "|" + period.to(), key -> count.get());
    }
}
