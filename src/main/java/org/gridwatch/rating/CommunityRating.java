package org.gridwatch.rating;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * One community's rating for a month: each rule's result, the records that break them, and whether it is "三零"
 * (every rule passed). {@code frozenAt}/{@code frozenBy} are set when a confirmed snapshot is shown instead of live data.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record CommunityRating(long communityId, String name, String label, YearMonth month, List<RuleResult> rules,
        List<Breach> breaches, Long ratingId, Instant frozenAt, String frozenBy) {

    public boolean threeZero() {
        return rules.stream().allMatch(RuleResult::passed);
    }

    public boolean frozen() {
        return frozenAt != null;
    }

    public RuleResult result(RatingRule rule) {
        return rules.stream().filter(r -> r.rule() == rule).findFirst().orElse(null);
    }

    public List<Breach> breachesOf(RatingRule rule) {
        return breaches.stream().filter(b -> b.rule() == rule).toList();
    }
}
