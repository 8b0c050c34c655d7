package org.gridwatch.patrol;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.gridwatch.TestTerritory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.duty.NewAssignment;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.people.PersonData;
import org.gridwatch.people.PersonKind;
import org.gridwatch.place.PartnerData;
import org.gridwatch.place.PartnerKind;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PartnerView;
import org.gridwatch.place.TeamData;
import org.gridwatch.place.TeamMemberEntry;
import org.gridwatch.place.TeamView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small territory for patrol tests (org.gridwatch.TestTerritory: stations A and B, a community and two grids
 * each) with, per station, an officer person signed in through an account scoped to the station and on duty in
 * its first grid, an auxiliary, and a partner unit whose team serves the station.
 */
public final class PatrolFixture {

    public final TestTerritory t;
    public final long officerA;
    public final long auxiliaryA;
    public final long officerB;
    public final SignedInUser officerAccountA;
    public final SignedInUser officerAccountB;
    public final SignedInUser supervisorA;
    public final PartnerView unitA;
    public final TeamView teamA;
    public final PartnerView unitB;
    public final TeamView teamB;

    public PatrolFixture(JdbcClient jdbc, AccountManagement accounts, UserDetailsService users,
            PeopleManagement people, DutyManagement duty, PartnerManagement partners) {
        t = TestTerritory.create(jdbc);
        AreaScope all = AreaScope.everything();
        officerA = people.create(new PersonData(PersonKind.OFFICER, null, "甲民警" + t.suffix, "13800000001",
                t.communityA, "A" + t.suffix, "社区民警", null, true), all).person().id();
        auxiliaryA = people.create(new PersonData(PersonKind.AUXILIARY, null, "甲辅警" + t.suffix, "13800000002",
                t.communityA, null, null, null, true), all).person().id();
        officerB = people.create(new PersonData(PersonKind.OFFICER, null, "乙民警" + t.suffix, "13800000003",
                t.communityB, "B" + t.suffix, "社区民警", null, true), all).person().id();
        officerAccountA = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
        officerAccountB = TestTerritory.user(accounts, users, t.stationB, Role.OFFICER);
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        jdbc.sql("update person set account_id = ? where id = ?").params(officerAccountA.accountId(), officerA).update();
        jdbc.sql("update person set account_id = ? where id = ?").params(officerAccountB.accountId(), officerB).update();
        duty.assign(new NewAssignment(t.gridA2, officerA, DutyRole.RESPONSIBLE_OFFICER,
                LocalDate.now().minusDays(30), null, null), all);
        unitA = partners.create(new PartnerData("摩天活力城" + t.suffix, PartnerKind.MALL, "赵", "13900000000",
                t.stationA, Set.of(t.gridA1)), all);
        teamA = partners.addTeam(unitA.id(), new TeamData("安保巡防队", "孙队长", "13600000000",
                List.of(new TeamMemberEntry("周队员", "13500000001"), new TeamMemberEntry("吴队员", null))), all);
        unitB = partners.create(new PartnerData("中东大市场" + t.suffix, PartnerKind.MARKET, "钱", null,
                t.stationB, Set.of(t.gridB1)), all);
        teamB = partners.addTeam(unitB.id(), new TeamData("联防巡逻队", null, null,
                List.of(new TeamMemberEntry("郑队员", null))), all);
    }

    /** A routine patrol in grid A1 by officer A that ended three hours ago and took 150 minutes. */
    public PatrolData routineA(String notes) {
        Instant end = Instant.now().minus(Duration.ofHours(3));
        return new PatrolData(PatrolKind.ROUTINE, end.minus(Duration.ofMinutes(150)), end, List.of(t.gridA1),
                List.of(officerA), List.of(), List.of(), notes, null, null, null, List.of());
    }

    /** A joint patrol in A1 and A2 with team A and its member 周队员, with two findings. */
    public PatrolData jointA(String notes) {
        Instant end = Instant.now().minus(Duration.ofMinutes(30));
        return new PatrolData(PatrolKind.JOINT, end.minus(Duration.ofHours(2)), end, List.of(t.gridA1, t.gridA2),
                List.of(officerA, auxiliaryA), List.of(teamA.id()),
                List.of(new PatrolData.PartnerMember(teamA.id(), "周队员")), notes, 43.85, 125.33, null,
                List.of(new PatrolData.FindingEntry(null, "消防通道被堵"), new PatrolData.FindingEntry(null, "路灯损坏")));
    }

    public static Recorder recorder() {
        return new Recorder(null, "测试");
    }
}
