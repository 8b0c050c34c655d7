package org.gridwatch.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.FindingFollowedUp;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.shared.RejectedInput;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.gridwatch.shared.web.StaleEditException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class PatrolManagementTests {

    @Autowired JdbcClient jdbc;
    @Autowired AccountManagement accounts;
    @Autowired UserDetailsService users;
    @Autowired PeopleManagement people;
    @Autowired DutyManagement duty;
    @Autowired PartnerManagement partners;
    @Autowired PatrolManagement management;
    @Autowired PatrolDirectory patrols;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired ApplicationEvents events;

    PatrolFixture f;
    AreaScope stationA;
    AreaScope stationB;

    @BeforeEach
    void territory() {
        f = new PatrolFixture(jdbc, accounts, users, people, duty, partners);
        stationA = scope(f.t.stationA);
        stationB = scope(f.t.stationB);
    }

    AreaScope scope(long areaId) {
        return new AreaScope(jdbc.sql("select path from area where id = ?").param(areaId).query(String.class).single());
    }

    @Test
    void aJointPatrolKeepsItsGridsPeoplePartnerTeamAndFindingsAndPublishesOneFieldRecord() {
        PatrolView patrol = management.log(f.jointA("夜间联合巡查"), List.of(), PatrolFixture.recorder(), stationA);

        assertThat(patrol.gridIds()).containsExactly(f.t.gridA1, f.t.gridA2);
        assertThat(patrol.personIds()).containsExactly(f.officerA, f.auxiliaryA);
        assertThat(patrol.partnerTeams()).singleElement().satisfies(team -> {
            assertThat(team.unitName()).isEqualTo(f.unitA.name());
            assertThat(team.teamName()).isEqualTo("安保巡防队");
            assertThat(team.members()).containsExactly("周队员");
        });
        assertThat(patrol.participantCount()).isEqualTo(3);
        assertThat(patrol.findings()).extracting(PatrolView.FindingView::number).containsExactly(1, 2);
        assertThat(patrol.durationMinutes()).isEqualTo(120);

        List<FieldRecordSaved> saved = events.stream(FieldRecordSaved.class)
                .filter(e -> e.recordId() == patrol.id()).toList();
        assertThat(saved).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo(RecordKind.PATROL);
            assertThat(e.gridIds()).containsExactly(f.t.gridA1, f.t.gridA2);
            assertThat(e.endedAt()).isEqualTo(patrol.endedAt());
            assertThat(e.subkindKey()).isEqualTo("patrol.kind.JOINT");
            assertThat(e.summary()).isEqualTo("夜间联合巡查");
            assertThat(e.personIds()).containsExactly(f.officerA, f.auxiliaryA);
            assertThat(e.lat()).isEqualTo(43.85);
        });
    }

    @Test
    void aChangePublishesAgainWithTheFirstFindingAsSummaryWhenThereAreNoNotes() {
        PatrolView patrol = management.log(f.jointA(null), List.of(), PatrolFixture.recorder(), stationA);
        PatrolData data = f.jointA("");
        management.change(patrol.id(), patrol.version(), data, List.of(), null, stationA);
        assertThat(events.stream(FieldRecordSaved.class).filter(e -> e.recordId() == patrol.id()))
                .hasSize(2).allSatisfy(e -> assertThat(e.summary()).isEqualTo("消防通道被堵"));
    }

    @Test
    void aJointPatrolNeedsAPartnerTeamAndOnlyJointPatrolsHaveThem() {
        PatrolData joint = f.jointA(null);
        assertRejected(() -> management.log(with(joint, PatrolKind.JOINT, List.of(), List.of()), List.of(),
                PatrolFixture.recorder(), stationA), "partnerTeamIds", "patrol.partners.required");
        assertRejected(() -> management.log(with(joint, PatrolKind.ROUTINE, joint.partnerTeamIds(),
                joint.partnerMembers()), List.of(), PatrolFixture.recorder(), stationA), "partnerTeamIds",
                "patrol.partners.jointOnly");
    }

    @Test
    void partnerTeamsMustServeTheScopeAndMembersBelongToTheirTeam() {
        PatrolData joint = f.jointA(null);
        assertRejected(() -> management.log(with(joint, PatrolKind.JOINT, List.of(f.teamB.id()), List.of()),
                List.of(), PatrolFixture.recorder(), stationA), "partnerTeamIds", "patrol.partners.invalid");
        assertRejected(() -> management.log(with(joint, PatrolKind.JOINT, List.of(f.teamA.id()),
                List.of(new PatrolData.PartnerMember(f.teamA.id(), "冒名者"))), List.of(), PatrolFixture.recorder(),
                stationA), "partnerTeamIds", "patrol.partners.invalid");
        assertRejected(() -> management.log(with(joint, PatrolKind.JOINT, List.of(f.teamA.id()),
                List.of(new PatrolData.PartnerMember(f.teamB.id(), "郑队员"))), List.of(), PatrolFixture.recorder(),
                stationA), "partnerTeamIds", "patrol.partners.invalid");
    }

    @Test
    void aCommunityScopedOfficerIsOfferedThePartnerTeamsCoveringTheirGrids() {
        // unit A's home is station A, and it covers grid A1 in community A
        assertThat(partnersServing(scope(f.t.communityA))).contains(f.unitA.id()).doesNotContain(f.unitB.id());
        assertThat(partnersServing(stationB)).contains(f.unitB.id()).doesNotContain(f.unitA.id());
    }

    private List<Long> partnersServing(AreaScope scope) {
        return partnerDirectory.serving(scope).stream().map(u -> u.id()).toList();
    }

    @Autowired org.gridwatch.place.PartnerDirectory partnerDirectory;

    @Test
    void timesMustMakeAPatrolThatHasEnded() {
        PatrolData routine = f.routineA(null);
        Instant start = routine.startedAt();
        assertRejected(() -> log(times(routine, start, start)), "endedAt", "patrol.endedAt.notAfterStart");
        assertRejected(() -> log(times(routine, start, start.minusSeconds(60))), "endedAt",
                "patrol.endedAt.notAfterStart");
        Instant soon = Instant.now().plus(Duration.ofHours(2));
        assertRejected(() -> log(times(routine, soon.minus(Duration.ofHours(1)), soon)), "endedAt",
                "patrol.time.future");
        assertRejected(() -> log(times(routine, start.minus(Duration.ofHours(30)), start)), "endedAt",
                "patrol.duration.tooLong");
        assertRejected(() -> log(times(routine, Instant.parse("1999-12-31T10:00:00Z"),
                Instant.parse("1999-12-31T11:00:00Z"))), "startedAt", "patrol.time.tooOld");
        // a phone a few minutes fast is tolerated
        Instant fast = Instant.now().plus(Duration.ofMinutes(5));
        assertThat(log(times(routine, fast.minus(Duration.ofHours(1)), fast)).id()).isPositive();
    }

    @Test
    void gridsAndPeopleMustBeOfTheScope() {
        PatrolData routine = f.routineA(null);
        assertRejected(() -> log(new PatrolData(PatrolKind.ROUTINE, routine.startedAt(), routine.endedAt(),
                List.of(f.t.gridB1), List.of(f.officerA), null, null, null, null, null, null, null)), "gridId",
                "patrol.grid.invalid");
        assertRejected(() -> log(new PatrolData(PatrolKind.ROUTINE, routine.startedAt(), routine.endedAt(),
                List.of(f.t.gridA1, f.t.gridB1), List.of(f.officerA), null, null, null, null, null, null, null)),
                "otherGridIds", "patrol.grid.invalid");
        assertRejected(() -> log(new PatrolData(PatrolKind.ROUTINE, routine.startedAt(), routine.endedAt(),
                List.of(f.t.communityA), List.of(f.officerA), null, null, null, null, null, null, null)), "gridId",
                "patrol.grid.invalid");
        assertRejected(() -> log(new PatrolData(PatrolKind.ROUTINE, routine.startedAt(), routine.endedAt(),
                List.of(f.t.gridA1), List.of(f.officerB), null, null, null, null, null, null, null)), "personIds",
                "patrol.people.invalid");
        assertRejected(() -> log(new PatrolData(PatrolKind.ROUTINE, routine.startedAt(), routine.endedAt(),
                List.of(f.t.gridA1), List.of(), null, null, null, null, null, null, null)), "personIds",
                "patrol.people.required");
    }

    @Test
    void findingsKeepTheirNumbersAndANumberIsNeverGivenTwice() {
        PatrolView patrol = log(f.jointA(null));
        // finding 2 removed, finding 1 rewritten, one new
        PatrolView changed = management.change(patrol.id(), patrol.version(), findings(f.jointA(null),
                new PatrolData.FindingEntry(1, "消防通道被堵，已通知物业"), new PatrolData.FindingEntry(2, " "),
                new PatrolData.FindingEntry(null, "发现可疑车辆")), List.of(), null, stationA);
        assertThat(changed.findings()).extracting(PatrolView.FindingView::number, PatrolView.FindingView::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "消防通道被堵，已通知物业"),
                        org.assertj.core.groups.Tuple.tuple(3, "发现可疑车辆"));
        PatrolView again = management.change(patrol.id(), changed.version(), findings(f.jointA(null),
                new PatrolData.FindingEntry(1, "消防通道被堵，已通知物业"), new PatrolData.FindingEntry(3, "发现可疑车辆"),
                new PatrolData.FindingEntry(null, "第四个")), List.of(), null, stationA);
        assertThat(again.findings()).extracting(PatrolView.FindingView::number).containsExactly(1, 3, 4);
    }

    @Test
    void aFindingFollowedUpRemembersWhatItBecameWithoutMakingOpenEditsStale() {
        PatrolView patrol = log(f.jointA(null));
        transactions.executeWithoutResult(s -> publisher.publishEvent(new FindingFollowedUp(
                new Origin(RecordKind.PATROL, patrol.id(), 2), RecordKind.HAZARD, 77)));
        // a second follow-up of the same finding, one of another patrol's finding, and a visit's origin: ignored
        transactions.executeWithoutResult(s -> publisher.publishEvent(new FindingFollowedUp(
                new Origin(RecordKind.PATROL, patrol.id(), 2), RecordKind.TIP, 78)));
        transactions.executeWithoutResult(s -> publisher.publishEvent(new FindingFollowedUp(
                new Origin(RecordKind.PATROL, patrol.id(), 9), RecordKind.TIP, 79)));
        transactions.executeWithoutResult(s -> publisher.publishEvent(new FindingFollowedUp(
                new Origin(RecordKind.VISIT, patrol.id(), null), RecordKind.TIP, 80)));

        PatrolView now = patrols.get(patrol.id(), stationA);
        assertThat(now.findings().get(1).followedUpKind()).isEqualTo(RecordKind.HAZARD);
        assertThat(now.findings().get(1).followedUpPath()).isEqualTo("/hazards/77");
        assertThat(now.findings().get(0).followedUp()).isFalse();
        assertThat(now.version()).isEqualTo(patrol.version());

        assertRejected(() -> management.change(patrol.id(), now.version(), findings(f.jointA(null),
                new PatrolData.FindingEntry(1, "消防通道被堵")), List.of(), null, stationA), "findings",
                "patrol.finding.followedUp");
        PatrolView kept = management.change(patrol.id(), now.version(), findings(f.jointA(null),
                new PatrolData.FindingEntry(2, "路灯损坏（已报修）")), List.of(), null, stationA);
        assertThat(kept.findings()).singleElement().satisfies(x -> {
            assertThat(x.number()).isEqualTo(2);
            assertThat(x.followedUpId()).isEqualTo(77L);
        });
    }

    @Test
    void aStaleVersionIsRefusedAndAPatrolOutsideTheScopeIsNotFound() {
        PatrolView patrol = log(f.routineA("一"));
        management.change(patrol.id(), patrol.version(), f.routineA("二"), List.of(), null, stationA);
        assertThatThrownBy(() -> management.change(patrol.id(), patrol.version(), f.routineA("三"), List.of(), null,
                stationA)).isInstanceOf(StaleEditException.class);
        assertThatThrownBy(() -> management.change(patrol.id(), patrol.version() + 1, f.routineA("三"), List.of(),
                null, stationB)).isInstanceOf(RecordNotFoundException.class);
        assertThat(patrols.find(patrol.id(), stationB)).isEmpty();
        assertThat(patrols.get(patrol.id(), stationA).notes()).isEqualTo("二");
        assertThat(patrols.history(patrol.id(), stationA)).hasSize(2);
    }

    @Test
    void theListFiltersByCoveredAreaDatesPersonKindAndCampaignAndSortsByDuration() {
        PatrolView joint = log(f.jointA(null));
        PatrolData routine = f.routineA(null);
        PatrolView routineA1 = log(new PatrolData(PatrolKind.ROUTINE, routine.startedAt(), routine.endedAt(),
                List.of(f.t.gridA1), List.of(f.auxiliaryA), null, null, null, null, null, 42L, null));
        AreaScope all = AreaScope.everything();
        // the joint patrol covers A2 besides its home grid A1
        assertThat(ids(new RecordFilter(f.t.gridA2, null, null, null, null), null, stationA))
                .containsExactly(joint.id());
        assertThat(ids(new RecordFilter(f.t.communityA, null, null, f.auxiliaryA, null), null, stationA))
                .containsExactly(joint.id(), routineA1.id());
        assertThat(ids(new RecordFilter(f.t.communityA, null, null, f.officerA, null), null, stationA))
                .containsExactly(joint.id());
        assertThat(ids(new RecordFilter(f.t.communityA, null, null, null, 42L), null, stationA))
                .containsExactly(routineA1.id());
        assertThat(ids(new RecordFilter(f.t.communityA, null, null, null, null), PatrolKind.JOINT, stationA))
                .containsExactly(joint.id());
        LocalDate yesterday = LocalDate.now(RecordFilter.ZONE).minusDays(2);
        assertThat(ids(new RecordFilter(f.t.communityA, yesterday, yesterday, null, null), null, stationA))
                .isEmpty();
        assertThat(ids(new RecordFilter(null, null, null, null, null), null, stationB))
                .doesNotContain(joint.id(), routineA1.id());
        assertThat(patrols.search(new PatrolSearch(new RecordFilter(f.t.communityA, null, null, null, null), null,
                "duration"), all, PageRequest.of(0, 10)).getContent())
                .extracting(PatrolRow::id).containsExactly(routineA1.id(), joint.id());
        assertThat(patrols.search(new PatrolSearch(new RecordFilter(f.t.communityA, null, null, null, null), null,
                null), all, PageRequest.of(0, 10)).getContent())
                .extracting(PatrolRow::id).containsExactly(joint.id(), routineA1.id());
        PatrolRow row = patrols.search(new PatrolSearch(new RecordFilter(f.t.gridA2, null, null, null, null), null,
                null), stationA, PageRequest.of(0, 10)).getContent().get(0);
        assertThat(row.gridCount()).isEqualTo(2);
        assertThat(row.participantCount()).isEqualTo(3);
        assertThat(row.findingCount()).isEqualTo(2);
        assertThatThrownBy(() -> patrols.search(new PatrolSearch(new RecordFilter(f.t.gridB1, null, null, null,
                null), null, null), stationA, PageRequest.of(0, 10))).isInstanceOf(RecordNotFoundException.class);
    }

    private List<Long> ids(RecordFilter filter, PatrolKind kind, AreaScope scope) {
        return patrols.search(new PatrolSearch(filter, kind, null), scope, PageRequest.of(0, 50)).getContent()
                .stream().map(PatrolRow::id).toList();
    }

    private PatrolView log(PatrolData data) {
        return management.log(data, List.of(), PatrolFixture.recorder(), stationA);
    }

    private static PatrolData with(PatrolData d, PatrolKind kind, List<Long> teams,
            List<PatrolData.PartnerMember> members) {
        return new PatrolData(kind, d.startedAt(), d.endedAt(), d.gridIds(), d.personIds(), teams, members, d.notes(),
                d.latitude(), d.longitude(), d.campaignId(), d.findings());
    }

    private static PatrolData times(PatrolData d, Instant start, Instant end) {
        return new PatrolData(d.kind(), start, end, d.gridIds(), d.personIds(), d.partnerTeamIds(),
                d.partnerMembers(), d.notes(), d.latitude(), d.longitude(), d.campaignId(), d.findings());
    }

    private static PatrolData findings(PatrolData d, PatrolData.FindingEntry... entries) {
        return new PatrolData(d.kind(), d.startedAt(), d.endedAt(), d.gridIds(), d.personIds(), d.partnerTeamIds(),
                d.partnerMembers(), d.notes(), d.latitude(), d.longitude(), d.campaignId(), List.of(entries));
    }

    private static void assertRejected(Runnable action, String field, String key) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RejectedInput.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(key);
        });
    }
}
