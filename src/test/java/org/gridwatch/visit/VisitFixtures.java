package org.gridwatch.visit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
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
import org.gridwatch.place.PlaceData;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceManagement;
import org.gridwatch.place.PlaceView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A small world for visit tests: the test territory, an officer of station A (with a person record and duty in
 * grid A1) and one of station B, and places of several kinds — all uniquely named. Tests construct it with
 * their autowired facades.
 */
public class VisitFixtures {

    private final JdbcClient jdbc;
    private final AccountManagement accounts;
    private final UserDetailsService users;
    private final PeopleManagement people;
    private final PlaceManagement places;
    private final DutyManagement duty;

    public VisitFixtures(JdbcClient jdbc, AccountManagement accounts, UserDetailsService users, PeopleManagement people,
            PlaceManagement places, DutyManagement duty) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.users = users;
        this.people = people;
        this.places = places;
        this.duty = duty;
    }

    public World world(LocalDate today) {
        return new World(today);
    }

    public final class World {
        public final TestTerritory t;
        public final SignedInUser officerA;
        public final long officerAPerson;
        public final long auxiliaryAPerson;
        public final SignedInUser officerB;
        public final long officerBPerson;
        public final PlaceView householdA1;
        public final PlaceView enterpriseA1;
        public final PlaceView marketA1;
        public final PlaceView householdA2;
        public final PlaceView householdB1;

        World(LocalDate today) {
            t = TestTerritory.create(jdbc);
            officerA = TestTerritory.user(accounts, users, t.stationA, Role.OFFICER);
            officerAPerson = person(PersonKind.OFFICER, "甲民警", t.communityA, officerA.getUsername());
            auxiliaryAPerson = person(PersonKind.AUXILIARY, "甲辅警", t.communityA, null);
            officerB = TestTerritory.user(accounts, users, t.stationB, Role.OFFICER);
            officerBPerson = person(PersonKind.OFFICER, "乙民警", t.communityB, officerB.getUsername());
            duty.assign(new NewAssignment(t.gridA1, officerAPerson, DutyRole.RESPONSIBLE_OFFICER,
                    today.minusDays(100), null, null), AreaScope.everything());
            householdA1 = place(PlaceKind.HOUSEHOLD, "甲一住户", t.gridA1, 30);
            enterpriseA1 = place(PlaceKind.ENTERPRISE, "甲一企业", t.gridA1, 30);
            marketA1 = place(PlaceKind.MARKET, "甲一市场", t.gridA1, 7);
            householdA2 = place(PlaceKind.HOUSEHOLD, "甲二住户", t.gridA2, 30);
            householdB1 = place(PlaceKind.HOUSEHOLD, "乙一住户", t.gridB1, 30);
        }

        public long person(PersonKind kind, String name, long home, String username) {
            String policeNumber = kind == PersonKind.OFFICER ? "P" + t.suffix + name.hashCode() : null;
            return people.create(new PersonData(kind, null, name + t.suffix, "13800000000", home, policeNumber, null,
                    username, true), AreaScope.everything()).person().id();
        }

        public PlaceView place(PlaceKind kind, String name, long grid, Integer everyDays) {
            return places.create(new PlaceData(kind, name + t.suffix, "人民大街 1 号", grid, null, null, null, null,
                    everyDays, null), AreaScope.everything());
        }

        /** A valid household visit to householdA1 by officer A at {@code at}. */
        public VisitData householdVisit(Instant at) {
            return new VisitData(VisitKind.HOUSEHOLD, t.gridA1, householdA1.id(), at, List.of(officerAPerson),
                    VisitCategory.CONCERN, "楼道灯坏了" + t.suffix, false, null, null, null, null, null);
        }

        public Recorder recorderA() {
            return Recorder.of(officerA);
        }
    }
}
