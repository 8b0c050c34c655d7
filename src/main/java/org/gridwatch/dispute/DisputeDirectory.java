package org.gridwatch.dispute;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.Map;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.fieldwork.LateCases;
import org.gridwatch.fieldwork.OpenCase;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.paging.ListPaging;
import org.gridwatch.shared.web.PhoneMask;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads disputes: lists, the detail page, the change history, team candidates, and the open and overdue cases
 * for home pages and supervision. Scope is applied in every query; a reader who is only a MEDIATOR sees just the
 * disputes whose team it is on (anything else is "not found").
 */
@Service
@Transactional(readOnly = true)
public class DisputeDirectory {

    /** The most rows an export holds. */
    public static final int EXPORT_LIMIT = 10_000;

    private static final PhoneMask PHONES = new PhoneMask();

    private final DisputeRepository disputes;
    private final DisputeQueries queries;
    private final DisputePeople team;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final PlaceDirectory places;
    private final AuditHistory audit;
    private final DisputeBreaches breaches;
    private final ListPaging paging;

    DisputeDirectory(DisputeRepository disputes, DisputeQueries queries, DisputePeople team, AreaDirectory areas,
            PersonDirectory people, PlaceDirectory places, AuditHistory audit, DisputeBreaches breaches,
            ListPaging paging) {
        this.paging = paging;
        this.breaches = breaches;
        this.disputes = disputes;
        this.queries = queries;
        this.team = team;
        this.areas = areas;
        this.people = people;
        this.places = places;
        this.audit = audit;
    }

    /** The signed-in user as a dispute actor: account, linked person, name, roles and scope, acting now. */
    public DisputeActor actor(SignedInUser user) {
        Long personId = people.ofAccount(user.accountId()).map(PersonSummary::id).orElse(null);
        return new DisputeActor(user.accountId(), personId, user.displayName(), user.roles(), areas.scopeOf(user),
                null);
    }

    /** One dispute as the actor may see it; "not found" outside the scope or, for a mediator, off its teams. */
    public DisputeView get(long id, DisputeActor actor) {
        Dispute d = visible(id, actor);
        boolean inFull = actor.supervises() || d.isOnTeam(actor.personId());
        List<PartyView> parties = d.getParties().stream().map(p -> inFull
                ? new PartyView(p.name(), p.phone(), p.idNumber())
                : new PartyView(p.name(), p.phone() == null ? null : PHONES.masked(p.phone()),
                        p.idNumber() == null ? null : ResidentIdNumber.masked(p.idNumber()))).toList();
        List<SessionView> sessions = new java.util.ArrayList<>();
        for (int i = 0; i < d.getSessions().size(); i++) {
            sessions.add(d.getSessions().get(i).view(i + 1));
        }
        List<StepView> steps = new java.util.ArrayList<>(d.getSteps().stream().map(DisputeStep::view).toList());
        java.util.Collections.reverse(steps);
        String placeName = d.getPlaceId() == null ? null
                : places.find(d.getPlaceId(), AreaScope.everything()).map(PlaceView::name).orElse(null);
        return new DisputeView(d.getId(), d.getGridId(), areas.label(d.getGridId()), d.getPlaceId(), placeName,
                d.getCategory(), d.getRisk(), d.getSource(), d.getDescription(), d.getOccurredAt(),
                Origin.parse(d.getOrigin()).orElse(null), d.getState(), d.getDueAt(), queries.dueOf(d.getDueAt()),
                d.getReportedAt(), d.getAcceptedAt(), d.getMediatingAt(), d.getResolvedAt(), d.getAgreement(),
                d.getReferredAt(), d.getReferredTo(), d.getReferralNote(), d.getEscalatedAt(), d.getEscalatedTo(),
                d.getEscalationNote(), d.getCallBackOn(), d.getCallBackResult(), d.getSatisfaction(),
                d.getClosedAt(), parties, inFull, d.getTeam().stream().map(team::member).toList(), sessions, steps,
                d.actionsFor(actor), d.getUpdatedAt(), d.getVersion());
    }

    /** A page of disputes matching the search, within what the actor may see. */
    public ListPage<DisputeRow> search(DisputeSearch search, DisputeActor actor, Pageable pageable) {
        checkWithinScope(search, actor);
        return paging.page(pageable, (limit, offset) -> queries.page(search, actor.teamPerson(), limit, offset),
                max -> queries.countUpTo(search, actor.teamPerson(), max));
    }

    /** Every row of the search (at most {@link #EXPORT_LIMIT}), for the Excel export. */
    public List<DisputeRow> export(DisputeSearch search, DisputeActor actor) {
        checkWithinScope(search, actor);
        return queries.page(search, actor.teamPerson(), EXPORT_LIMIT, 0);
    }

    /** The change history of a dispute the actor may see, newest first. */
    public List<HistoryEntry> history(long id, DisputeActor actor) {
        visible(id, actor);
        return audit.of(Dispute.class, id);
    }

    /** People who may join the dispute's team and are not on it yet, by kind and name. */
    public List<PersonSummary> teamCandidates(long id, DisputeActor actor) {
        Dispute d = visible(id, actor);
        Set<Long> onTeam = d.getTeam().stream().map(TeamSeat::personId).collect(Collectors.toSet());
        return team.candidates(d.getGridId(), actor.scope()).stream().filter(p -> !onTeam.contains(p.id())).toList();
    }

    /**
     * The open disputes (reported, accepted, mediating, awaiting the call-back) whose team the person is on — as
     * the grid's responsible officer or as a member — within the scope, soonest due first: "my open cases".
     */
    public List<OpenCase> openCasesOf(long personId, AreaScope scope) {
        return queries.openCasesOf(personId, scope.pathPrefix());
    }

    /** The open disputes of the scope past their stage's due date: red (督办) first, then by due date. */
    public ListPage<OpenCase> overdue(AreaScope scope, Pageable pageable) {
        return paging.page(pageable, (limit, offset) -> queries.overdue(scope.pathPrefix(), limit, offset),
                max -> queries.countOverdueUpTo(scope.pathPrefix(), max));
    }

    /** How many open disputes of the scope are past due now, yellow and red: computed at read time. */
    public LateCases late(AreaScope scope) {
        return new LateCases(queries.countLate(scope.pathPrefix(), DueFilter.OVERDUE),
                queries.countLate(scope.pathPrefix(), DueFilter.RED));
    }

    /**
     * The disputes under the path prefix (already narrowed to the reader's scope) that were past a stage's due
     * date by more than {@code grace} at some moment in {@code [from, to)} (up to now), earliest missed due date
     * per dispute; for the "三零" rating.
     */
    public List<DisputeBreach> overdueDuring(String pathPrefix, Instant from, Instant to, Duration grace) {
        return breaches.overdue(pathPrefix, from, to, grace);
    }

    /** {@link #overdueDuring} counted per community (community id to count): the rating board's figures. */
    public Map<Long, Long> overdueCountsDuring(String pathPrefix, Instant from, Instant to, Duration grace) {
        return breaches.overdueCounts(pathPrefix, from, to, grace);
    }

    /** {@link #escalatedDuring} counted per community (community id to count). */
    public Map<Long, Long> escalatedCountsDuring(String pathPrefix, Instant from, Instant to) {
        return breaches.escalatedCounts(pathPrefix, from, to);
    }

    /** The disputes under the path prefix escalated to the station or branch in {@code [from, to)}; for the "三零" rating. */
    public List<DisputeBreach> escalatedDuring(String pathPrefix, Instant from, Instant to) {
        return breaches.escalated(pathPrefix, from, to);
    }

    /**
     * How many disputes under the path prefix were resolved (an agreement reached: 化解) in {@code [from,
     * toExclusive)}, whether closed after the call-back since or not; referred and escalated ones never count.
     */
    public long resolvedCount(String pathPrefix, java.time.Instant from, java.time.Instant toExclusive) {
        return queries.countResolved(pathPrefix, from, toExclusive);
    }

    /**
     * {@link #resolvedCount} for each area directly below the path (already narrowed to the reader's scope), in
     * one pass: child area id to count, areas without any left out.
     */
    public Map<Long, Long> resolvedCountByChild(String parentPath, Instant from, Instant toExclusive) {
        return queries.countResolvedByChild(parentPath, from, toExclusive);
    }

    private Dispute visible(long id, DisputeActor actor) {
        return disputes.findVisible(id, actor.scope().pathPrefix(), actor.teamPerson())
                .orElseThrow(() -> new RecordNotFoundException("Dispute", id));
    }

    /** The search's path comes from the list filter; it must lie inside the actor's scope. */
    private static void checkWithinScope(DisputeSearch search, DisputeActor actor) {
        if (search.pathPrefix() == null || !actor.scope().includesPath(search.pathPrefix())) {
            throw new RecordNotFoundException("Area", search.pathPrefix());
        }
    }
}
