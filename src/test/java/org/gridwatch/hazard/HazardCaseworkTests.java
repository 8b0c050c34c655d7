package org.gridwatch.hazard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.duty.NewAssignment;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FindingFollowedUp;
import org.gridwatch.fieldwork.OpenCase;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;

/**
 * The hazard facades on the real database: events of every write, due levels computed in SQL against a clock
 * the test moves, a person's open cases and the overdue list, and the handover of open hazards to a successor.
 */
@IntegrationTest
class HazardCaseworkTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** 2026-07-01 09:00 in Changchun. */
    static final Instant START = Instant.parse("2026-07-01T01:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 7, 1);

    @Autowired HazardManagement management;
    @Autowired HazardDirectory directory;
    @Autowired DutyManagement duty;
    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired TestClock clock;
    @Autowired ApplicationEvents events;

    HazardFixtures f;
    HazardActor officer;
    HazardActor otherOfficer;

    @BeforeEach
    void setUp() {
        clock.set(START);
        f = new HazardFixtures(jdbc, accounts, users);
        officer = management.actor(f.officerA);
        otherOfficer = management.actor(f.otherOfficerA);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void recordingPublishesTheMoveTheTimelineEventAndTheFollowUpOfItsOrigin() {
        Origin origin = Origin.parse("PATROL-12-3").orElseThrow();
        HazardData data = f.hazard(f.t.gridA1, "消防通道堵塞", START.minusSeconds(600));
        long id = management.create(new HazardData(data.gridId(), null, 43.88, 125.32, data.category(),
                data.severity(), data.description(), data.foundBy(), data.foundAt(), data.responsibleUnit(),
                data.responsiblePerson(), data.responsiblePhone(), origin), HazardFixtures.photos("before.png"),
                officer, f.stationAScope);

        assertThat(events.stream(HazardMoved.class).filter(e -> e.hazardId() == id))
                .containsExactly(new HazardMoved(id, f.t.gridA1, null, HazardState.FOUND, START, f.officerAPerson,
                        START.minusSeconds(600).plus(Duration.ofDays(1))));
        assertThat(events.stream(FieldRecordSaved.class).filter(e -> e.recordId() == id)).singleElement()
                .satisfies(e -> {
                    assertThat(e.kind()).isEqualTo(RecordKind.HAZARD);
                    assertThat(e.gridIds()).containsExactly(f.t.gridA1);
                    assertThat(e.subkindKey()).isEqualTo("hazard.category.FIRE");
                    assertThat(e.personIds()).containsExactly(f.officerAPerson);
                    assertThat(e.summary()).contains("消防通道堵塞");
                    assertThat(e.lat()).isEqualTo(43.88);
                });
        assertThat(events.stream(FindingFollowedUp.class))
                .containsExactly(new FindingFollowedUp(origin, RecordKind.HAZARD, id));
        HazardDetails details = directory.get(id, f.stationAScope);
        assertThat(details.origin()).isEqualTo(origin);
        assertThat(details.before()).hasSize(1);
        assertThat(details.ownerName()).startsWith("张伟");
    }

    @Test
    void everyTransitionPublishesItsMoveAndATimelineEvent() {
        long id = found("全流程");
        management.notifyResponsible(id, version(id), TODAY.plusDays(7), "清理通道", officer, f.stationAScope);
        management.rectify(id, version(id), "已清理", HazardFixtures.photos("after.png"), officer, f.stationAScope);
        management.reopen(id, version(id), "仍有杂物", TODAY.plusDays(9), otherOfficer, f.stationAScope);
        management.rectify(id, version(id), "再次清理", HazardFixtures.photos("after2.png"), officer, f.stationAScope);
        management.verify(id, version(id), "复核到位", otherOfficer, f.stationAScope);

        assertThat(events.stream(HazardMoved.class).filter(e -> e.hazardId() == id).map(HazardMoved::to))
                .containsExactly(HazardState.FOUND, HazardState.NOTIFIED, HazardState.RECTIFIED, HazardState.REOPENED,
                        HazardState.RECTIFIED, HazardState.VERIFIED);
        assertThat(events.stream(FieldRecordSaved.class).filter(e -> e.recordId() == id)).hasSize(6);
        HazardDetails details = directory.get(id, f.stationAScope);
        assertThat(details.steps()).extracting(HazardStepView::action).containsExactly(HazardAction.RECORDED,
                HazardAction.NOTIFIED, HazardAction.RECTIFIED, HazardAction.REOPENED, HazardAction.RECTIFIED,
                HazardAction.VERIFIED);
        assertThat(details.after()).hasSize(2);
        assertThat(details.hazard().dueAt()).isNull();
        assertThat(directory.history(id, f.stationAScope)).hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void aStaleVersionOrAHazardOutsideTheScopeIsRefusedBeforeAnythingChanges() {
        long id = found("过期版本");
        long stale = version(id);
        management.notifyResponsible(id, stale, TODAY.plusDays(7), "清理通道", officer, f.stationAScope);
        assertThatThrownBy(() -> management.notifyResponsible(id, stale, TODAY.plusDays(7), "再次", officer,
                f.stationAScope)).isInstanceOf(StaleEditException.class);
        AreaScope stationB = new AreaScope(jdbc.sql("select path from area where id = ?").param(f.t.stationB)
                .query(String.class).single());
        assertThatThrownBy(() -> management.rectify(id, version(id), "x", HazardFixtures.photos("a.png"),
                management.actor(f.officerB), stationB)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> directory.get(id, stationB)).isInstanceOf(RecordNotFoundException.class);
        assertThat(directory.get(id, f.stationAScope).hazard().state()).isEqualTo(HazardState.NOTIFIED);
    }

    @Test
    void theDueLevelTurnsYellowWhenPastDueAndRedAfterTheGraceInListsAndTheOverdueList() {
        long early = found("先到期");
        management.notifyResponsible(early, version(early), TODAY.plusDays(2), "清理通道", officer, f.stationAScope);
        long later = found("后到期");
        management.notifyResponsible(later, version(later), TODAY.plusDays(5), "清理通道", officer, f.stationAScope);
        long verified = found("已销号");
        management.notifyResponsible(verified, version(verified), TODAY.plusDays(1), "x", officer, f.stationAScope);
        management.rectify(verified, version(verified), "ok", HazardFixtures.photos("a.png"), officer,
                f.stationAScope);
        management.verify(verified, version(verified), null, otherOfficer, f.stationAScope);

        assertThat(levels()).containsEntry(early, CaseDue.ON_TIME).containsEntry(later, CaseDue.ON_TIME);
        assertThat(directory.overdue(f.stationAScope, PageRequest.of(0, 50)).getContent())
                .extracting(OpenCase::id).doesNotContain(early, later, verified);

        // the end of the early deadline day (2026-07-03, Changchun) has passed: yellow
        clock.set(Instant.parse("2026-07-03T16:00:01Z"));
        assertThat(levels()).containsEntry(early, CaseDue.OVERDUE).containsEntry(later, CaseDue.ON_TIME)
                .containsEntry(verified, CaseDue.ON_TIME);
        assertThat(directory.get(early, f.stationAScope).due()).isEqualTo(CaseDue.OVERDUE);

        // three days (the grace) later the early one is red, the later one yellow
        clock.set(Instant.parse("2026-07-06T16:00:02Z"));
        assertThat(levels()).containsEntry(early, CaseDue.RED).containsEntry(later, CaseDue.OVERDUE);
        assertThat(search(new HazardSearch(null, null, null, null, null, null, false, CaseDue.RED, "found")))
                .contains(early).doesNotContain(later);
        assertThat(search(new HazardSearch(null, null, null, null, null, null, false, CaseDue.OVERDUE, "found")))
                .contains(later).doesNotContain(early);
        assertThat(search(new HazardSearch(null, null, null, null, null, null, true, null, "due")))
                .startsWith(early, later);
        List<OpenCase> overdue = directory.overdue(f.stationAScope, PageRequest.of(0, 50)).getContent();
        assertThat(overdue).extracting(OpenCase::id).containsSubsequence(early, later).doesNotContain(verified);
        assertThat(overdue).filteredOn(c -> c.id() == early).singleElement().satisfies(c -> {
            assertThat(c.due()).isEqualTo(CaseDue.RED);
            assertThat(c.kind()).isEqualTo(RecordKind.HAZARD);
            assertThat(c.path()).isEqualTo("/hazards/" + early);
            assertThat(c.stateKey()).isEqualTo("hazard.state.NOTIFIED");
            assertThat(c.title()).contains("先到期");
        });
    }

    @Test
    void aPersonsOpenCasesAreOrderedByDueAndLeaveOutVerifiedOnesAndOtherScopes() {
        long second = found("第二");
        management.notifyResponsible(second, version(second), TODAY.plusDays(6), "x", officer, f.stationAScope);
        long first = found("第一");
        management.notifyResponsible(first, version(first), TODAY.plusDays(2), "x", officer, f.stationAScope);
        long stillFound = found("刚发现");
        long closed = found("已销号");
        management.notifyResponsible(closed, version(closed), TODAY.plusDays(1), "x", officer, f.stationAScope);
        management.rectify(closed, version(closed), "ok", HazardFixtures.photos("a.png"), officer, f.stationAScope);
        management.verify(closed, version(closed), null, otherOfficer, f.stationAScope);

        assertThat(directory.openCasesOf(f.officerAPerson, f.stationAScope)).extracting(OpenCase::id)
                .containsExactly(stillFound, first, second);
        AreaScope stationB = new AreaScope(jdbc.sql("select path from area where id = ?").param(f.t.stationB)
                .query(String.class).single());
        assertThat(directory.openCasesOf(f.officerAPerson, stationB)).isEmpty();
    }

    @Test
    void aDutyHandoverPassesTheLeaversOpenHazardsToTheSuccessorAndTheTimelineSaysSo() {
        duty.assign(new NewAssignment(f.t.gridA1, f.officerAPerson, DutyRole.RESPONSIBLE_OFFICER,
                TODAY.minusDays(30), null, null), f.stationAScope);
        long open = found("未办结");
        management.notifyResponsible(open, version(open), TODAY.plusDays(3), "x", officer, f.stationAScope);
        long closed = found("已办结");
        management.notifyResponsible(closed, version(closed), TODAY.plusDays(1), "x", officer, f.stationAScope);
        management.rectify(closed, version(closed), "ok", HazardFixtures.photos("a.png"), officer, f.stationAScope);
        management.verify(closed, version(closed), null, otherOfficer, f.stationAScope);

        duty.handOver(f.officerAPerson, f.otherOfficerAPerson, TODAY.plusDays(1), null, f.stationAScope);

        HazardDetails moved = directory.get(open, f.stationAScope);
        assertThat(moved.hazard().ownerPersonId()).isEqualTo(f.otherOfficerAPerson);
        assertThat(moved.hazard().state()).isEqualTo(HazardState.NOTIFIED);
        assertThat(moved.steps()).last().satisfies(step -> {
            assertThat(step.action()).isEqualTo(HazardAction.HANDED_OVER);
            assertThat(step.note()).contains("张伟").contains("李强").contains("→");
        });
        assertThat(directory.history(open, f.stationAScope).get(0).changes())
                .anySatisfy(c -> assertThat(c.field()).isEqualTo("ownerPersonId"));
        assertThat(directory.get(closed, f.stationAScope).hazard().ownerPersonId()).isEqualTo(f.officerAPerson);
        assertThat(directory.openCasesOf(f.otherOfficerAPerson, f.stationAScope)).extracting(OpenCase::id)
                .containsExactly(open);
        assertThat(directory.openCasesOf(f.officerAPerson, f.stationAScope)).isEmpty();
        assertThat(events.stream(FieldRecordSaved.class).filter(e -> e.recordId() == open).reduce((a, b) -> b)
                .orElseThrow().personIds()).containsExactly(f.otherOfficerAPerson);
    }

    @Test
    void aGridOutsideTheScopeAPlaceOfAnotherGridOrAFutureFindingAreRefusedForTheirField() {
        HazardData outside = f.hazard(f.t.gridB1, "外所", START);
        assertThatThrownBy(() -> management.create(outside, List.of(), officer, f.stationAScope))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("gridId"));
        HazardData future = f.hazard(f.t.gridA1, "未来", START.plus(Duration.ofHours(1)));
        assertThatThrownBy(() -> management.create(future, List.of(), officer, f.stationAScope))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("foundAt"));
    }

    private long found(String description) {
        return management.create(f.hazard(f.t.gridA1, description + f.t.suffix, clock.instant().minusSeconds(60)),
                List.of(), officer, f.stationAScope);
    }

    private long version(long id) {
        return directory.view(id, f.stationAScope).version();
    }

    private java.util.Map<Long, CaseDue> levels() {
        java.util.Map<Long, CaseDue> levels = new java.util.HashMap<>();
        directory.search(new HazardSearch(null, null, null, null, null, null, false, null, "found"),
                f.stationAScope.pathPrefix(), PageRequest.of(0, 100)).forEach(r -> levels.put(r.id(), r.due()));
        return levels;
    }

    private List<Long> search(HazardSearch search) {
        return directory.search(search, f.stationAScope.pathPrefix(), PageRequest.of(0, 100)).getContent().stream()
                .map(HazardRow::id).toList();
    }
}
