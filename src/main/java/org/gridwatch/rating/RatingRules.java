package org.gridwatch.rating;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.hazard.HazardDirectory;
import org.springframework.stereotype.Component;

/**
 * Applies the switched-on rules to live data: one query per rule over the whole area (its path prefix), the breaking
 * records grouped by community, then each rule passes when a community has no more breaking records than it allows.
 */
@Component
class RatingRules {

    private final RatingProperties properties;
    private final DisputeDirectory disputes;
    private final HazardDirectory hazards;

    RatingRules(RatingProperties properties, DisputeDirectory disputes, HazardDirectory hazards) {
        this.properties = properties;
        this.disputes = disputes;
        this.hazards = hazards;
    }

    List<RatingRule> active() {
        return properties.active().stream().map(RatingProperties.RuleSetting::rule).toList();
    }

    /** The live rating of each community (all under {@code pathPrefix}, already within the reader's scope). */
    List<CommunityRating> rate(String pathPrefix, List<AreaSummary> communities, Map<Long, String> labels,
            YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(RecordFilter.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(RecordFilter.ZONE).toInstant();
        Map<Long, List<Breach>> byCommunity = new HashMap<>();
        for (RatingProperties.RuleSetting setting : properties.active()) {
            breachList(setting, pathPrefix, from, to).forEach(
                    e -> byCommunity.computeIfAbsent(e.getKey(), id -> new ArrayList<>()).add(e.getValue()));
        }
        return communities.stream().map(community -> {
            List<Breach> breaches = byCommunity.getOrDefault(community.id(), List.of());
            return rating(community, labels, month, breaches,
                    rule -> (int) breaches.stream().filter(b -> b.rule() == rule).count());
        }).toList();
    }

    /**
     * {@link #rate} without the breaking records, from counts per community: what the board shows. A branch's
     * board judges thousands of records; only a community's own page lists them.
     */
    List<CommunityRating> rateCounts(String pathPrefix, List<AreaSummary> communities, Map<Long, String> labels,
            YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(RecordFilter.ZONE).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(RecordFilter.ZONE).toInstant();
        Map<RatingRule, Map<Long, Long>> counts = new EnumMap<>(RatingRule.class);
        for (RatingProperties.RuleSetting setting : properties.active()) {
            counts.put(setting.rule(), breachCounts(setting, pathPrefix, from, to));
        }
        return communities.stream().map(community -> rating(community, labels, month, List.of(),
                rule -> counts.get(rule).getOrDefault(community.id(), 0L).intValue())).toList();
    }

    private CommunityRating rating(AreaSummary community, Map<Long, String> labels, YearMonth month,
            List<Breach> breaches, ToIntFunction<RatingRule> breachCount) {
        List<RuleResult> results = properties.active().stream().map(s -> {
            int count = breachCount.applyAsInt(s.rule());
            return new RuleResult(s.rule(), s.allowed(), s.graceDays(), count, count <= s.allowed());
        }).toList();
        return new CommunityRating(community.id(), community.name(), labels.get(community.id()), month, results,
                List.copyOf(breaches), null, null, null);
    }

    private Map<Long, Long> breachCounts(RatingProperties.RuleSetting setting, String prefix, Instant from,
            Instant to) {
        Duration grace = Duration.ofDays(setting.graceDays());
        return switch (setting.rule()) {
            case NO_DISPUTE_OVERDUE -> disputes.overdueCountsDuring(prefix, from, to, grace);
            case NO_HAZARD_OVERDUE -> hazards.overdueCountsDuring(prefix, from, to, grace);
            case NO_ESCALATION -> disputes.escalatedCountsDuring(prefix, from, to);
        };
    }

    /** The breaking records of one rule, community id → record, in the queries' order. */
    private List<Map.Entry<Long, Breach>> breachList(RatingProperties.RuleSetting setting, String prefix, Instant from,
            Instant to) {
        Duration grace = Duration.ofDays(setting.graceDays());
        return switch (setting.rule()) {
            case NO_DISPUTE_OVERDUE -> disputes.overdueDuring(prefix, from, to, grace).stream()
                    .map(d -> Map.entry(d.communityId(), new Breach(setting.rule(), d.id(), d.title(), d.at())))
                    .toList();
            case NO_HAZARD_OVERDUE -> hazards.overdueDuring(prefix, from, to, grace).stream()
                    .map(h -> Map.entry(h.communityId(), new Breach(setting.rule(), h.id(), h.title(), h.at())))
                    .toList();
            case NO_ESCALATION -> disputes.escalatedDuring(prefix, from, to).stream()
                    .map(d -> Map.entry(d.communityId(), new Breach(setting.rule(), d.id(), d.title(), d.at())))
                    .toList();
        };
    }
}
