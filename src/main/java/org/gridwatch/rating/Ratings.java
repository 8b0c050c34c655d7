package org.gridwatch.rating;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "三零" rating: a month's ratings for an area of the reader's scope (a confirmed community's frozen snapshot,
 * otherwise live data), one community's rating with the records that break each rule, and a supervisor's
 * confirmation, which freezes the ratings of the area's communities not frozen yet.
 */
@Service
@Transactional(readOnly = true)
public class Ratings {

    private final RatingRules rules;
    private final RatingConfirmationRepository confirmations;
    private final FrozenRatingRepository frozen;
    private final AreaDirectory areas;
    private final AuditHistory audit;
    private final Clock clock;

    Ratings(RatingRules rules, RatingConfirmationRepository confirmations, FrozenRatingRepository frozen,
            AreaDirectory areas, AuditHistory audit, Clock clock) {
        this.rules = rules;
        this.confirmations = confirmations;
        this.frozen = frozen;
        this.areas = areas;
        this.audit = audit;
        this.clock = clock;
    }

    /** The month most recently over, in the branch's time zone: the default of the ratings page. */
    public YearMonth lastMonth() {
        return YearMonth.now(clock.withZone(RecordFilter.ZONE)).minusMonths(1);
    }

    /** Every community of the area (a 404 outside the scope) rated for the month, frozen ones as confirmed. */
    public RatingBoard board(long areaId, YearMonth month, AreaScope scope) {
        AreaSummary area = areas.get(areaId, scope);
        List<AreaSummary> communities = communitiesOf(area);
        Map<Long, FrozenRating> confirmed = frozenOf(communities, month);
        Map<Long, String> labels = labels(communities);
        List<AreaSummary> live = communities.stream().filter(c -> !confirmed.containsKey(c.id())).toList();
        Map<Long, CommunityRating> liveRatings = live.isEmpty() ? Map.of()
                : rules.rateCounts(area.path(), live, labels, month).stream()
                        .collect(Collectors.toMap(CommunityRating::communityId, Function.identity()));
        List<CommunityRating> rows = communities.stream().map(c -> confirmed.containsKey(c.id())
                ? confirmed.get(c.id()).view(c.name(), labels.get(c.id()), false)
                : liveRatings.get(c.id())).toList();
        Confirmation confirmation = confirmations.findByAreaIdAndMonth(area.id(), month.atDay(1))
                .map(RatingConfirmation::view).orElse(null);
        return new RatingBoard(area, areas.label(area.id()), month, isOver(month), rules.active(), rows,
                confirmation);
    }

    /** One community's rating for the month with the breaking records; a 404 outside the scope or for another type of area. */
    public CommunityRating community(long communityId, YearMonth month, AreaScope scope) {
        AreaSummary community = communityWithin(communityId, scope);
        String label = areas.label(community.id());
        return frozen.findByCommunityIdAndMonth(community.id(), month.atDay(1))
                .map(r -> r.view(community.name(), label, true))
                .orElseGet(() -> rules.rate(community.path(), List.of(community), Map.of(community.id(), label), month)
                        .get(0));
    }

    /** The change history of a community's confirmed rating for the month (empty while it is live). */
    public List<HistoryEntry> history(long communityId, YearMonth month, AreaScope scope) {
        AreaSummary community = communityWithin(communityId, scope);
        return frozen.findByCommunityIdAndMonth(community.id(), month.atDay(1))
                .map(r -> audit.of(FrozenRating.class, r.getId())).orElse(List.of());
    }

    /**
     * Confirms the month's ratings of the area (a 404 outside the scope): the communities not frozen yet are frozen
     * from live data as they are now. Once per area and month: a second confirmation changes nothing.
     */
    @Transactional
    public ConfirmOutcome confirm(long areaId, YearMonth month, AreaScope scope, long accountId, String name) {
        AreaSummary area = areas.get(areaId, scope);
        if (!isOver(month)) {
            return ConfirmOutcome.MONTH_NOT_OVER;
        }
        if (confirmations.findByAreaIdAndMonth(area.id(), month.atDay(1)).isPresent()) {
            return ConfirmOutcome.ALREADY_CONFIRMED;
        }
        List<AreaSummary> communities = communitiesOf(area);
        if (communities.isEmpty()) {
            return ConfirmOutcome.NO_COMMUNITIES;
        }
        Instant now = clock.instant();
        RatingConfirmation confirmation = confirmations.saveAndFlush(
                new RatingConfirmation(area.id(), month.atDay(1), now, accountId, name));
        Map<Long, FrozenRating> already = frozenOf(communities, month);
        List<AreaSummary> live = communities.stream().filter(c -> !already.containsKey(c.id())).toList();
        int passed = (int) already.values().stream().map(r -> r.view("", "", false))
                .filter(CommunityRating::threeZero).count();
        if (!live.isEmpty()) {
            for (CommunityRating rating : rules.rate(area.path(), live, labels(live), month)) {
                frozen.save(new FrozenRating(rating, confirmation.getId(), now, name));
                passed += rating.threeZero() ? 1 : 0;
            }
        }
        confirmation.counted(communities.size(), passed);
        confirmations.flush();
        return ConfirmOutcome.CONFIRMED;
    }

    private boolean isOver(YearMonth month) {
        return !month.plusMonths(1).atDay(1).atStartOfDay(RecordFilter.ZONE).toInstant().isAfter(clock.instant());
    }

    private AreaSummary communityWithin(long communityId, AreaScope scope) {
        AreaSummary community = areas.get(communityId, scope);
        if (community.type() != AreaType.COMMUNITY) {
            throw new RecordNotFoundException("Community", communityId);
        }
        return community;
    }

    /** The live communities under the area (the area itself if it is one), in tree order; SQL by path. */
    private List<AreaSummary> communitiesOf(AreaSummary area) {
        return areas.liveWithin(new AreaScope(area.path()), AreaType.COMMUNITY);
    }

    private Map<Long, FrozenRating> frozenOf(List<AreaSummary> communities, YearMonth month) {
        if (communities.isEmpty()) {
            return Map.of();
        }
        Map<Long, FrozenRating> byCommunity = new HashMap<>();
        frozen.findByMonthAndCommunityIdIn(month.atDay(1), communities.stream().map(AreaSummary::id).toList())
                .forEach(r -> byCommunity.put(r.getCommunityId(), r));
        return byCommunity;
    }

    private Map<Long, String> labels(List<AreaSummary> communities) {
        return areas.labels(communities.stream().map(AreaSummary::id).toList());
    }
}
