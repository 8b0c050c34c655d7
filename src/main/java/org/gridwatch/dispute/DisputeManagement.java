package org.gridwatch.dispute;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaType;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.fieldwork.FindingFollowedUp;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.Role;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.NotAllowedException;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes disputes in and moves them through mediation. Every method works within the actor's scope (a dispute
 * outside it, or not on a mediator's team, is a {@link RecordNotFoundException}), compares the version the
 * actor's form was loaded with ({@link StaleEditException} when it moved meanwhile), and lets the dispute's own
 * guarded methods decide whether the step is allowed ({@link NotAllowedException}). Input the rules refuse is a
 * {@link RejectedInput} naming the field. Each write publishes
 * {@link org.gridwatch.fieldwork.FieldRecordSaved} and, for a change of state, {@link DisputeMoved}. The steps
 * return the dispute's new version.
 */
@Service
@Transactional
public class DisputeManagement {

    /** How far ahead of the clock a reported time may lie (phones with a clock a little fast). */
    static final Duration FUTURE_TOLERANCE = Duration.ofMinutes(10);

    private static final Set<Role> REPORTERS = EnumSet.of(Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY);

    private final DisputeRepository disputes;
    private final DisputePeople people;
    private final AreaDirectory areas;
    private final PlaceDirectory places;
    private final DutyDirectory duty;
    private final DisputeDeadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DisputeManagement(DisputeRepository disputes, DisputePeople people, AreaDirectory areas, PlaceDirectory places,
            DutyDirectory duty, DisputeDeadlines deadlines, ApplicationEventPublisher events, Clock clock) {
        this.disputes = disputes;
        this.people = people;
        this.areas = areas;
        this.places = places;
        this.duty = duty;
        this.deadlines = deadlines;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes a dispute in (REPORTED, due to be accepted within the configured time). The grid's responsible officer
     * on the day leads its team. When it follows up another record ({@code data.origin()}), publishes
     * {@link FindingFollowedUp}. Returns its id.
     */
    public long report(DisputeData data, DisputeActor actor) {
        if (!actor.roles().stream().anyMatch(REPORTERS::contains)) {
            throw new NotAllowedException("a mediator cannot take disputes in");
        }
        Instant at = when(actor);
        check(data, actor);
        Origin origin = Origin.parse(data.origin()).orElse(null);
        DisputeData cleaned = new DisputeData(data.gridId(), data.placeId(), data.category(), data.risk(),
                data.source(), data.description(), data.occurredAt(), data.parties(),
                origin == null ? null : origin.text());
        TeamSeat reporter = actor.personId() == null ? null : people.find(actor.personId())
                .map(p -> new TeamSeat(p.id(), p.name(), false)).orElse(null);
        Dispute dispute = disputes.saveAndFlush(new Dispute(cleaned, responsibleOfficer(data.gridId(), at, actor),
                reporter, actor, at, deadlines));
        events.publishEvent(new DisputeMoved(dispute.getId(), dispute.getGridId(), null, DisputeState.REPORTED, at,
                actor.accountId()));
        if (origin != null) {
            events.publishEvent(new FindingFollowedUp(origin, RecordKind.DISPUTE, dispute.getId()));
        }
        events.publishEvent(DisputeRecords.saved(dispute));
        return dispute.getId();
    }

    /** Corrects the intake of a dispute that has no outcome yet. */
    public long change(long id, long version, DisputeData data, DisputeActor actor) {
        check(data, actor);
        return apply(id, version, actor, (d, at) -> d.change(data, actor, at));
    }

    /** REPORTED → ACCEPTED: the resolution falls due {@code resolve} after now. OFFICER, SUPERVISOR, ADMIN. */
    public long accept(long id, long version, DisputeActor actor) {
        return apply(id, version, actor, (d, at) -> d.accept(actor, at, deadlines));
    }

    /** ACCEPTED → MEDIATING; also a MEDIATOR on the team or an AUXILIARY. */
    public long startMediation(long id, long version, DisputeActor actor) {
        return apply(id, version, actor, (d, at) -> d.startMediation(actor, at));
    }

    /** Records a mediation session while MEDIATING. The session may not lie in the future. */
    public long recordSession(long id, long version, SessionData session, DisputeActor actor) {
        if (session.heldAt() == null || session.heldAt().isAfter(clock.instant().plus(FUTURE_TOLERANCE))) {
            throw new RejectedInput("heldAt", "dispute.heldAt.future");
        }
        return apply(id, version, actor, (d, at) -> d.recordSession(session, actor, at));
    }

    /** MEDIATING → RESOLVED with the agreement; the call-back falls due {@code followUp} after now. */
    public long resolve(long id, long version, Resolution resolution, DisputeActor actor) {
        return apply(id, version, actor, (d, at) -> d.resolve(resolution, actor, at, deadlines));
    }

    /** ACCEPTED or MEDIATING → REFERRED to another body; the call-back falls due {@code followUp} after now. */
    public long refer(long id, long version, Referral referral, DisputeActor actor) {
        return apply(id, version, actor, (d, at) -> d.refer(referral, actor, at, deadlines));
    }

    /** ACCEPTED or MEDIATING → ESCALATED to the station or the branch. */
    public long escalate(long id, long version, Escalation escalation, DisputeActor actor) {
        return apply(id, version, actor, (d, at) -> d.escalate(escalation, actor, at));
    }

    /**
     * RESOLVED or REFERRED → CLOSED with the call-back (not by an AUXILIARY or a MEDIATOR). The call-back's date
     * may not lie before the resolution or referral, nor in the future.
     */
    public long close(long id, long version, CallBack callBack, DisputeActor actor) {
        return apply(id, version, actor, (d, at) -> {
            Instant concluded = d.getResolvedAt() != null ? d.getResolvedAt() : d.getReferredAt();
            LocalDate today = LocalDate.ofInstant(at, RecordFilter.ZONE);
            if (callBack.on() == null || callBack.on().isAfter(today)
                    || (concluded != null && callBack.on().isBefore(LocalDate.ofInstant(concluded, RecordFilter.ZONE)))) {
                throw new RejectedInput("callBackOn", "dispute.callBack.date");
            }
            d.close(callBack, actor, at);
        });
    }

    /**
     * Adds a person to the team: an active person of the dispute's station or of the actor's scope (mediators,
     * lawyers, grid workers, officers, auxiliaries).
     */
    public long addToTeam(long id, long version, long personId, DisputeActor actor) {
        return apply(id, version, actor, (d, at) -> {
            PersonSummary person = people.candidate(personId, d.getGridId(), actor.scope())
                    .orElseThrow(() -> new RejectedInput("personId", "dispute.team.unknown"));
            d.addToTeam(person.id(), person.name(), actor, at);
        });
    }

    /** Takes a person off the team; the responsible officer cannot be taken off (only handed over). */
    public long removeFromTeam(long id, long version, long personId, DisputeActor actor) {
        return apply(id, version, actor, (d, at) -> d.removeFromTeam(personId, actor, at));
    }

    private long apply(long id, long version, DisputeActor actor, Step step) {
        Dispute dispute = disputes.findVisible(id, actor.scope().pathPrefix(), actor.teamPerson())
                .orElseThrow(() -> new RecordNotFoundException("Dispute", id));
        if (dispute.getVersion() != version) {
            throw new StaleEditException("Dispute", id);
        }
        Instant at = when(actor);
        if (at.isBefore(dispute.lastStepAt())) {
            if (actor.at() == null) {
                // A step later than "now": another request moved the dispute between reading its row and its
                // steps (the steps load lazily), so this edit is stale like any other.
                throw new StaleEditException("Dispute", id);
            }
            throw new IllegalArgumentException("a step cannot be dated before the dispute's last step");
        }
        step.apply(dispute, at);
        disputes.saveAndFlush(dispute);
        events.publishEvent(DisputeRecords.saved(dispute));
        return dispute.getVersion();
    }

    @FunctionalInterface
    private interface Step {
        void apply(Dispute dispute, Instant at);
    }

    /** The time of the act, to the microsecond PostgreSQL keeps (so a stored step never seems later than the next). */
    private Instant when(DisputeActor actor) {
        Instant now = clock.instant();
        if (actor.at() != null && actor.at().isAfter(now)) {
            throw new IllegalArgumentException("a dispute step cannot be dated in the future");
        }
        return (actor.at() == null ? now : actor.at()).truncatedTo(ChronoUnit.MICROS);
    }

    /** The rules of the intake beyond the form's own checks; the first broken one is thrown. */
    private void check(DisputeData data, DisputeActor actor) {
        boolean liveGrid = data.gridId() != null && areas.find(data.gridId(), actor.scope())
                .filter(a -> a.type() == AreaType.GRID && !a.retired()).isPresent();
        if (!liveGrid) {
            throw new RejectedInput("gridId", "dispute.grid.invalid");
        }
        if (data.placeId() != null && places.find(data.placeId(), actor.scope()).isEmpty()) {
            throw new RejectedInput("placeId", "dispute.place.invalid");
        }
        require(data.category() != null, "category");
        require(data.risk() != null, "risk");
        require(data.source() != null, "source");
        require(data.description() != null && !data.description().isBlank(), "description");
        if (data.description().strip().length() > DisputeData.DESCRIPTION_LENGTH) {
            throw new RejectedInput("description", "dispute.tooLong");
        }
        require(data.occurredAt() != null, "occurredAt");
        Instant latest = (actor.at() == null ? clock.instant() : actor.at()).plus(FUTURE_TOLERANCE);
        if (data.occurredAt().isAfter(latest)) {
            throw new RejectedInput("occurredAt", "dispute.occurredAt.future");
        }
        if (data.parties().isEmpty()) {
            throw new RejectedInput("parties", "dispute.parties.none");
        }
        if (data.parties().size() > DisputeData.MAX_PARTIES) {
            throw new RejectedInput("parties", "dispute.parties.tooMany");
        }
        List<PartyData> parties = data.parties();
        for (int i = 0; i < parties.size(); i++) {
            PartyData party = parties.get(i);
            String field = "parties[" + i + "].";
            if (party.name() == null || party.name().isBlank()) {
                throw new RejectedInput(field + "name", "NotBlank");
            }
            if (party.name().strip().length() > PartyData.NAME_LENGTH) {
                throw new RejectedInput(field + "name", "dispute.tooLong");
            }
            if (party.phone() != null && !party.phone().isBlank() && !PartyData.validPhone(party.phone())) {
                throw new RejectedInput(field + "phone", "dispute.phone.invalid");
            }
            if (party.idNumber() != null && !party.idNumber().isBlank() && !ResidentIdNumber.isValid(party.idNumber())) {
                throw new RejectedInput(field + "idNumber", "dispute.idNumber.invalid");
            }
        }
    }

    private static void require(boolean condition, String field) {
        if (!condition) {
            throw new RejectedInput(field, "NotNull");
        }
    }

    /** The grid's responsible officer on the day of {@code at}, as the first seat of the team; null if none. */
    private TeamSeat responsibleOfficer(long gridId, Instant at, DisputeActor actor) {
        LocalDate day = LocalDate.ofInstant(at, RecordFilter.ZONE);
        return duty.history(gridId, actor.scope()).stream()
                .filter(a -> a.role() == DutyRole.RESPONSIBLE_OFFICER && a.activeOn(day))
                .findFirst().map(a -> new TeamSeat(a.personId(), a.personName(), true)).orElse(null);
    }
}
