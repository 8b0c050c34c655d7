package org.gridwatch.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.partybuilding.PartyFixtures;
import org.gridwatch.people.PersonKind;
import org.gridwatch.place.PartnerData;
import org.gridwatch.place.PartnerKind;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PartnerView;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.NotAllowedException;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

@IntegrationTest
class MeetingRulesTests {

    /** 12:00 in Changchun on 2026-08-15. */
    static final Instant NOON = Instant.parse("2026-08-15T04:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 8, 15);

    @Autowired JdbcClient jdbc;
    @Autowired MeetingManagement meetings;
    @Autowired MeetingDirectory directory;
    @Autowired PartnerManagement partners;
    @Autowired TestClock clock;

    TestTerritory t;
    AreaScope scopeStationA;
    AreaScope scopeCommunityA;
    AreaScope scopeStationB;
    long officerA;
    long officerB;
    PartnerView hospitalA;

    @BeforeEach
    void territory() {
        clock.set(NOON);
        t = TestTerritory.create(jdbc);
        scopeStationA = scope(t.stationA);
        scopeCommunityA = scope(t.communityA);
        scopeStationB = scope(t.stationB);
        officerA = PartyFixtures.person(jdbc, PersonKind.OFFICER, "甲民警" + t.suffix, t.communityA);
        officerB = PartyFixtures.person(jdbc, PersonKind.OFFICER, "乙民警" + t.suffix, t.communityB);
        hospitalA = partners.create(new PartnerData("医院" + t.suffix, PartnerKind.HOSPITAL, null, null, t.stationA,
                Set.of(t.gridA1)), AreaScope.everything());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    AreaScope scope(long areaId) {
        return new AreaScope(jdbc.sql("select path from area where id = ?").param(areaId).query(String.class).single());
    }

    MeetingData meeting(String title, long areaId) {
        return new MeetingData(MeetingKind.JOINT_MEETING, title + t.suffix, TODAY, areaId, null, Set.of(officerA),
                Set.of(hospitalA.id()), "议定：加强联防");
    }

    @Test
    void anActionItemHasExactlyOneOwnerAPersonOrAPartnerUnit() {
        ActionItemData both = new ActionItemData("两个责任人", officerA, hospitalA.id(), TODAY.plusDays(3));
        ActionItemData neither = new ActionItemData("没有责任人", null, null, TODAY.plusDays(3));
        ActionItemData fine = new ActionItemData("好的", officerA, null, TODAY.plusDays(3));
        assertThatThrownBy(() -> meetings.createMeeting(meeting("联席会", t.stationA), List.of(fine, both), null,
                scopeStationA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> {
                    assertThat(e.field()).isEqualTo("items[1].owner");
                    assertThat(e.messageKey()).isEqualTo("meeting.owner.both");
                });
        assertThatThrownBy(() -> meetings.createMeeting(meeting("联席会", t.stationA), List.of(neither), null,
                scopeStationA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.owner.required"));
        assertThat(jdbc.sql("select count(*) from joint_meeting where title = ?").param("联席会" + t.suffix)
                .query(Long.class).single()).isZero();

        MeetingView created = meetings.createMeeting(meeting("联席会", t.stationA), List.of(fine,
                new ActionItemData("医院落实", null, hospitalA.id(), TODAY.plusDays(5))), null, scopeStationA);
        List<ActionItemView> items = directory.itemsOf(created.id(), scopeStationA);
        assertThat(items).extracting(ActionItemView::ownerName).containsExactly("甲民警" + t.suffix, "医院" + t.suffix);
        assertThat(items.get(1).ownedByUnit()).isTrue();
        // an owner outside the scope is refused, and the database refuses two owners whatever writes the row
        assertThatThrownBy(() -> meetings.addItem(created.id(), new ActionItemData("越权", officerB, null,
                TODAY.plusDays(1)), scopeStationA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.messageKey()).isEqualTo("meeting.owner.outsideScope"));
        assertThatThrownBy(() -> jdbc.sql("update action_item set owner_partner_unit_id = ? where id = ?")
                .params(hospitalA.id(), items.get(0).id()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void anOpenItemTurnsOverdueWhenTheClockPassesItsDueDay() {
        MeetingView m = meetings.createMeeting(meeting("推进会", t.stationA), List.of(
                new ActionItemData("明天到期", officerA, null, TODAY.plusDays(1)),
                new ActionItemData("下周到期", officerA, null, TODAY.plusDays(7))), null, scopeStationA);
        assertThat(directory.openItemsOf(officerA, scopeCommunityA)).extracting(ActionItemView::text, ActionItemView::overdue)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("明天到期", false),
                        org.assertj.core.groups.Tuple.tuple("下周到期", false));
        assertThat(mine(directory.overdue(scopeStationA, PageRequest.of(0, 100)).getContent())).isEmpty();

        clock.advance(Duration.ofDays(1));
        assertThat(directory.openItemsOf(officerA, scopeCommunityA).get(0).overdue()).isFalse();

        clock.advance(Duration.ofDays(1));
        List<ActionItemView> open = directory.openItemsOf(officerA, scopeCommunityA);
        assertThat(open).extracting(ActionItemView::text, ActionItemView::overdue, ActionItemView::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("明天到期", true, "OVERDUE"),
                        org.assertj.core.groups.Tuple.tuple("下周到期", false, "OPEN"));
        assertThat(mine(directory.overdue(scopeStationA, PageRequest.of(0, 100)).getContent()))
                .extracting(ActionItemView::text).containsExactly("明天到期");
        assertThat(mine(directory.items(new ActionItemFilter(null, true, null, t.communityA, "due"), scopeStationA,
                PageRequest.of(0, 100)).getContent())).hasSize(1);
        assertThat(directory.meetings(t.stationA, null, null, null, scopeStationA, PageRequest.of(0, 100)).getContent())
                .filteredOn(r -> r.id() == m.id()).singleElement()
                .satisfies(r -> {
                    assertThat(r.items()).isEqualTo(2);
                    assertThat(r.overdue()).isEqualTo(1);
                });
        // closed, it is no longer overdue even though its day has passed
        ActionItemView late = open.get(0);
        meetings.closeItem(late.id(), late.version(), "已补办", new ActionCloser(1, officerA, false), scopeCommunityA);
        assertThat(mine(directory.overdue(scopeStationA, PageRequest.of(0, 100)).getContent())).isEmpty();
        assertThat(directory.item(late.id(), scopeStationA).state()).isEqualTo("DONE");
    }

    @Test
    void ownersSeeTheirItemsEvenWhenTheMeetingWasConvenedAboveTheirScopeButNoOneElseOutsideDoes() {
        MeetingView m = meetings.createMeeting(meeting("派出所联席会", t.stationA), List.of(
                new ActionItemData("社区落实", officerA, null, TODAY.plusDays(3))), null, scopeStationA);
        assertThat(directory.meeting(m.id(), scopeCommunityA).title()).isEqualTo(m.title());
        assertThat(directory.openItemsOf(officerA, scopeCommunityA)).hasSize(1);
        assertThatThrownBy(() -> directory.meeting(m.id(), scopeStationB)).isInstanceOf(RecordNotFoundException.class);
        long item = directory.itemsOf(m.id(), scopeStationA).get(0).id();
        assertThatThrownBy(() -> directory.item(item, scopeStationB)).isInstanceOf(RecordNotFoundException.class);
        assertThat(directory.items(ActionItemFilter.all(), scopeStationB, PageRequest.of(0, 500)).getContent())
                .extracting(ActionItemView::id).doesNotContain(item);
        assertThat(directory.convenedWithin(m.id(), scopeCommunityA)).isFalse();
        assertThatThrownBy(() -> meetings.addItem(m.id(), new ActionItemData("x", officerA, null, TODAY), scopeCommunityA))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void onlyTheOwnerOrASupervisorClosesAndAlwaysWithANote() {
        MeetingView m = meetings.createMeeting(meeting("联席会", t.stationA), List.of(
                new ActionItemData("人员事项", officerA, null, TODAY.plusDays(3)),
                new ActionItemData("单位事项", null, hospitalA.id(), TODAY.plusDays(3))), null, scopeStationA);
        List<ActionItemView> items = directory.itemsOf(m.id(), scopeStationA);
        ActionItemView personal = items.get(0);
        ActionItemView unit = items.get(1);
        long someoneElse = PartyFixtures.person(jdbc, PersonKind.OFFICER, "别人" + t.suffix, t.communityA);
        assertThatThrownBy(() -> meetings.closeItem(personal.id(), personal.version(), "办了",
                new ActionCloser(1, someoneElse, false), scopeStationA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.closeItem(unit.id(), unit.version(), "办了",
                new ActionCloser(1, officerA, false), scopeStationA)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.closeItem(personal.id(), personal.version(), "  ",
                new ActionCloser(1, officerA, false), scopeStationA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("note"));
        ActionItemView done = meetings.closeItem(unit.id(), unit.version(), "医院已落实",
                new ActionCloser(1, null, true), scopeStationA);
        assertThat(done.status()).isEqualTo(ActionStatus.DONE);
        assertThat(done.closedNote()).isEqualTo("医院已落实");
        assertThatThrownBy(() -> meetings.closeItem(unit.id(), done.version(), "再关一次",
                new ActionCloser(1, null, true), scopeStationA)).isInstanceOf(NotAllowedException.class);
    }

    @Test
    void ofTwoClosingsRacingWithTheSameVersionOneWinsAndTheOtherFails() throws Exception {
        MeetingView m = meetings.createMeeting(meeting("联席会", t.stationA), List.of(
                new ActionItemData("抢着办", officerA, null, TODAY.plusDays(3))), null, scopeStationA);
        ActionItemView item = directory.itemsOf(m.id(), scopeStationA).get(0);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        for (String who : List.of("owner", "supervisor")) {
            results.add(pool.submit(() -> {
                start.await();
                try {
                    meetings.closeItem(item.id(), item.version(), who + " 办结", new ActionCloser(1,
                            who.equals("owner") ? officerA : null, who.equals("supervisor")), scopeStationA);
                    return who;
                } catch (RuntimeException e) {
                    failures.add(e);
                    return null;
                }
            }));
        }
        start.countDown();
        List<String> winners = new ArrayList<>();
        for (Future<String> result : results) {
            String winner = result.get();
            if (winner != null) {
                winners.add(winner);
            }
        }
        pool.shutdown();
        assertThat(winners).hasSize(1);
        assertThat(failures).hasSize(1);
        assertThat(failures.get(0)).isInstanceOfAny(NotAllowedException.class,
                org.springframework.orm.ObjectOptimisticLockingFailureException.class,
                org.gridwatch.shared.web.StaleEditException.class);
        ActionItemView closed = directory.item(item.id(), scopeStationA);
        assertThat(closed.closedNote()).isEqualTo(winners.get(0) + " 办结");
        assertThat(jdbc.sql("select count(*) from action_item_aud where id = ? and status = 'DONE'").param(item.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    private List<ActionItemView> mine(List<ActionItemView> items) {
        return items.stream().filter(i -> i.meetingTitle().endsWith(t.suffix)).toList();
    }
}
