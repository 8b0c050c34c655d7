package org.gridwatch.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FindingFollowedUp;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.NotAllowedException;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;

/** Every transition of a dispute, allowed and refused, with its stamps, deadlines and events. */
@IntegrationTest
class DisputeTransitionTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    DutyManagement duty;
    @Autowired
    DisputeDirectory directory;
    @Autowired
    DisputeManagement disputes;
    @Autowired
    DisputeDeadlines deadlines;
    @Autowired
    TestClock clock;
    @Autowired
    ApplicationEvents events;

    /** People and accounts are made once for the class (accounts are slow to open); each test has its disputes. */
    static DisputeFixtures shared;
    DisputeFixtures f;

    @BeforeEach
    void setUp() {
        clock.set(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        if (shared == null) {
            shared = new DisputeFixtures(jdbc, accounts, users, duty, directory, disputes);
        }
        f = shared;
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void deadlinesDefaultToOneDayFifteenDaysAndSevenDays() {
        assertThat(deadlines.accept()).isEqualTo(Duration.ofDays(1));
        assertThat(deadlines.resolve()).isEqualTo(Duration.ofDays(15));
        assertThat(deadlines.followUp()).isEqualTo(Duration.ofDays(7));
    }

    @Test
    void aReportedDisputeIsDueForAcceptanceInADayAndTheGridsOfficerLeadsItsTeam() {
        long id = f.report(f.auxiliaryUser, f.grid);
        DisputeView d = view(id, f.supervisorUser);
        assertThat(d.state()).isEqualTo(DisputeState.REPORTED);
        assertThat(d.reportedAt()).isEqualTo(clock.instant());
        assertThat(d.dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
        assertThat(d.team()).extracting(TeamMemberView::personId).containsExactly(f.officer, f.auxiliary);
        assertThat(d.team().get(0).responsible()).isTrue();
        assertThat(d.team().get(1).responsible()).isFalse();
        assertThat(d.steps()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(StepKind.REPORTED);
            assertThat(s.actorName()).isEqualTo(f.auxiliaryUser.displayName());
        });
        assertThat(events.stream(DisputeMoved.class).filter(e -> e.disputeId() == id))
                .containsExactly(new DisputeMoved(id, f.grid, null, DisputeState.REPORTED, clock.instant(),
                        f.auxiliaryUser.accountId()));
        assertThat(events.stream(FieldRecordSaved.class).filter(e -> e.recordId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(RecordKind.DISPUTE);
                    assertThat(e.gridIds()).containsExactly(f.grid);
                    assertThat(e.subkindKey()).isEqualTo("dispute.category.NEIGHBOUR");
                    assertThat(e.personIds()).containsExactly(f.officer, f.auxiliary);
                    assertThat(e.summary()).doesNotContain("13912345678").doesNotContain(DisputeFixtures.ID_NUMBER);
                });
    }

    @Test
    void aDisputeFromAVisitNamesItsOriginAndTellsTheVisit() {
        long id = disputes.report(f.data(f.grid, "VISIT-40"), f.actor(f.officerUser));
        assertThat(view(id, f.officerUser).origin().text()).isEqualTo("VISIT-40");
        assertThat(events.stream(FindingFollowedUp.class).filter(e -> e.recordId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.origin().kind()).isEqualTo(RecordKind.VISIT);
                    assertThat(e.origin().recordId()).isEqualTo(40);
                    assertThat(e.kind()).isEqualTo(RecordKind.DISPUTE);
                });
    }

    @Test
    void theWholeWayReportedAcceptedMediatingResolvedClosedStampsEveryStepAndMovesTheDeadline() {
        long id = f.report();
        Instant accepted = clock.instant().plus(Duration.ofHours(3));
        clock.set(accepted);
        disputes.accept(id, f.version(id), f.actor(f.officerUser));
        assertThat(view(id, f.officerUser).dueAt()).isEqualTo(accepted.plus(Duration.ofDays(15)));
        disputes.addToTeam(id, f.version(id), f.lawyer, f.actor(f.officerUser));

        clock.advance(Duration.ofDays(2));
        disputes.startMediation(id, f.version(id), f.actor(f.lawyerUser));
        assertThat(view(id, f.officerUser).dueAt()).as("still counted from acceptance")
                .isEqualTo(accepted.plus(Duration.ofDays(15)));
        disputes.recordSession(id, f.version(id), new SessionData(clock.instant().minusSeconds(600), "双方当事人、赵律师",
                "释法说理，双方同意按维修报价赔偿。"), f.actor(f.lawyerUser));

        clock.advance(Duration.ofDays(1));
        Instant resolved = clock.instant();
        disputes.resolve(id, f.version(id), new Resolution("赔偿维修费 800 元，三日内付清。"), f.actor(f.lawyerUser));
        DisputeView d = view(id, f.officerUser);
        assertThat(d.state()).isEqualTo(DisputeState.RESOLVED);
        assertThat(d.resolvedAt()).isEqualTo(resolved);
        assertThat(d.dueAt()).isEqualTo(resolved.plus(Duration.ofDays(7)));

        clock.advance(Duration.ofDays(3));
        disputes.close(id, f.version(id), new CallBack(LocalDate.ofInstant(clock.instant(), RecordFilter.ZONE),
                "已付清，双方和好。", Satisfaction.SATISFIED), f.actor(f.officerUser));
        d = view(id, f.officerUser);
        assertThat(d.state()).isEqualTo(DisputeState.CLOSED);
        assertThat(d.dueAt()).isNull();
        assertThat(d.satisfaction()).isEqualTo(Satisfaction.SATISFIED);
        assertThat(d.sessions()).singleElement().satisfies(s -> assertThat(s.recordedBy())
                .isEqualTo(f.lawyerUser.displayName()));
        assertThat(d.steps()).extracting(StepView::kind).containsExactly(StepKind.CLOSED, StepKind.RESOLVED,
                StepKind.SESSION, StepKind.MEDIATING, StepKind.TEAM_ADDED, StepKind.ACCEPTED, StepKind.REPORTED);
        assertThat(d.steps().get(1).actorName()).isEqualTo(f.lawyerUser.displayName());
        assertThat(events.stream(DisputeMoved.class).filter(e -> e.disputeId() == id).map(DisputeMoved::to))
                .containsExactly(DisputeState.REPORTED, DisputeState.ACCEPTED, DisputeState.MEDIATING,
                        DisputeState.RESOLVED, DisputeState.CLOSED);
        assertThat(events.stream(FieldRecordSaved.class).filter(e -> e.recordId() == id)).hasSize(7);
        // the statistics' 满意率 learns the call-back's answer from the closing event only
        assertThat(events.stream(FieldRecordSaved.class).filter(e -> e.recordId() == id)
                .map(FieldRecordSaved::satisfaction)).containsOnlyOnce(org.gridwatch.fieldwork.Satisfaction.SATISFIED)
                .last().isEqualTo(org.gridwatch.fieldwork.Satisfaction.SATISFIED);
    }

    @Test
    void referredFromMediationOrAcceptanceThenClosedAfterTheCallBack() {
        long fromMediation = f.mediating();
        disputes.refer(fromMediation, f.version(fromMediation),
                new Referral(ReceivingBody.JUDICIAL_OFFICE, "涉及房屋产权，转司法所"), f.actor(f.officerUser));
        DisputeView d = view(fromMediation, f.officerUser);
        assertThat(d.state()).isEqualTo(DisputeState.REFERRED);
        assertThat(d.referredTo()).isEqualTo(ReceivingBody.JUDICIAL_OFFICE);
        assertThat(d.dueAt()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));
        disputes.close(fromMediation, f.version(fromMediation), new CallBack(today(), "司法所已受理。",
                Satisfaction.BASICALLY), f.actor(f.supervisorUser));
        assertThat(f.state(fromMediation)).isEqualTo("CLOSED");

        long fromAcceptance = f.report();
        disputes.accept(fromAcceptance, f.version(fromAcceptance), f.actor(f.officerUser));
        disputes.refer(fromAcceptance, f.version(fromAcceptance), new Referral(ReceivingBody.COURT, null),
                f.actor(f.officerUser));
        assertThat(f.state(fromAcceptance)).isEqualTo("REFERRED");
    }

    @Test
    void escalatedToTheBranchEndsTheTeamsDeadline() {
        long id = f.report();
        disputes.accept(id, f.version(id), f.actor(f.officerUser));
        disputes.escalate(id, f.version(id), new Escalation(EscalationLevel.BRANCH, "群体性纠纷，涉及二十余户"),
                f.actor(f.supervisorUser));
        DisputeView d = view(id, f.supervisorUser);
        assertThat(d.state()).isEqualTo(DisputeState.ESCALATED);
        assertThat(d.escalatedTo()).isEqualTo(EscalationLevel.BRANCH);
        assertThat(d.dueAt()).isNull();
        assertThat(d.actions()).isEmpty();
    }

    @Test
    void anAuxiliaryMayMediateRecordSessionsAndResolveButNotAcceptReferEscalateOrClose() {
        long id = f.report();
        refused(() -> disputes.accept(id, f.version(id), f.actor(f.auxiliaryUser)));
        disputes.accept(id, f.version(id), f.actor(f.officerUser));
        refused(() -> disputes.refer(id, f.version(id), new Referral(ReceivingBody.COURT, null), f.actor(f.auxiliaryUser)));
        refused(() -> disputes.escalate(id, f.version(id), new Escalation(EscalationLevel.STATION, "x"),
                f.actor(f.auxiliaryUser)));
        refused(() -> disputes.addToTeam(id, f.version(id), f.lawyer, f.actor(f.auxiliaryUser)));
        disputes.startMediation(id, f.version(id), f.actor(f.auxiliaryUser));
        disputes.recordSession(id, f.version(id), session(), f.actor(f.auxiliaryUser));
        disputes.resolve(id, f.version(id), new Resolution("和解"), f.actor(f.auxiliaryUser));
        refused(() -> disputes.close(id, f.version(id), callBack(), f.actor(f.auxiliaryUser)));
        assertThat(f.state(id)).isEqualTo("RESOLVED");
    }

    @Test
    void aMediatorOnTheTeamMayMediateRecordAndResolveButNotAcceptReferEscalateCloseOrChangeTheTeam() {
        long id = f.report();
        disputes.addToTeam(id, f.version(id), f.lawyer, f.actor(f.officerUser));
        refused(() -> disputes.accept(id, f.version(id), f.actor(f.lawyerUser)));
        disputes.accept(id, f.version(id), f.actor(f.officerUser));
        refused(() -> disputes.refer(id, f.version(id), new Referral(ReceivingBody.COURT, null), f.actor(f.lawyerUser)));
        refused(() -> disputes.escalate(id, f.version(id), new Escalation(EscalationLevel.STATION, "x"),
                f.actor(f.lawyerUser)));
        refused(() -> disputes.addToTeam(id, f.version(id), f.communityMediator, f.actor(f.lawyerUser)));
        refused(() -> disputes.change(id, f.version(id), f.data(f.grid, null), f.actor(f.lawyerUser)));
        disputes.startMediation(id, f.version(id), f.actor(f.lawyerUser));
        disputes.recordSession(id, f.version(id), session(), f.actor(f.lawyerUser));
        disputes.resolve(id, f.version(id), new Resolution("和解"), f.actor(f.lawyerUser));
        refused(() -> disputes.close(id, f.version(id), callBack(), f.actor(f.lawyerUser)));
        assertThat(f.state(id)).isEqualTo("RESOLVED");
    }

    @Test
    void aMediatorOffTheTeamCannotFindTheDisputeAtAll() {
        long id = f.mediating();
        assertThatThrownBy(() -> disputes.recordSession(id, f.version(id), session(), f.actor(f.mediatorUser)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> directory.get(id, f.actor(f.mediatorUser)))
                .isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> disputes.report(f.data(f.grid, null), f.actor(f.mediatorUser)))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        long reported = f.report();
        refused(() -> disputes.startMediation(reported, f.version(reported), f.actor(f.officerUser)));
        refused(() -> disputes.recordSession(reported, f.version(reported), session(), f.actor(f.officerUser)));
        refused(() -> disputes.resolve(reported, f.version(reported), new Resolution("x"), f.actor(f.officerUser)));
        refused(() -> disputes.refer(reported, f.version(reported), new Referral(ReceivingBody.COURT, null),
                f.actor(f.officerUser)));
        refused(() -> disputes.escalate(reported, f.version(reported), new Escalation(EscalationLevel.STATION, "x"),
                f.actor(f.officerUser)));
        refused(() -> disputes.close(reported, f.version(reported), callBack(), f.actor(f.officerUser)));

        long accepted = f.report();
        disputes.accept(accepted, f.version(accepted), f.actor(f.officerUser));
        refused(() -> disputes.accept(accepted, f.version(accepted), f.actor(f.officerUser)));
        refused(() -> disputes.recordSession(accepted, f.version(accepted), session(), f.actor(f.officerUser)));
        refused(() -> disputes.resolve(accepted, f.version(accepted), new Resolution("x"), f.actor(f.officerUser)));
        refused(() -> disputes.close(accepted, f.version(accepted), callBack(), f.actor(f.officerUser)));

        long mediating = f.mediating();
        refused(() -> disputes.accept(mediating, f.version(mediating), f.actor(f.officerUser)));
        refused(() -> disputes.startMediation(mediating, f.version(mediating), f.actor(f.officerUser)));
        refused(() -> disputes.close(mediating, f.version(mediating), callBack(), f.actor(f.officerUser)));

        long resolved = f.resolved();
        refused(() -> disputes.resolve(resolved, f.version(resolved), new Resolution("x"), f.actor(f.officerUser)));
        refused(() -> disputes.refer(resolved, f.version(resolved), new Referral(ReceivingBody.COURT, null),
                f.actor(f.officerUser)));
        refused(() -> disputes.escalate(resolved, f.version(resolved), new Escalation(EscalationLevel.STATION, "x"),
                f.actor(f.officerUser)));
        refused(() -> disputes.recordSession(resolved, f.version(resolved), session(), f.actor(f.officerUser)));
        refused(() -> disputes.change(resolved, f.version(resolved), f.data(f.grid, null), f.actor(f.officerUser)));
        refused(() -> disputes.addToTeam(resolved, f.version(resolved), f.communityMediator, f.actor(f.officerUser)));

        disputes.close(resolved, f.version(resolved), callBack(), f.actor(f.officerUser));
        for (DisputeAction action : view(resolved, f.adminUser).actions()) {
            throw new AssertionError("a closed dispute still offers " + action);
        }
        refused(() -> disputes.close(resolved, f.version(resolved), callBack(), f.actor(f.officerUser)));
        refused(() -> disputes.accept(resolved, f.version(resolved), f.actor(f.adminUser)));
    }

    @Test
    void aStaleVersionIsRefusedAndNothingMoves() {
        long id = f.report();
        long loaded = f.version(id);
        disputes.accept(id, loaded, f.actor(f.officerUser));
        assertThatThrownBy(() -> disputes.escalate(id, loaded, new Escalation(EscalationLevel.STATION, "x"),
                f.actor(f.supervisorUser))).isInstanceOf(StaleEditException.class);
        assertThat(f.state(id)).isEqualTo("ACCEPTED");
    }

    @Test
    void theResponsibleOfficerStaysOnTheTeamAndNobodyJoinsTwice() {
        long id = f.report();
        refused(() -> disputes.removeFromTeam(id, f.version(id), f.officer, f.actor(f.supervisorUser)));
        disputes.addToTeam(id, f.version(id), f.lawyer, f.actor(f.officerUser));
        assertThatThrownBy(() -> disputes.addToTeam(id, f.version(id), f.lawyer, f.actor(f.officerUser)))
                .isInstanceOf(RejectedInput.class);
        disputes.removeFromTeam(id, f.version(id), f.lawyer, f.actor(f.officerUser));
        assertThat(view(id, f.officerUser).team()).extracting(TeamMemberView::personId).containsExactly(f.officer);
        assertThat(view(id, f.officerUser).steps()).extracting(StepView::kind)
                .startsWith(StepKind.TEAM_REMOVED, StepKind.TEAM_ADDED);
    }

    @Test
    void onlyPeopleOfTheStationOrTheScopeJoinTheTeam() {
        long id = f.report();
        long stranger = f.territory.person(org.gridwatch.people.PersonKind.MEDIATOR, "外所律师",
                f.otherStation.station());
        assertThatThrownBy(() -> disputes.addToTeam(id, f.version(id), stranger, f.actor(f.officerUser)))
                .isInstanceOf(RejectedInput.class)
                .extracting("messageKey").isEqualTo("dispute.team.unknown");
        assertThat(directory.teamCandidates(id, f.actor(f.officerUser))).extracting(p -> p.id())
                .contains(f.lawyer, f.communityMediator, f.auxiliary).doesNotContain(f.officer, stranger);
        disputes.addToTeam(id, f.version(id), stranger, f.actor(f.supervisorUser));
    }

    @Test
    void theIntakeRulesNameTheField() {
        DisputeActor officer = f.actor(f.officerUser);
        rejected(() -> disputes.report(f.data(f.otherStation.grids()[0], null), officer), "gridId");
        rejected(() -> disputes.report(future(), officer), "occurredAt");
        DisputeData badId = withParty(new PartyData("甲", null, "220104198506153012"));
        rejected(() -> disputes.report(badId, officer), "parties[0].idNumber");
        DisputeData badPhone = withParty(new PartyData("甲", "12345", null));
        rejected(() -> disputes.report(badPhone, officer), "parties[0].phone");
        DisputeData nobody = new DisputeData(f.grid, null, DisputeCategory.OTHER, RiskLevel.LOW, DisputeSource.HOTLINE,
                "无名", clock.instant(), java.util.List.of(new PartyData(" ", "", null)), null);
        rejected(() -> disputes.report(nobody, officer), "parties");
    }

    private DisputeData future() {
        DisputeData data = f.data(f.grid, null);
        return new DisputeData(data.gridId(), null, data.category(), data.risk(), data.source(), data.description(),
                clock.instant().plus(Duration.ofDays(1)), data.parties(), null);
    }

    private DisputeData withParty(PartyData party) {
        return new DisputeData(f.grid, null, DisputeCategory.FAMILY, RiskLevel.LOW, DisputeSource.HOTLINE, "家庭矛盾",
                clock.instant(), java.util.List.of(party), null);
    }

    private static void rejected(Executable call, String field) {
        assertThatThrownBy(call::execute).isInstanceOf(RejectedInput.class).extracting("field")
                .isEqualTo(field);
    }

    private static void refused(Executable call) {
        assertThatThrownBy(call::execute).isInstanceOf(NotAllowedException.class);
    }

    private DisputeView view(long id, SignedInUser user) {
        return directory.get(id, f.actor(user));
    }

    private SessionData session() {
        return new SessionData(clock.instant().minusSeconds(60), "双方当事人", "第一次调解");
    }

    private CallBack callBack() {
        return new CallBack(today(), "电话回访，双方满意。", Satisfaction.SATISFIED);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), RecordFilter.ZONE);
    }
}
