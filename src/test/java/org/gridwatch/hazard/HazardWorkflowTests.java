package org.gridwatch.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.NotAllowedException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Every transition of the hazard workflow, allowed and refused, and the due dates each stage sets. */
class HazardWorkflowTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-06-10 10:00 in Changchun. */
    static final Instant NOW = Instant.parse("2026-06-10T02:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
    static final Duration NOTIFY = Duration.ofDays(1);
    static final Duration VERIFY = Duration.ofDays(3);

    static final HazardActor OFFICER = new HazardActor(1L, 11L, "张伟", true);
    static final HazardActor OTHER_OFFICER = new HazardActor(2L, 12L, "李强", true);
    static final HazardActor AUXILIARY = new HazardActor(3L, 13L, "王芳", false);

    static HazardData data(Instant foundAt) {
        return new HazardData(100L, null, null, null, HazardCategory.FIRE, HazardSeverity.HIGH, "消防通道堵塞",
                HazardFoundBy.PATROL, foundAt, "星空网咖", "赵经理", "13812345678", null);
    }

    /** A recorded hazard, as if just saved (with its id). */
    static Hazard found() {
        Hazard hazard = new Hazard(data(NOW.minus(Duration.ofHours(2))), OFFICER, NOW, NOTIFY);
        ReflectionTestUtils.setField(hazard, "id", 7L);
        return hazard;
    }

    static Hazard notified() {
        Hazard hazard = found();
        hazard.notifyResponsible(OFFICER, TODAY.plusDays(7), "清理通道", NOW, ZONE);
        return hazard;
    }

    static Hazard rectified(HazardActor by) {
        Hazard hazard = notified();
        hazard.rectify(by, "已清理", 1, NOW.plus(Duration.ofDays(2)), VERIFY);
        return hazard;
    }

    static Hazard verified() {
        Hazard hazard = rectified(OFFICER);
        hazard.verify(OTHER_OFFICER, "复核到位", NOW.plus(Duration.ofDays(3)));
        return hazard;
    }

    static Hazard reopened() {
        Hazard hazard = rectified(OFFICER);
        hazard.reopen(OTHER_OFFICER, "仍有杂物", TODAY.plusDays(10), NOW.plus(Duration.ofDays(3)), ZONE);
        return hazard;
    }

    @Test
    void aFoundHazardIsOwnedByItsRecorderAndToBeNotifiedWithinADayOfBeingFound() {
        Hazard hazard = found();
        assertThat(hazard.getState()).isEqualTo(HazardState.FOUND);
        assertThat(hazard.getOwnerPersonId()).isEqualTo(OFFICER.personId());
        assertThat(hazard.getDueAt()).isEqualTo(NOW.minus(Duration.ofHours(2)).plus(NOTIFY));
        assertThat(hazard.steps()).extracting(s -> s.view().action()).containsExactly(HazardAction.RECORDED);
    }

    @Test
    void notifyingSetsTheNoticeAndMakesRectificationDueByTheEndOfTheDeadlineDay() {
        Hazard hazard = found();
        HazardMoved event = hazard.notifyResponsible(AUXILIARY, TODAY.plusDays(7), "清理通道", NOW, ZONE);
        assertThat(hazard.getState()).isEqualTo(HazardState.NOTIFIED);
        assertThat(hazard.getDueAt()).isEqualTo(Instant.parse("2026-06-17T16:00:00Z"));
        assertThat(event.hazardId()).isEqualTo(7L);
        assertThat(event.from()).isEqualTo(HazardState.FOUND);
        assertThat(event.to()).isEqualTo(HazardState.NOTIFIED);
        assertThat(event.dueAt()).isEqualTo(hazard.getDueAt());
        assertThat(hazard.view().notifiedAt()).isEqualTo(NOW);
        assertThat(hazard.steps()).last().satisfies(step -> {
            assertThat(step.view().byName()).isEqualTo("王芳");
            assertThat(step.view().deadline()).isEqualTo(TODAY.plusDays(7));
        });
    }

    @Test
    void aNoticeDeadlineMustLieAfterToday() {
        for (LocalDate bad : new LocalDate[] {TODAY, TODAY.minusDays(1), null}) {
            assertThatThrownBy(() -> found().notifyResponsible(OFFICER, bad, "清理通道", NOW, ZONE))
                    .isInstanceOfSatisfying(RejectedInput.class,
                            e -> assertThat(e.messageKey()).isEqualTo("hazard.deadline.future"));
        }
    }

    @Test
    void notifyingIsRefusedInEveryStateButFound() {
        refusedIn(h -> h.notifyResponsible(OFFICER, TODAY.plusDays(3), "x", NOW, ZONE),
                notified(), rectified(OFFICER), verified(), reopened());
    }

    @Test
    void rectifyingNeedsANewAfterPhotoAndMakesVerificationDueThreeDaysLater() {
        Hazard hazard = notified();
        assertThatThrownBy(() -> hazard.rectify(AUXILIARY, "已清理", 0, NOW, VERIFY))
                .isInstanceOfSatisfying(RejectedInput.class,
                        e -> assertThat(e.field()).isEqualTo("photos"));
        HazardMoved event = hazard.rectify(AUXILIARY, "已清理", 2, NOW, VERIFY);
        assertThat(hazard.getState()).isEqualTo(HazardState.RECTIFIED);
        assertThat(hazard.getDueAt()).isEqualTo(NOW.plus(VERIFY));
        assertThat(event.to()).isEqualTo(HazardState.RECTIFIED);
        assertThat(hazard.view().rectifiedByAccountId()).isEqualTo(AUXILIARY.accountId());
    }

    @Test
    void rectifyingIsAllowedWhenNotifiedOrReopenedOnly() {
        Hazard again = reopened();
        again.rectify(OFFICER, "再次整改", 1, NOW.plus(Duration.ofDays(4)), VERIFY);
        assertThat(again.getState()).isEqualTo(HazardState.RECTIFIED);
        refusedIn(h -> h.rectify(OFFICER, "x", 1, NOW, VERIFY), found(), rectified(OFFICER), verified());
    }

    @Test
    void anotherOfficerVerifiesAndTheHazardIsClosedWithNothingDue() {
        Hazard hazard = rectified(OFFICER);
        HazardMoved event = hazard.verify(OTHER_OFFICER, null, NOW);
        assertThat(hazard.getState()).isEqualTo(HazardState.VERIFIED);
        assertThat(hazard.getDueAt()).isNull();
        assertThat(event.to()).isEqualTo(HazardState.VERIFIED);
        assertThat(event.dueAt()).isNull();
    }

    @Test
    void whoRecordedTheRectificationMayNotVerifyOrReopenIt() {
        for (Consumer<Hazard> move : java.util.List.<Consumer<Hazard>>of(
                h -> h.verify(OFFICER, "好", NOW),
                h -> h.reopen(OFFICER, "不好", TODAY.plusDays(3), NOW, ZONE))) {
            Hazard hazard = rectified(OFFICER);
            assertThatThrownBy(() -> move.accept(hazard)).isInstanceOfSatisfying(HazardRefusedException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("hazard.refused.samePerson"));
            assertThat(hazard.getState()).isEqualTo(HazardState.RECTIFIED);
        }
        // the same person through another account still counts as the same person
        HazardActor samePersonOtherAccount = new HazardActor(99L, OFFICER.personId(), "张伟", true);
        assertThatThrownBy(() -> rectified(OFFICER).verify(samePersonOtherAccount, null, NOW))
                .isInstanceOf(HazardRefusedException.class);
    }

    @Test
    void anAuxiliaryMayRecordEverythingButMayNotVerifyOrReopen() {
        Hazard hazard = rectified(AUXILIARY);
        assertThatThrownBy(() -> hazard.verify(AUXILIARY, null, NOW)).isInstanceOfSatisfying(
                HazardRefusedException.class, e -> assertThat(e.messageKey()).isEqualTo("hazard.refused.auxiliary"));
        assertThatThrownBy(() -> rectified(OFFICER).verify(AUXILIARY, null, NOW))
                .isInstanceOf(HazardRefusedException.class).isInstanceOf(NotAllowedException.class);
        assertThatThrownBy(() -> rectified(OFFICER).reopen(AUXILIARY, "x", TODAY.plusDays(2), NOW, ZONE))
                .isInstanceOf(HazardRefusedException.class);
    }

    @Test
    void verifyingIsRefusedInEveryStateButRectified() {
        refusedIn(h -> h.verify(OTHER_OFFICER, null, NOW), found(), notified(), verified(), reopened());
    }

    @Test
    void aFailedReinspectionReopensWithANewDeadlineAndWhy() {
        Hazard hazard = rectified(OFFICER);
        HazardMoved event = hazard.reopen(OTHER_OFFICER, "仍有杂物", TODAY.plusDays(5), NOW, ZONE);
        assertThat(hazard.getState()).isEqualTo(HazardState.REOPENED);
        assertThat(hazard.view().noticeDeadline()).isEqualTo(TODAY.plusDays(5));
        assertThat(hazard.view().reopenCount()).isEqualTo(1);
        assertThat(hazard.getDueAt()).isEqualTo(Hazard.endOf(TODAY.plusDays(5), ZONE));
        assertThat(event.to()).isEqualTo(HazardState.REOPENED);
        assertThatThrownBy(() -> rectified(OFFICER).reopen(OTHER_OFFICER, " ", TODAY.plusDays(5), NOW, ZONE))
                .isInstanceOf(RejectedInput.class);
        assertThatThrownBy(() -> rectified(OFFICER).reopen(OTHER_OFFICER, "x", TODAY, NOW, ZONE))
                .isInstanceOf(RejectedInput.class);
    }

    @Test
    void reopeningIsRefusedInEveryStateButRectified() {
        refusedIn(h -> h.reopen(OTHER_OFFICER, "x", TODAY.plusDays(3), NOW, ZONE), found(), notified(), verified(),
                reopened());
    }

    @Test
    void aVerifiedHazardCannotBeEditedOrHandedOver() {
        assertThatThrownBy(() -> verified().change(data(NOW), 11L, NOW, NOTIFY))
                .isInstanceOfSatisfying(HazardRefusedException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("hazard.refused.closed"));
        assertThatThrownBy(() -> verified().handOver(12L, "张伟 → 李强", NOW)).isInstanceOf(HazardRefusedException.class);
    }

    @Test
    void aHandoverChangesTheOwnerAndIsOnTheTimelineWithoutChangingTheState() {
        Hazard hazard = notified();
        hazard.handOver(12L, "张伟 → 李强", NOW);
        assertThat(hazard.getOwnerPersonId()).isEqualTo(12L);
        assertThat(hazard.getState()).isEqualTo(HazardState.NOTIFIED);
        assertThat(hazard.steps()).last().satisfies(s -> {
            assertThat(s.view().action()).isEqualTo(HazardAction.HANDED_OVER);
            assertThat(s.view().note()).isEqualTo("张伟 → 李强");
        });
    }

    @Test
    void dueColourIsOnTimeUntilTheDueMomentThenYellowThenRedAfterTheGrace() {
        Instant due = NOW;
        Duration grace = Duration.ofDays(3);
        assertThat(HazardDirectory.due(null, NOW, grace)).isEqualTo(CaseDue.ON_TIME);
        assertThat(HazardDirectory.due(due, NOW.minusSeconds(1), grace)).isEqualTo(CaseDue.ON_TIME);
        assertThat(HazardDirectory.due(due, NOW, grace)).isEqualTo(CaseDue.ON_TIME);
        assertThat(HazardDirectory.due(due, NOW.plusSeconds(1), grace)).isEqualTo(CaseDue.OVERDUE);
        assertThat(HazardDirectory.due(due, NOW.plus(grace), grace)).isEqualTo(CaseDue.OVERDUE);
        assertThat(HazardDirectory.due(due, NOW.plus(grace).plusSeconds(1), grace)).isEqualTo(CaseDue.RED);
    }

    private static void refusedIn(Consumer<Hazard> move, Hazard... hazards) {
        for (Hazard hazard : hazards) {
            HazardState before = hazard.getState();
            int steps = hazard.steps().size();
            assertThatThrownBy(() -> move.accept(hazard)).as("in " + before)
                    .isInstanceOfSatisfying(HazardRefusedException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("hazard.refused.state");
                        assertThat(e.args()).containsExactly(before.labelKey());
                    });
            assertThat(hazard.getState()).isEqualTo(before);
            assertThat(hazard.steps()).hasSize(steps);
        }
    }
}
