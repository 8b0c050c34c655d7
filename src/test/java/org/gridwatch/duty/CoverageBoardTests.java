package org.gridwatch.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.gridwatch.IntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.identity.AccountManagement;
import org.gridwatch.people.PersonKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Coverage status per grid from today's assignments; ended and future assignments do not count. */
@IntegrationTest
class CoverageBoardTests {

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

    DutyFixtures territory;
    DutyFixtures.Station station;
    AreaScope scope;
    LocalDate today;

    @BeforeEach
    void setUp() {
        territory = new DutyFixtures(jdbc, accounts, users);
        station = territory.station("会展", 5);
        scope = new AreaScope(jdbc.sql("select path from area where id = ?").param(station.station())
                .query(String.class).single());
        today = directory.today();
    }

    @Test
    void aGridWithOfficerAuxiliaryAndLiaisonTodayIsCoveredOneWithSomeIsPartlyAndOneWithNoneIsUncovered() {
        long[] grids = station.grids();
        long officer = person(PersonKind.OFFICER, "钱峰");
        long auxiliary = person(PersonKind.AUXILIARY, "孙丽");
        long liaison = person(PersonKind.GRID_WORKER, "李娜");
        assign(grids[0], officer, DutyRole.RESPONSIBLE_OFFICER, today.minusDays(30), null);
        assign(grids[0], auxiliary, DutyRole.AUXILIARY, today, null);
        assign(grids[0], liaison, DutyRole.LIAISON, today.minusDays(3), today);
        assign(grids[1], officer, DutyRole.RESPONSIBLE_OFFICER, today.minusDays(30), null);
        assign(grids[1], liaison, DutyRole.LIAISON, today.minusDays(3), null);

        List<GridCoverage> board = board(null);
        assertThat(statusOf(board, grids[0])).isEqualTo(CoverageStatus.COVERED);
        assertThat(row(board, grids[0]).missing()).isEmpty();
        assertThat(statusOf(board, grids[1])).isEqualTo(CoverageStatus.PARTLY);
        assertThat(row(board, grids[1]).missing()).containsExactly(DutyRole.AUXILIARY);
        assertThat(statusOf(board, grids[2])).isEqualTo(CoverageStatus.UNCOVERED);
        assertThat(row(board, grids[2]).missing())
                .containsExactly(DutyRole.RESPONSIBLE_OFFICER, DutyRole.AUXILIARY, DutyRole.LIAISON);
        assertThat(directory.counts(scope, new CoverageFilter(null, null)))
                .isEqualTo(new CoverageCounts(1, 1, 3));
    }

    @Test
    void endedAndFutureAssignmentsDoNotCount() {
        long grid = station.grids()[3];
        assign(grid, person(PersonKind.OFFICER, "周杰"), DutyRole.RESPONSIBLE_OFFICER, today.minusDays(60),
                today.minusDays(1));
        assign(grid, person(PersonKind.AUXILIARY, "吴昊"), DutyRole.AUXILIARY, today.plusDays(1), null);
        assign(grid, person(PersonKind.VOLUNTEER, "郑敏"), DutyRole.LIAISON, today.minusDays(10), today.minusDays(2));

        assertThat(statusOf(board(null), grid)).isEqualTo(CoverageStatus.UNCOVERED);
    }

    @Test
    void theBoardFiltersByStatusAndListsAssignmentsEndingWithinFourteenDays() {
        long grid = station.grids()[4];
        long officer = person(PersonKind.OFFICER, "冯军");
        long id = assign(grid, officer, DutyRole.RESPONSIBLE_OFFICER, today.minusDays(5), today.plusDays(14));
        assign(grid, person(PersonKind.AUXILIARY, "陈晨"), DutyRole.AUXILIARY, today.minusDays(5), today.plusDays(15));

        assertThat(board(CoverageStatus.PARTLY)).extracting(GridCoverage::gridId).containsExactly(grid);
        assertThat(board(CoverageStatus.UNCOVERED)).extracting(GridCoverage::gridId).doesNotContain(grid);
        assertThat(directory.endingSoon(scope, new CoverageFilter(null, null)))
                .extracting(AssignmentView::id).containsExactly(id);
    }

    private List<GridCoverage> board(CoverageStatus status) {
        return directory.coverage(scope, new CoverageFilter(null, status), PageRequest.of(0, 50)).getContent();
    }

    private static GridCoverage row(List<GridCoverage> board, long grid) {
        return board.stream().filter(g -> g.gridId() == grid).findFirst().orElseThrow();
    }

    private static CoverageStatus statusOf(List<GridCoverage> board, long grid) {
        return row(board, grid).status();
    }

    private long person(PersonKind kind, String name) {
        return territory.person(kind, name, station.station());
    }

    private long assign(long grid, long person, DutyRole role, LocalDate from, LocalDate to) {
        return duty.assign(new NewAssignment(grid, person, role, from, to, null), scope);
    }
}
