package org.gridwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.gridwatch.DemoDataIntegrationTest;
import org.gridwatch.area.AreaScope;
import org.gridwatch.duty.CoverageFilter;
import org.gridwatch.duty.CoverageStatus;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.GridCoverage;
import org.gridwatch.identity.AccountManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo loader on an empty database of its own (created on the shared test server, since other tests'
 * rows live in the shared one): the article's territory, people, duty gaps and accounts; nothing on a second run.
 */
@DemoDataIntegrationTest
class DemoDataTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoDataLoader loader;
    @Autowired
    DutyDirectory duty;
    @Autowired
    AccountManagement accounts;

    @Test
    void loadsTheArticlesTerritoryPeopleDutyAndAccountsOnceIntoAnEmptyDatabase() {
        assertThat(count("select count(*) from area where type = 'BRANCH' and name = '经开分局'")).isEqualTo(1);
        assertThat(count("select count(*) from area where type = 'STATION'")).isEqualTo(6);
        assertThat(count("select count(*) from area where type = 'GRID'")).isEqualTo(DemoTerritory.GRID_COUNT);
        assertThat(count("select count(*) from area where type = 'COMMUNITY' and community_kind = 'VILLAGE'"))
                .isBetween(6L, 12L);
        assertThat(count("select count(*) from area a join area p on p.id = a.parent_id "
                + "where a.path <> p.path || a.id || '/'")).isZero();
        assertThat(count("select count(*) from area where type = 'GRID' and boundary is null")).isZero();
        assertThat(count("select count(*) from area where boundary is not null and boundary_west is null")).isZero();
        assertThat(count("select count(*) from area where type = 'GRID' and "
                + "boundary_west between 125.35 and 125.45 and boundary_north between 43.82 and 43.90")).isEqualTo(60);
        assertThat(count("select count(*) from person where kind = 'OFFICER' and post = '所长'")).isEqualTo(6);
        assertThat(count("select count(*) from person where kind = 'MEDIATOR' and mediator_kind = 'LAWYER'"))
                .isEqualTo(6);
        for (String kind : new String[] {"AUXILIARY", "GRID_WORKER", "VOLUNTEER"}) {
            assertThat(count("select count(*) from person where kind = '" + kind + "'")).isPositive();
        }
        assertThat(count("select count(distinct kind) from place")).isEqualTo(8);
        assertThat(count("select count(*) from partner_unit where name in ('摩天活力城', '中东大市场', '中日联谊医院')"))
                .isEqualTo(3);
        assertThat(count("select count(*) from patrol_team")).isEqualTo(5);
        assertThat(count("select count(*) from patrol_team_member")).isGreaterThanOrEqualTo(20);
        assertThat(count("select count(*) from concurrent_post p join person o on o.id = p.person_id "
                + "where o.post = '所长'")).isEqualTo(6);
        for (String username : DemoTerritory.ACCOUNTS) {
            assertThat(accounts.findByUsername(username)).as(username).isPresent();
        }
        assertThat(count("select count(*) from person where account_id is not null")).isEqualTo(5);

        String before = fingerprint();
        loader.run(new DefaultApplicationArguments());
        assertThat(fingerprint()).isEqualTo(before);
    }

    @Test
    void theDeliberateCoverageGapsShowOnTheBoard() {
        AreaScope branch = new AreaScope(jdbc.sql("select path from area where type = 'BRANCH'")
                .query(String.class).single());
        var board = duty.coverage(branch, new CoverageFilter(null, null), PageRequest.of(0, 100)).getContent();
        assertThat(board).hasSize(DemoTerritory.GRID_COUNT);
        assertThat(status(board, DemoTerritory.GRID_WITHOUT_AUXILIARY).missing()).containsExactly(
                org.gridwatch.duty.DutyRole.AUXILIARY);
        assertThat(status(board, DemoTerritory.GRID_WITHOUT_LIAISON).missing()).containsExactly(
                org.gridwatch.duty.DutyRole.LIAISON);
        assertThat(status(board, DemoTerritory.GRID_UNCOVERED).status()).isEqualTo(CoverageStatus.UNCOVERED);
        assertThat(board).filteredOn(g -> g.status() == CoverageStatus.COVERED).hasSize(DemoTerritory.GRID_COUNT - 3);
        assertThat(duty.endingSoon(branch, new CoverageFilter(null, null)))
                .extracting(a -> a.gridName()).containsExactly("临河社区1网格");
    }

    private static GridCoverage status(java.util.List<GridCoverage> board, String code) {
        return board.stream().filter(g -> g.gridCode().equals(code)).findFirst().orElseThrow();
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    private String fingerprint() {
        return jdbc.sql("""
                select (select count(*) from area) || '/' || (select count(*) from person) || '/'
                    || (select count(*) from duty_assignment) || '/' || (select count(*) from account) || '/'
                    || (select count(*) from place) || '/' || (select count(*) from partner_unit)
                """).query(String.class).single();
    }
}
