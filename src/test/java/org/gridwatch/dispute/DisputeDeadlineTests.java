package org.gridwatch.dispute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestClock;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.DutyManagement;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.OpenCase;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.identity.AccountManagement;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A stage past its due date is yellow, past it by more than the grace (3 days) red; lists filter and sort by it in
 * SQL, and the open and overdue cases for home pages and supervisors come out in due order.
 */
@IntegrationTest
class DisputeDeadlineTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountManagement accounts;
    @Autowired
    UserDetailsService users;
    @Autowired
    DutyManagement duty;
    @Autowired
    DisputeDirectory directory;
    @Autowired
    DisputeManagement disputes;
    @Autowired
    TestClock clock;

    DisputeFixtures f;
    Instant start;

    @BeforeEach
    void setUp() {
        start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        f = new DisputeFixtures(jdbc, accounts, users, duty, directory, disputes);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void onTimeUntilTheDueDateYellowAfterItRedOnceTheGraceHasPassed() {
        long id = f.report();
        Instant due = start.plus(Duration.ofDays(1));

        clock.set(due);
        assertDue(id, CaseDue.ON_TIME);
        clock.set(due.plusSeconds(1));
        assertDue(id, CaseDue.OVERDUE);
        clock.set(due.plus(Duration.ofDays(3)));
        assertDue(id, CaseDue.OVERDUE);
        clock.set(due.plus(Duration.ofDays(3)).plusSeconds(1));
        assertDue(id, CaseDue.RED);

        disputes.accept(id, f.version(id), f.actor(f.officerUser));
        assertDue(id, CaseDue.ON_TIME);
    }

    @Test
    void theListFiltersAndSortsByTheDueLevel() {
        long red = f.report();
        disputes.accept(red, f.version(red), f.actor(f.officerUser));
        clock.set(start.plus(Duration.ofDays(17)).plus(Duration.ofHours(12)));
        long yellow = f.report();
        clock.set(start.plus(Duration.ofDays(19)));
        long onTime = f.report();
        long closed = f.resolved();
        disputes.close(closed, f.version(closed), new CallBack(LocalDate.ofInstant(clock.instant(), RecordFilter.ZONE),
                "回访满意", Satisfaction.SATISFIED), f.actor(f.officerUser));
        clock.set(start.plus(Duration.ofDays(19)).plus(Duration.ofHours(1)));

        DisputeActor supervisor = f.actor(f.supervisorUser);
        assertThat(ids(search(DueFilter.RED, "occurred"), supervisor)).containsExactly(red);
        assertThat(ids(search(DueFilter.OVERDUE, "occurred"), supervisor)).containsExactly(yellow);
        assertThat(ids(search(DueFilter.LATE, "occurred"), supervisor)).containsExactly(yellow, red);
        assertThat(ids(search(DueFilter.ON_TIME, "occurred"), supervisor)).containsExactlyInAnyOrder(onTime, closed);
        assertThat(ids(search(null, "due"), supervisor)).startsWith(red, yellow);
        assertThat(directory.search(search(null, "due"), supervisor, PageRequest.of(0, 10)).getContent())
                .extracting(DisputeRow::due).startsWith(CaseDue.RED, CaseDue.OVERDUE, CaseDue.ON_TIME);

        List<OpenCase> overdue = directory.overdue(stationScope(), PageRequest.of(0, 10)).getContent();
        assertThat(overdue).extracting(OpenCase::id).containsExactly(red, yellow);
        assertThat(overdue).extracting(OpenCase::due).containsExactly(CaseDue.RED, CaseDue.OVERDUE);
        assertThat(overdue.get(0).kind()).isEqualTo(RecordKind.DISPUTE);
        assertThat(overdue.get(0).path()).isEqualTo("/disputes/" + red);
        assertThat(overdue.get(0).stateKey()).isEqualTo("dispute.state.ACCEPTED");
        assertThat(overdue.get(0).title()).contains("刘大爷").doesNotContain("13912345678");
        assertThat(directory.overdue(new AreaScope(path(f.otherStation.station())), PageRequest.of(0, 10)))
                .isEmpty();
    }

    @Test
    void aPersonsOpenCasesAreTheOpenDisputesOfTheirTeamsSoonestDueFirst() {
        long accepted = f.report();
        disputes.accept(accepted, f.version(accepted), f.actor(f.officerUser));
        disputes.addToTeam(accepted, f.version(accepted), f.lawyer, f.actor(f.officerUser));
        clock.advance(Duration.ofHours(1));
        long reported = f.report();
        long closed = f.resolved();
        disputes.close(closed, f.version(closed), new CallBack(LocalDate.ofInstant(clock.instant(), RecordFilter.ZONE),
                "回访满意", Satisfaction.SATISFIED), f.actor(f.officerUser));

        assertThat(directory.openCasesOf(f.officer, stationScope())).extracting(OpenCase::id)
                .containsExactly(reported, accepted);
        assertThat(directory.openCasesOf(f.lawyer, stationScope())).extracting(OpenCase::id)
                .containsExactly(accepted);
        assertThat(directory.openCasesOf(f.officer, new AreaScope(path(f.otherStation.station())))).isEmpty();
    }

    private void assertDue(long id, CaseDue expected) {
        assertThat(directory.get(id, f.actor(f.supervisorUser)).due()).isEqualTo(expected);
        assertThat(directory.search(search(null, "occurred"), f.actor(f.supervisorUser), PageRequest.of(0, 50))
                .getContent()).filteredOn(r -> r.id() == id).singleElement()
                .extracting(DisputeRow::due).isEqualTo(expected);
    }

    private DisputeSearch search(DueFilter due, String sort) {
        return new DisputeSearch(path(f.station.station()), null, null, null, null, null, due, null, sort);
    }

    private List<Long> ids(DisputeSearch search, DisputeActor actor) {
        return directory.search(search, actor, PageRequest.of(0, 50)).getContent().stream().map(DisputeRow::id)
                .toList();
    }

    private AreaScope stationScope() {
        return new AreaScope(path(f.station.station()));
    }

    private String path(long areaId) {
        return jdbc.sql("select path from area where id = ?").param(areaId).query(String.class).single();
    }
}
