package org.gridwatch.dispute;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.Text;
import org.gridwatch.shared.web.NotAllowedException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A dispute (矛盾纠纷) and its mediation. Every change goes through a guarded method that checks the state and the
 * actor (see {@link DisputeAction}), stamps who and when on the timeline, moves the stage's due date and registers
 * a {@link DisputeMoved} event for a change of state. A refused change is a {@link NotAllowedException}.
 */
@Entity
@Audited
@Table(name = "dispute")
class Dispute extends AbstractAggregateRoot<Dispute> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long gridId;

    private Long placeId;

    @Enumerated(EnumType.STRING)
    private DisputeCategory category;

    @Enumerated(EnumType.STRING)
    private RiskLevel risk;

    @Enumerated(EnumType.STRING)
    private DisputeSource source;

    private String description;

    private Instant occurredAt;

    /** The record it followed up, as {@code Origin} text (e.g. VISIT-40), or null. */
    private String origin;

    @Enumerated(EnumType.STRING)
    private DisputeState state;

    /** When the current stage is due; null once no stage is running (closed, escalated). */
    private Instant dueAt;

    private Instant reportedAt;

    private Instant acceptedAt;

    private Instant mediatingAt;

    private Instant resolvedAt;

    private String agreement;

    private Instant referredAt;

    @Enumerated(EnumType.STRING)
    private ReceivingBody referredTo;

    private String referralNote;

    private Instant escalatedAt;

    @Enumerated(EnumType.STRING)
    private EscalationLevel escalatedTo;

    private String escalationNote;

    private LocalDate callBackOn;

    private String callBackResult;

    @Enumerated(EnumType.STRING)
    private Satisfaction satisfaction;

    private Instant closedAt;

    @ElementCollection
    @CollectionTable(name = "dispute_party", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderColumn(name = "position")
    private List<Party> parties = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "dispute_team_member", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderColumn(name = "position")
    private List<TeamSeat> team = new ArrayList<>();

    /** Appended only, each with its own who and when: the timeline is their history. */
    @NotAudited
    @ElementCollection
    @CollectionTable(name = "dispute_session", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderColumn(name = "position")
    private List<MediationSession> sessions = new ArrayList<>();

    @NotAudited
    @ElementCollection
    @CollectionTable(name = "dispute_step", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderColumn(name = "position")
    private List<DisputeStep> steps = new ArrayList<>();

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected Dispute() {
    }

    /**
     * A dispute as reported: due to be accepted within {@code deadlines.accept()}; the grid's responsible officer,
     * if there is one, leads its team, and whoever took it in ({@code reporter}, if a person) stays on it.
     */
    Dispute(DisputeData data, TeamSeat responsibleOfficer, TeamSeat reporter, DisputeActor actor, Instant at,
            DisputeDeadlines deadlines) {
        this.state = DisputeState.REPORTED;
        this.origin = Text.strippedOrNull(data.origin());
        this.reportedAt = at;
        this.dueAt = at.plus(deadlines.accept());
        this.createdAt = at;
        fill(data);
        if (responsibleOfficer != null) {
            team.add(responsibleOfficer);
        }
        if (reporter != null && !isOnTeam(reporter.personId())) {
            team.add(reporter);
        }
        step(StepKind.REPORTED, actor, at, null);
    }

    /** Corrects the intake (grid, place, category, risk, source, description, time, parties) before an outcome. */
    void change(DisputeData data, DisputeActor actor, Instant at) {
        guard(DisputeAction.EDIT, actor);
        fill(data);
        step(StepKind.EDITED, actor, at, null);
    }

    void accept(DisputeActor actor, Instant at, DisputeDeadlines deadlines) {
        guard(DisputeAction.ACCEPT, actor);
        acceptedAt = at;
        move(DisputeState.ACCEPTED, at.plus(deadlines.resolve()), actor, at, null);
    }

    /** Mediation begins; the resolution stays due as counted from the acceptance. */
    void startMediation(DisputeActor actor, Instant at) {
        guard(DisputeAction.MEDIATE, actor);
        mediatingAt = at;
        move(DisputeState.MEDIATING, dueAt, actor, at, null);
    }

    void recordSession(SessionData data, DisputeActor actor, Instant at) {
        guard(DisputeAction.SESSION, actor);
        MediationSession session = new MediationSession(data, actor.name(), at);
        sessions.add(session);
        step(StepKind.SESSION, actor, at, session.attendees());
    }

    void resolve(Resolution resolution, DisputeActor actor, Instant at, DisputeDeadlines deadlines) {
        guard(DisputeAction.RESOLVE, actor);
        resolvedAt = at;
        agreement = resolution.agreement().strip();
        move(DisputeState.RESOLVED, at.plus(deadlines.followUp()), actor, at, null);
    }

    void refer(Referral referral, DisputeActor actor, Instant at, DisputeDeadlines deadlines) {
        guard(DisputeAction.REFER, actor);
        referredAt = at;
        referredTo = referral.body();
        referralNote = Text.strippedOrNull(referral.note());
        move(DisputeState.REFERRED, at.plus(deadlines.followUp()), actor, at, referralNote);
    }

    /** Passed up to the station or branch: no stage of the grid's team runs any more. */
    void escalate(Escalation escalation, DisputeActor actor, Instant at) {
        guard(DisputeAction.ESCALATE, actor);
        escalatedAt = at;
        escalatedTo = escalation.level();
        escalationNote = Text.strippedOrNull(escalation.note());
        move(DisputeState.ESCALATED, null, actor, at, escalationNote);
    }

    /** Closes a resolved or referred dispute with the call-back (回访). */
    void close(CallBack callBack, DisputeActor actor, Instant at) {
        guard(DisputeAction.CLOSE, actor);
        callBackOn = callBack.on();
        callBackResult = callBack.result().strip();
        satisfaction = callBack.satisfaction();
        closedAt = at;
        move(DisputeState.CLOSED, null, actor, at, callBackResult);
    }

    void addToTeam(long personId, String name, DisputeActor actor, Instant at) {
        guard(DisputeAction.TEAM, actor);
        if (seatOf(personId).isPresent()) {
            throw new RejectedInput("personId", "dispute.team.already");
        }
        team.add(new TeamSeat(personId, name, false));
        step(StepKind.TEAM_ADDED, actor, at, name);
    }

    /** Takes a person off the team; the responsible officer stays (a duty handover replaces them). */
    void removeFromTeam(long personId, DisputeActor actor, Instant at) {
        guard(DisputeAction.TEAM, actor);
        TeamSeat seat = seatOf(personId).orElseThrow(() -> new NotAllowedException("not on the team"));
        if (seat.responsible()) {
            throw new NotAllowedException("the responsible officer stays on the team");
        }
        team.remove(seat);
        step(StepKind.TEAM_REMOVED, actor, at, seat.name());
    }

    /**
     * A duty handover: the leaver's place on the team (and the lead, if theirs) passes to the successor. Not
     * guarded by roles: the duty module already checked who handed over. Returns whether anything changed.
     */
    boolean handOver(long leaverId, long successorId, String successorName, Instant at) {
        Optional<TeamSeat> leaving = seatOf(leaverId);
        if (!state.isOpen() || leaving.isEmpty()) {
            return false;
        }
        TeamSeat leaver = leaving.get();
        int index = team.indexOf(leaver);
        Optional<TeamSeat> present = seatOf(successorId);
        if (present.isPresent()) {
            team.remove(leaver);
            if (leaver.responsible() && !present.get().responsible()) {
                team.set(team.indexOf(present.get()), new TeamSeat(successorId, present.get().name(), true));
            }
        } else {
            team.set(index, new TeamSeat(successorId, successorName, leaver.responsible()));
        }
        updatedAt = at;
        steps.add(new DisputeStep(at, StepKind.HANDED_OVER, null, null, leaver.name() + " → " + successorName));
        return true;
    }

    /** The actions the actor may take now (buttons of the detail page). */
    Set<DisputeAction> actionsFor(DisputeActor actor) {
        Set<DisputeAction> actions = EnumSet.noneOf(DisputeAction.class);
        for (DisputeAction action : DisputeAction.values()) {
            if (allows(action, actor)) {
                actions.add(action);
            }
        }
        return actions;
    }

    boolean isOnTeam(Long personId) {
        return personId != null && seatOf(personId).isPresent();
    }

    private boolean allows(DisputeAction action, DisputeActor actor) {
        return action.allowedIn(state) && action.allowedFor(actor, isOnTeam(actor.personId()));
    }

    private void guard(DisputeAction action, DisputeActor actor) {
        if (!allows(action, actor)) {
            throw new NotAllowedException(action + " is not allowed on dispute " + id + " in state " + state
                    + " for " + actor.roles());
        }
    }

    private void move(DisputeState to, Instant due, DisputeActor actor, Instant at, String detail) {
        DisputeState from = state;
        state = to;
        dueAt = due;
        step(StepKind.valueOf(to.name()), actor, at, detail);
        registerEvent(new DisputeMoved(id, gridId, from, to, at, actor.accountId()));
    }

    private void step(StepKind kind, DisputeActor actor, Instant at, String detail) {
        updatedAt = at;
        steps.add(new DisputeStep(at, kind, actor.accountId(), actor.name(), detail));
    }

    private void fill(DisputeData data) {
        gridId = data.gridId();
        placeId = data.placeId();
        category = data.category();
        risk = data.risk();
        source = data.source();
        description = data.description().strip();
        occurredAt = data.occurredAt();
        parties.clear();
        data.parties().forEach(p -> parties.add(new Party(p)));
    }

    private Optional<TeamSeat> seatOf(long personId) {
        return team.stream().filter(s -> s.personId() == personId).findFirst();
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getGridId() {
        return gridId;
    }

    Long getPlaceId() {
        return placeId;
    }

    DisputeCategory getCategory() {
        return category;
    }

    RiskLevel getRisk() {
        return risk;
    }

    DisputeSource getSource() {
        return source;
    }

    String getDescription() {
        return description;
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getOrigin() {
        return origin;
    }

    DisputeState getState() {
        return state;
    }

    Instant getDueAt() {
        return dueAt;
    }

    Instant getReportedAt() {
        return reportedAt;
    }

    Instant getAcceptedAt() {
        return acceptedAt;
    }

    Instant getMediatingAt() {
        return mediatingAt;
    }

    Instant getResolvedAt() {
        return resolvedAt;
    }

    String getAgreement() {
        return agreement;
    }

    Instant getReferredAt() {
        return referredAt;
    }

    ReceivingBody getReferredTo() {
        return referredTo;
    }

    String getReferralNote() {
        return referralNote;
    }

    Instant getEscalatedAt() {
        return escalatedAt;
    }

    EscalationLevel getEscalatedTo() {
        return escalatedTo;
    }

    String getEscalationNote() {
        return escalationNote;
    }

    LocalDate getCallBackOn() {
        return callBackOn;
    }

    String getCallBackResult() {
        return callBackResult;
    }

    Satisfaction getSatisfaction() {
        return satisfaction;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    List<Party> getParties() {
        return Collections.unmodifiableList(parties);
    }

    List<TeamSeat> getTeam() {
        return Collections.unmodifiableList(team);
    }

    List<MediationSession> getSessions() {
        return Collections.unmodifiableList(sessions);
    }

    List<DisputeStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    /** The last time anything was stamped: a back-dated act may not go before it. */
    Instant lastStepAt() {
        return steps.isEmpty() ? reportedAt : steps.get(steps.size() - 1).at();
    }
}
