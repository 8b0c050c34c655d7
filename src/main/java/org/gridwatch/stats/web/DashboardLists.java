package org.gridwatch.stats.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.area.AreaScope;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.duty.CoverageFilter;
import org.gridwatch.duty.CoverageStatus;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.GridCoverage;
import org.gridwatch.fieldwork.LateCases;
import org.gridwatch.fieldwork.OpenCase;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.hazard.HazardDirectory;
import org.gridwatch.visit.VisitDirectory;
import org.gridwatch.visit.VisitDue;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * What the dashboard's lists and late counts show for an area, read at most every {@link #MAX_AGE} per area path.
 * Each reads the case, duty or place tables of the whole area (a branch's 10,000 grids), so they are loaded by
 * their own htmx requests and kept briefly, like the coverage card ({@link CoverageSnapshots}); the full lists
 * behind their links are never cached. The caller has checked that the area lies in the user's scope: what lies
 * under a path is the same for every user who may see it.
 */
@Component
class DashboardLists {

    static final Duration MAX_AGE = Duration.ofSeconds(30);
    /** How many rows each list shows; each links to its full list. */
    static final int LENGTH = 5;

    private final DisputeDirectory disputes;
    private final HazardDirectory hazards;
    private final DutyDirectory duty;
    private final VisitDirectory visits;

    private final Cache<String, LateCases> disputesLate = cache();
    private final Cache<String, LateCases> hazardsLate = cache();
    private final Cache<String, List<OpenCase>> lateCases = cache();
    private final Cache<String, Page<GridCoverage>> uncovered = cache();
    private final Cache<String, List<VisitDue>> dueToVisit = cache();

    DashboardLists(DisputeDirectory disputes, HazardDirectory hazards, DutyDirectory duty, VisitDirectory visits) {
        this.disputes = disputes;
        this.hazards = hazards;
        this.duty = duty;
        this.visits = visits;
    }

    /** Open cases of the kind (DISPUTE or HAZARD) past due now under the path. */
    LateCases late(RecordKind kind, String path) {
        return switch (kind) {
            case DISPUTE -> disputesLate.get(path, p -> disputes.late(new AreaScope(p)));
            case HAZARD -> hazardsLate.get(path, p -> hazards.late(new AreaScope(p)));
            default -> throw new IllegalArgumentException("no late cases for " + kind);
        };
    }

    /** The most urgent late disputes and hazards under the path, at most {@link #LENGTH}. */
    List<OpenCase> lateCases(String path) {
        return lateCases.get(path, p -> {
            AreaScope within = new AreaScope(p);
            PageRequest head = PageRequest.of(0, LENGTH);
            List<OpenCase> merged = new ArrayList<>(disputes.overdue(within, head).getContent());
            merged.addAll(hazards.overdue(within, head).getContent());
            merged.sort(OpenCase.MOST_URGENT);
            return List.copyOf(merged.subList(0, Math.min(LENGTH, merged.size())));
        });
    }

    /** The first uncovered grids under the path (with the total). */
    Page<GridCoverage> uncovered(AreaScope scope, String path) {
        return uncovered.get(path, p -> duty.coverage(scope, new CoverageFilter(p, CoverageStatus.UNCOVERED),
                PageRequest.of(0, LENGTH)));
    }

    /** The places under the path most overdue for a visit, at most {@link #LENGTH}. */
    List<VisitDue> dueToVisit(String path) {
        return dueToVisit.get(path, p -> List.copyOf(visits.dueToVisit(null, new AreaScope(p), LENGTH)));
    }

    private static <V> Cache<String, V> cache() {
        return Caffeine.newBuilder().expireAfterWrite(MAX_AGE).maximumSize(5_000).build();
    }
}
