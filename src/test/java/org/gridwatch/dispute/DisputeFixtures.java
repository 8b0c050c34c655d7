package org.gridwatch.dispute;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.duty.DutyRole;
import org.gridwatch.duty.NewAssignment;
import org.gridwatch.duty.DutyFixtures;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.people.PersonKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A station with two grids for dispute tests: grid 1's responsible officer, an auxiliary, a lawyer and a community
 * mediator of the station (each with an account), a supervisor of the branch, and an officer of another station.
 * Everything carries a random suffix: tests share one database.
 */
public final class DisputeFixtures {

    /** A valid resident ID number (check digit computed) for 1985-06-15. */
    public static final String ID_NUMBER = withCheckDigit("22010419850615301");

    public final DutyFixtures territory;
    public final DutyFixtures.Station station;
    public final DutyFixtures.Station otherStation;
    public final long grid;
    public final long secondGrid;
    public final long officer;
    public final long auxiliary;
    public final long lawyer;
    public final long communityMediator;
    public final SignedInUser officerUser;
    public final SignedInUser auxiliaryUser;
    public final SignedInUser lawyerUser;
    public final SignedInUser mediatorUser;
    public final SignedInUser supervisorUser;
    public final SignedInUser otherOfficerUser;
    public final SignedInUser adminUser;

    private final JdbcClient jdbc;
    private final DisputeDirectory directory;
    private final DisputeManagement management;

    public DisputeFixtures(JdbcClient jdbc, AccountManagement accounts, UserDetailsService users, DutyManagement duty,
            DisputeDirectory directory, DisputeManagement management) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.management = management;
        territory = new DutyFixtures(jdbc, accounts, users);
        station = territory.station("临河", 2);
        otherStation = territory.station(station.branch(), "东方", 1);
        grid = station.grids()[0];
        secondGrid = station.grids()[1];
        officer = territory.person(PersonKind.OFFICER, "张建国", station.community());
        auxiliary = territory.person(PersonKind.AUXILIARY, "李晓明", station.community());
        lawyer = territory.person(PersonKind.MEDIATOR, "赵律师", station.station());
        communityMediator = territory.person(PersonKind.MEDIATOR, "王淑华", station.station());
        jdbc.sql("update person set mediator_kind = 'LAWYER' where id = ?").param(lawyer).update();
        jdbc.sql("update person set mediator_kind = 'COMMUNITY_WORKER' where id = ?").param(communityMediator).update();
        duty.assign(new NewAssignment(grid, officer, DutyRole.RESPONSIBLE_OFFICER, LocalDate.of(2020, 1, 1), null,
                null), AreaScope.everything());
        officerUser = linked(officer, "officer", station.community(), Role.OFFICER);
        auxiliaryUser = linked(auxiliary, "aux", station.community(), Role.AUXILIARY);
        lawyerUser = linked(lawyer, "lawyer", station.station(), Role.MEDIATOR);
        mediatorUser = linked(communityMediator, "mediator", station.station(), Role.MEDIATOR);
        supervisorUser = territory.user("supervisor", station.branch(), Role.SUPERVISOR);
        otherOfficerUser = territory.user("other", otherStation.community(), Role.OFFICER);
        adminUser = territory.user("admin", station.branch(), Role.ADMIN);
    }

    private SignedInUser linked(long person, String name, long scope, Role role) {
        SignedInUser user = territory.user(name, scope, role);
        territory.link(person, user);
        return user;
    }

    public DisputeActor actor(SignedInUser user) {
        return directory.actor(user);
    }

    /** A neighbours' dispute in grid 1 with two parties, reported by the officer now. */
    public long report() {
        return report(officerUser, grid);
    }

    public long report(SignedInUser by, long gridId) {
        return management.report(data(gridId, null), actor(by));
    }

    public DisputeData data(long gridId, String origin) {
        List<PartyData> parties = new ArrayList<>();
        parties.add(new PartyData("刘大爷" + territory.suffix(), "13912345678", ID_NUMBER));
        parties.add(new PartyData("陈阿姨" + territory.suffix(), "043185551234", null));
        return new DisputeData(gridId, null, DisputeCategory.NEIGHBOUR, RiskLevel.MEDIUM, DisputeSource.WALK_IN,
                "楼上漏水，楼下墙面受损，双方就赔偿发生争执。", Instant.now().minusSeconds(3600), parties, origin);
    }

    public long version(long id) {
        return jdbc.sql("select version from dispute where id = ?").param(id).query(Long.class).single();
    }

    public String state(long id) {
        return jdbc.sql("select state from dispute where id = ?").param(id).query(String.class).single();
    }

    /** Moves a fresh dispute to MEDIATING with the lawyer on its team. */
    public long mediating() {
        long id = report();
        management.accept(id, version(id), actor(officerUser));
        management.addToTeam(id, version(id), lawyer, actor(officerUser));
        management.startMediation(id, version(id), actor(officerUser));
        return id;
    }

    public long resolved() {
        long id = mediating();
        management.resolve(id, version(id), new Resolution("楼上住户赔偿维修费 800 元。"), actor(officerUser));
        return id;
    }

    static String withCheckDigit(String first17) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * weights[i];
        }
        return first17 + "10X98765432".charAt(sum % 11);
    }
}
