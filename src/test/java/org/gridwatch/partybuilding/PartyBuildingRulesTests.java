package org.gridwatch.partybuilding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
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

@IntegrationTest
class PartyBuildingRulesTests {

    static final AreaScope ALL = AreaScope.everything();

    @Autowired JdbcClient jdbc;
    @Autowired PartyBuildingManagement party;
    @Autowired PartyBuildingDirectory directory;
    @Autowired PartnerManagement partners;
    @Autowired TestClock clock;

    TestTerritory t;
    AreaScope scopeA;
    long officerA;
    long auxiliaryA;
    long gridWorkerA;
    long officerB;

    @BeforeEach
    void territory() {
        clock.set(java.time.Instant.parse("2026-08-15T04:00:00Z"));
        t = TestTerritory.create(jdbc);
        scopeA = new AreaScope(jdbc.sql("select path from area where id = ?").param(t.stationA).query(String.class).single());
        officerA = PartyFixtures.person(jdbc, PersonKind.OFFICER, "甲民警" + t.suffix, t.communityA);
        auxiliaryA = PartyFixtures.person(jdbc, PersonKind.AUXILIARY, "甲辅警" + t.suffix, t.communityA);
        gridWorkerA = PartyFixtures.person(jdbc, PersonKind.GRID_WORKER, "甲网格员" + t.suffix, t.communityA);
        officerB = PartyFixtures.person(jdbc, PersonKind.OFFICER, "乙民警" + t.suffix, t.communityB);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    BranchView branch(String name, long areaId, Set<Long> members) {
        return party.createBranch(new BranchData(name + t.suffix, areaId, null, null, members, null), ALL);
    }

    @Test
    void aPersonIsAMemberOfAtMostOneBranch() {
        BranchView station = branch("甲派出所党支部", t.stationA, Set.of(officerA));
        assertThatThrownBy(() -> branch("甲社区党支部", t.communityA, Set.of(officerA, auxiliaryA)))
                .isInstanceOfSatisfying(RejectedInput.class, e -> {
                    assertThat(e.field()).isEqualTo("memberIds");
                    assertThat(e.messageKey()).isEqualTo("party.members.elsewhere");
                    assertThat(e.args()[0].toString()).contains("甲民警" + t.suffix).contains(station.name());
                });
        assertThatThrownBy(() -> party.createBranch(new BranchData("甲社区党支部" + t.suffix, t.communityA, null,
                officerA, Set.of(), null), ALL))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("secretaryId"));
        // the database holds the rule too, whatever writes the row
        BranchView community = branch("甲社区党支部", t.communityA, Set.of(auxiliaryA));
        assertThatThrownBy(() -> jdbc.sql("insert into party_branch_member (branch_id, person_id) values (?, ?)")
                .params(community.id(), officerA).update()).isInstanceOf(DataIntegrityViolationException.class);

        assertThat(directory.membershipOf(officerA)).contains(new Named(station.id(), station.name()));
        assertThat(directory.membershipOf(gridWorkerA)).isEmpty();
        // leaving one branch frees the person for another
        party.changeBranch(station.id(), station.version(), new BranchData(station.name(), t.stationA, null, null,
                Set.of(), null), ALL);
        BranchView moved = party.changeBranch(community.id(), community.version(), new BranchData(community.name(),
                t.communityA, null, null, Set.of(auxiliaryA, officerA), null), ALL);
        assertThat(moved.memberIds()).containsExactlyInAnyOrder(auxiliaryA, officerA);
    }

    @Test
    void theSecretaryIsMadeAMemberAndABranchBelongsToAnAreaOrAPartnerUnitNeverBoth() {
        BranchView branch = party.createBranch(new BranchData("甲派出所党支部" + t.suffix, t.stationA, null, officerA,
                Set.of(auxiliaryA), null), ALL);
        assertThat(branch.memberIds()).containsExactlyInAnyOrder(officerA, auxiliaryA);
        assertThat(branch.secretary().id()).isEqualTo(officerA);

        PartnerView hospital = partners.create(new PartnerData("中日联谊医院" + t.suffix, PartnerKind.HOSPITAL, null, null,
                t.stationB, Set.of(t.gridB1)), ALL);
        assertThatThrownBy(() -> party.createBranch(new BranchData("两头都有" + t.suffix, t.stationA, hospital.id(), null,
                Set.of(), null), ALL))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.messageKey()).isEqualTo("party.branch.home.both"));
        assertThatThrownBy(() -> party.createBranch(new BranchData("无所属" + t.suffix, null, null, null, Set.of(), null), ALL))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.messageKey()).isEqualTo("party.branch.home.required"));
        assertThatThrownBy(() -> party.createBranch(new BranchData("网格支部" + t.suffix, t.gridA1, null, null, Set.of(), null), ALL))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.messageKey()).isEqualTo("party.branch.area.invalid"));
        assertThatThrownBy(() -> jdbc.sql("update party_branch set partner_unit_id = ? where id = ?")
                .params(hospital.id(), branch.id()).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aPartnerUnitsBranchIsInScopeByTheUnitsHomeStation() {
        PartnerView hospital = partners.create(new PartnerData("中日联谊医院" + t.suffix, PartnerKind.HOSPITAL, null, null,
                t.stationB, Set.of(t.gridB1)), ALL);
        BranchView branch = party.createBranch(new BranchData("中日联谊医院党支部" + t.suffix, null, hospital.id(), null,
                Set.of(officerB), null), ALL);
        assertThat(branch.homeLabel()).isEqualTo("中日联谊医院" + t.suffix);
        AreaScope scopeB = new AreaScope(jdbc.sql("select path from area where id = ?").param(t.stationB).query(String.class).single());
        assertThat(directory.branch(branch.id(), scopeB).name()).isEqualTo(branch.name());
        assertThatThrownBy(() -> directory.branch(branch.id(), scopeA)).isInstanceOf(RecordNotFoundException.class);
        assertThat(directory.branches(null, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), scopeA,
                PageRequest.of(0, 100)).getContent()).extracting(BranchRow::id).doesNotContain(branch.id());
        // a unit of another station cannot be chosen from station A
        assertThatThrownBy(() -> party.createBranch(new BranchData("越权" + t.suffix, null, hospital.id(), null,
                Set.of(), null), scopeA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("partnerUnitId"));
    }

    @Test
    void aPioneerMustBeAPartyMemberOfficerOrAuxiliaryAndShowsOnTheGridWhileCurrent() {
        LocalDate today = directory.today();
        PioneerData notMember = new PioneerData(PioneerKind.PIONEER, officerA, t.gridA1, "护学岗", today, null);
        assertThatThrownBy(() -> party.createPioneer(notMember, scopeA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> {
                    assertThat(e.field()).isEqualTo("personId");
                    assertThat(e.messageKey()).isEqualTo("party.pioneer.person.notMember");
                });
        branch("甲派出所党支部", t.stationA, Set.of(officerA, gridWorkerA, auxiliaryA));
        assertThatThrownBy(() -> party.createPioneer(new PioneerData(PioneerKind.PIONEER, gridWorkerA, t.gridA1, null,
                today, null), scopeA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.messageKey()).isEqualTo("party.pioneer.person.kind"));
        assertThatThrownBy(() -> party.createPioneer(new PioneerData(PioneerKind.PIONEER, officerA, t.gridB1, null,
                today, null), scopeA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("gridId"));

        PioneerView post = party.createPioneer(notMember, scopeA);
        party.createPioneer(new PioneerData(PioneerKind.MODEL, auxiliaryA, t.gridA1, null, today.minusDays(30),
                today.minusDays(1)), scopeA);
        assertThat(directory.currentPioneers(t.gridA1, scopeA)).extracting(PioneerView::personName, PioneerView::duty)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("甲民警" + t.suffix, "护学岗"));
        assertThat(post.branch().name()).isEqualTo("甲派出所党支部" + t.suffix);
        clock.advance(java.time.Duration.ofDays(400));
        party.changePioneer(post.id(), post.version(), new PioneerData(PioneerKind.PIONEER, officerA, t.gridA1, "护学岗",
                today, today.plusDays(10)), scopeA);
        assertThat(directory.currentPioneers(t.gridA1, scopeA)).isEmpty();
        assertThatThrownBy(() -> directory.currentPioneers(t.gridB1, scopeA)).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void anAgreementJoinsTwoOrMoreBranchesAndShowsEndedAfterItsPeriodOrWhenEnded() {
        BranchView station = branch("甲派出所党支部", t.stationA, Set.of(officerA));
        BranchView community = branch("甲社区党支部", t.communityA, Set.of(auxiliaryA));
        LocalDate today = directory.today();
        assertThatThrownBy(() -> party.createAgreement(new AgreementData("单方" + t.suffix, today, today,
                today.plusYears(1), Set.of(station.id()), List.of("目标")), scopeA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("branchIds"));
        AgreementView agreement = party.createAgreement(new AgreementData("警社结对共建" + t.suffix, today, today,
                today.plusDays(30), Set.of(station.id(), community.id()), List.of("联合开展平安宣传", "共同化解矛盾纠纷")),
                scopeA);
        assertThat(agreement.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(agreement.goals()).containsExactly("联合开展平安宣传", "共同化解矛盾纠纷");

        clock.advance(java.time.Duration.ofDays(31));
        assertThat(directory.agreement(agreement.id(), scopeA).status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(directory.agreements(null, AgreementStatus.ENDED, null, scopeA, PageRequest.of(0, 50)).getContent())
                .extracting(AgreementView::id).contains(agreement.id());
        assertThat(directory.agreements(null, AgreementStatus.ACTIVE, null, scopeA, PageRequest.of(0, 50)).getContent())
                .extracting(AgreementView::id).doesNotContain(agreement.id());

        clock.set(java.time.Instant.parse("2026-08-15T04:00:00Z"));
        AgreementView ended = party.endAgreement(agreement.id(), agreement.version(), scopeA);
        assertThat(ended.status()).isEqualTo(AgreementStatus.ENDED);
        assertThat(ended.endedOn()).isEqualTo(today);
        assertThatThrownBy(() -> party.endAgreement(agreement.id(), ended.version(), scopeA))
                .isInstanceOf(NotAllowedException.class);
    }

    @Test
    void activitiesAreCountedPerAgreementAndPerAreaEachOnce() {
        BranchView station = branch("甲派出所党支部", t.stationA, Set.of(officerA));
        BranchView community = branch("甲社区党支部", t.communityA, Set.of(auxiliaryA));
        BranchView other = branch("乙派出所党支部", t.stationB, Set.of(officerB));
        LocalDate today = directory.today();
        AgreementView agreement = party.createAgreement(new AgreementData("共建" + t.suffix, today.minusDays(60),
                today.minusDays(60), today.plusYears(1), Set.of(station.id(), community.id()), List.of("目标")), ALL);
        party.createActivity(new ActivityData(ActivityKind.THEME_DAY, today.minusDays(10), "七一主题党日",
                Set.of(station.id(), community.id()), agreement.id(), Set.of(officerA, auxiliaryA), 30, "重温入党誓词"),
                List.of(), null, scopeA);
        party.createActivity(new ActivityData(ActivityKind.VOLUNTEER, today.minusDays(5), "社区义诊",
                Set.of(community.id()), null, Set.of(), 12, "志愿服务"), List.of(), null, scopeA);
        party.createActivity(new ActivityData(ActivityKind.VOLUNTEER, today.minusDays(5), "乙站志愿服务",
                Set.of(other.id()), null, Set.of(officerB), null, "服务"), List.of(), null, ALL);

        assertThat(directory.agreement(agreement.id(), scopeA).activityCount()).isEqualTo(1);
        ActivityCounts counts = directory.activityCounts(t.stationA, today.minusDays(30), today, scopeA);
        assertThat(counts.total()).isEqualTo(2);
        assertThat(counts.of(ActivityKind.THEME_DAY)).isEqualTo(1);
        assertThat(counts.of(ActivityKind.VOLUNTEER)).isEqualTo(1);
        assertThat(counts.participants()).isEqualTo(42);
        assertThat(directory.activityCounts(t.stationA, today.minusDays(7), today, scopeA).total()).isEqualTo(1);
        assertThat(directory.branches(t.stationA, today.minusDays(30), today, scopeA, PageRequest.of(0, 10)).getContent())
                .extracting(BranchRow::name, BranchRow::activities, BranchRow::activeAgreements)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(station.name(), 1L, 1L),
                        org.assertj.core.groups.Tuple.tuple(community.name(), 2L, 1L));
        assertThatThrownBy(() -> directory.activityCounts(t.stationB, today.minusDays(30), today, scopeA))
                .isInstanceOf(RecordNotFoundException.class);
        // an activity needs a party to the agreement among its organisers, and a sensible count
        assertThatThrownBy(() -> party.createActivity(new ActivityData(ActivityKind.JOINT_ACTIVITY, today, "无关",
                Set.of(other.id()), agreement.id(), Set.of(), 5, "x"), List.of(), null, ALL))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.messageKey()).isEqualTo("party.activity.agreement.notParty"));
        assertThatThrownBy(() -> party.createActivity(new ActivityData(ActivityKind.JOINT_ACTIVITY, today, "人数不对",
                Set.of(station.id()), null, Set.of(officerA, auxiliaryA), 1, "x"), List.of(), null, scopeA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("participantCount"));
        assertThatThrownBy(() -> party.createActivity(new ActivityData(ActivityKind.JOINT_ACTIVITY, today.plusDays(1),
                "未来", Set.of(station.id()), null, Set.of(), 3, "x"), List.of(), null, scopeA))
                .isInstanceOfSatisfying(RejectedInput.class, e -> assertThat(e.field()).isEqualTo("heldOn"));
    }
}
