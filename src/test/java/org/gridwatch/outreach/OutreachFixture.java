package org.gridwatch.outreach;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.gridwatch.people.MediatorKind;
import org.gridwatch.people.PeopleManagement;
import org.gridwatch.people.PersonData;
import org.gridwatch.people.PersonKind;
import org.gridwatch.place.PartnerData;
import org.gridwatch.place.PartnerKind;
import org.gridwatch.place.PartnerManagement;
import org.gridwatch.place.PlaceData;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceManagement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small territory for outreach tests: stations A and B, each with a community of two grids, its people
 * (an officer with a sign-in account and duty in grid 1, an auxiliary, a lawyer), a place in grid 1 and a
 * partner unit; plus a supervisor of each station and a mediator account. Everything named uniquely.
 */
public final class OutreachFixture {

    public final TestTerritory t;
    public final long officerA;
    public final long auxiliaryA;
    public final long lawyerA;
    public final long officerB;
    public final long schoolA1;
    public final long schoolB1;
    public final long partnerA;
    public final long partnerB;
    public final SignedInUser officerUserA;
    public final SignedInUser supervisorA;
    public final SignedInUser supervisorB;
    public final SignedInUser mediator;

    private final JdbcClient jdbc;

    public OutreachFixture(JdbcClient jdbc, AccountManagement accounts, UserDetailsService users,
            PeopleManagement people, DutyManagement duty, PlaceManagement places, PartnerManagement partners) {
        this.jdbc = jdbc;
        t = TestTerritory.create(jdbc);
        AreaScope all = AreaScope.everything();
        String officerLogin = TestTerritory.user(accounts, users, t.communityA, Role.OFFICER).getUsername();
        officerA = people.create(new PersonData(PersonKind.OFFICER, null, "甲民警" + t.suffix, "13800000001",
                t.communityA, "A" + t.suffix, "社区民警", officerLogin, true), all).person().id();
        officerUserA = (SignedInUser) users.loadUserByUsername(officerLogin);
        auxiliaryA = people.create(new PersonData(PersonKind.AUXILIARY, null, "甲辅警" + t.suffix, null,
                t.communityA, null, null, null, true), all).person().id();
        lawyerA = people.create(new PersonData(PersonKind.MEDIATOR, MediatorKind.LAWYER, "甲律师" + t.suffix, null,
                t.communityA, null, "驻所律师", null, true), all).person().id();
        officerB = people.create(new PersonData(PersonKind.OFFICER, null, "乙民警" + t.suffix, null,
                t.communityB, "B" + t.suffix, "社区民警", null, true), all).person().id();
        duty.assign(new NewAssignment(t.gridA1, officerA, DutyRole.RESPONSIBLE_OFFICER,
                LocalDate.now().minusDays(30), null, null), all);
        schoolA1 = places.create(new PlaceData(PlaceKind.SCHOOL, "甲小学" + t.suffix, "路 1 号", t.gridA1, null, null,
                null, null, null, null), all).id();
        schoolB1 = places.create(new PlaceData(PlaceKind.SCHOOL, "乙小学" + t.suffix, "路 2 号", t.gridB1, null, null,
                null, null, null, null), all).id();
        partnerA = partners.create(new PartnerData("甲商场" + t.suffix, PartnerKind.MALL, null, null, t.stationA,
                Set.of(t.gridA1)), all).id();
        partnerB = partners.create(new PartnerData("乙医院" + t.suffix, PartnerKind.HOSPITAL, null, null, t.stationB,
                Set.of(t.gridB1)), all).id();
        supervisorA = TestTerritory.user(accounts, users, t.stationA, Role.SUPERVISOR);
        supervisorB = TestTerritory.user(accounts, users, t.stationB, Role.SUPERVISOR);
        mediator = TestTerritory.user(accounts, users, t.stationA, Role.MEDIATOR);
    }

    /** The scope of officer A's account: community A. */
    public AreaScope communityA() {
        return scopeOf(t.communityA);
    }

    public AreaScope stationA() {
        return scopeOf(t.stationA);
    }

    public AreaScope scopeOf(long areaId) {
        return new AreaScope(jdbc.sql("select path from area where id = ?").param(areaId).query(String.class).single());
    }

    public static Instant hoursAgo(long hours) {
        return Instant.now().minus(hours, ChronoUnit.HOURS).truncatedTo(ChronoUnit.MINUTES);
    }

    public FieldFacts facts(long grid, List<Long> people) {
        return new FieldFacts(grid, hoursAgo(2), people, null, null, null, null);
    }

    public static final Recorder RECORDER = new Recorder(null, "测试");
}
