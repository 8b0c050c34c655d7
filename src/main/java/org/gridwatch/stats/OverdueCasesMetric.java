package org.gridwatch.stats;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.gridwatch.area.AreaScope;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.fieldwork.LateCases;
import org.gridwatch.hazard.HazardDirectory;
import org.springframework.stereotype.Component;

/**
 * The metric {@code gridwatch.cases.overdue} (tags {@code kind} dispute or hazard, {@code level} yellow or red):
 * open cases of the whole territory past due now, counted in the database like the dashboard's late cards, so
 * every instance reports the same figure. Counted at most every {@link #MAX_AGE} per kind, however often scraped.
 */
@Component
class OverdueCasesMetric {

    static final Duration MAX_AGE = Duration.ofSeconds(30);

    // held here: a gauge keeps only a weak reference to what it reads
    private final LoadingCache<String, LateCases> late;

    OverdueCasesMetric(DisputeDirectory disputes, HazardDirectory hazards, MeterRegistry meters) {
        late = Caffeine.newBuilder().expireAfterWrite(MAX_AGE).build(kind -> kind.equals("dispute")
                ? disputes.late(AreaScope.everything()) : hazards.late(AreaScope.everything()));
        register(meters, "dispute");
        register(meters, "hazard");
    }

    private void register(MeterRegistry meters, String kind) {
        Gauge.builder("gridwatch.cases.overdue", late, cases -> cases.get(kind).overdue()).tag("kind", kind)
                .tag("level", "yellow")
                .description("Open cases past due now, within the grace (yellow) or beyond it (red, 督办)")
                .register(meters);
        Gauge.builder("gridwatch.cases.overdue", late, cases -> cases.get(kind).red()).tag("kind", kind)
                .tag("level", "red")
                .description("Open cases past due now, within the grace (yellow) or beyond it (red, 督办)")
                .register(meters);
    }
}
