package org.gridwatch.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PersonKind;
import org.gridwatch.shared.RejectedInput;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;

/** A handover ends the leaver's open assignments, opens the same for the successor, records it and tells others. */
@IntegrationTest
class HandoverTests {

    @Autowired
    DutyManagement duty;
    @Autowired
    DutyDirectory directory;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    DutyFixtures territory;
    DutyFixtures.Station station;
    AreaScope scope;

    @BeforeEach
    void setUp() {
        territory = new DutyFixtures(jdbc, accounts, users);
        station = territory.station("兴隆山", 3);
        scope = new AreaScope(jdbc.sql("select path from area where id = ?").param(station.branch())
                .query(String.class).single());
    }

    @Test
    void handoverMovesTheLeaversOpenAssignmentsToTheSuccessorAndPublishesTheEvent() {
        LocalDate date = LocalDate.of(2026, 6, 1);
        long leaver = territory.person(PersonKind.OFFICER, "马超", station.station());
        long successor = territory.person(PersonKind.OFFICER, "黄忠", station.station());
        long[] grids = station.grids();
        assign(grids[0], leaver, LocalDate.of(2026, 1, 1), null);
        assign(grids[1], leaver, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31));
        assign(grids[2], leaver, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

        HandoverResult result = duty.handOver(leaver, successor, date, null, scope);

        assertThat(result.assignmentCount()).isEqualTo(2);
        assertThat(result.gridIds()).containsExactly(grids[0], grids[1]);
        assertThat(periods(leaver)).containsExactly(
                grids[2] + " 2025-01-01 2025-12-31",
                grids[0] + " 2026-01-01 2026-05-31",
                grids[1] + " 2026-02-01 2026-05-31");
        assertThat(periods(successor)).containsExactly(
                grids[0] + " 2026-06-01 null",
                grids[1] + " 2026-06-01 2026-12-31");
        assertThat(jdbc.sql("select assignment_count from duty_handover where id = ?").param(result.handoverId())
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(events.stream(DutyHandedOver.class))
                .containsExactly(new DutyHandedOver(leaver, successor, date, java.util.List.of(grids[0], grids[1])));
    }

    @Test
    void anAssignmentThatBeginsOnTheHandoverDayPassesToTheSuccessorAndLeavesTheLeaverWithoutIt() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        long leaver = territory.person(PersonKind.AUXILIARY, "魏延", station.station());
        long successor = territory.person(PersonKind.AUXILIARY, "姜维", station.station());
        long[] grids = station.grids();
        duty.assign(new NewAssignment(grids[0], leaver, DutyRole.AUXILIARY, LocalDate.of(2026, 1, 1), null, null),
                scope);
        duty.assign(new NewAssignment(grids[1], leaver, DutyRole.AUXILIARY, today, null, null), scope);

        HandoverResult result = duty.handOver(leaver, successor, today, null, scope);

        assertThat(result.assignmentCount()).isEqualTo(2);
        assertThat(result.gridIds()).containsExactly(grids[0], grids[1]);
        assertThat(periods(leaver)).containsExactly(grids[0] + " 2026-01-01 2026-05-31");
        assertThat(periods(successor)).containsExactly(grids[0] + " 2026-06-01 null", grids[1] + " 2026-06-01 null");
        assertThat(jdbc.sql("select count(*) from duty_assignment_aud where person_id = ? and grid_id = ? and revtype = 2")
                .param(leaver).param(grids[1]).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aResponsibleOfficerAssignedFromTheHandoverDayIsReplacedWithoutTwoOfficersOnTheGrid() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        long leaver = territory.person(PersonKind.OFFICER, "庞统", station.station());
        long successor = territory.person(PersonKind.OFFICER, "法正", station.station());
        long grid = station.grids()[0];
        assign(grid, leaver, today, LocalDate.of(2026, 12, 31));

        duty.handOver(leaver, successor, today, null, scope);

        assertThat(periods(leaver)).isEmpty();
        assertThat(periods(successor)).containsExactly(grid + " 2026-06-01 2026-12-31");
    }

    @Test
    void theSuccessorMustBeOfTheSameKindAndTheLeaverMustHoldSomething() {
        long leaver = territory.person(PersonKind.AUXILIARY, "关羽", station.station());
        long officer = territory.person(PersonKind.OFFICER, "张飞", station.station());
        long otherAuxiliary = territory.person(PersonKind.AUXILIARY, "赵云", station.station());
        LocalDate date = LocalDate.of(2026, 6, 1);

        assertThatThrownBy(() -> duty.handOver(leaver, otherAuxiliary, date, null, scope))
                .isInstanceOf(RejectedInput.class).hasMessageContaining("duty.handover.nothingOpen");
        duty.assign(new NewAssignment(station.grids()[0], leaver, DutyRole.AUXILIARY, LocalDate.of(2026, 1, 1),
                null, null), scope);
        assertThatThrownBy(() -> duty.handOver(leaver, officer, date, null, scope))
                .isInstanceOf(RejectedInput.class).hasMessageContaining("duty.handover.otherKind");
        assertThat(events.stream(DutyHandedOver.class)).isEmpty();
    }

    private void assign(long grid, long person, LocalDate from, LocalDate to) {
        duty.assign(new NewAssignment(grid, person, DutyRole.RESPONSIBLE_OFFICER, from, to, null), scope);
    }

    private java.util.List<String> periods(long person) {
        return jdbc.sql("""
                select grid_id || ' ' || valid_from || ' ' || coalesce(cast(valid_to as varchar), 'null')
                from duty_assignment where person_id = ? order by valid_from, grid_id
                """).param(person).query(String.class).list();
    }
}
