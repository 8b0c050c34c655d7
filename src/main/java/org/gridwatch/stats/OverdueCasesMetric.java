package org.gridwatch.stats;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.Supplier;
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
    private final Recent disputesLate;
    private final Recent hazardsLate;

    OverdueCasesMetric(DisputeDirectory disputes, HazardDirectory hazards, MeterRegistry meters) {
        disputesLate = new Recent(() -> disputes.late(AreaScope.everything()));
        hazardsLate = new Recent(() -> hazards.late(AreaScope.everything()));
        register(meters, "dispute", disputesLate);
        register(meters, "hazard", hazardsLate);
    }

    private static void register(MeterRegistry meters, String kind, Recent late) {
        Gauge.builder("gridwatch.cases.overdue", late, l -> l.get().overdue()).tag("kind", kind).tag("level", "yellow")
                .description("Open cases past due now, within the grace (yellow) or beyond it (red, 督办)")
                .register(meters);
        Gauge.builder("gridwatch.cases.overdue", late, l -> l.get().red()).tag("kind", kind).tag("level", "red")
                .description("Open cases past due now, within the grace (yellow) or beyond it (red, 督办)")
                .register(meters);
    }

    /** The last count, read again when older than {@link #MAX_AGE}. */
    private static final class Recent {

        private final Supplier<LateCases> count;
        private LateCases last;
        private long readAt;

        Recent(Supplier<LateCases> count) {
            this.count = count;
        }

        synchronized LateCases get() {
            long now = System.nanoTime();
            if (last == null || now - readAt > MAX_AGE.toNanos()) {
                last = count.get();
                readAt = now;
            }
            return last;
        }
    }
}
