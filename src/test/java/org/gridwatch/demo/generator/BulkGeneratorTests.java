package org.gridwatch.demo.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.stats.StatisticsRebuild;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class BulkGeneratorTests {

    @Autowired DataSource dataSource;
    @Autowired StatisticsRebuild rebuild;
    @Autowired Clock clock;
    @Autowired JdbcClient jdbc;

    @Test
    void generatedFiguresEqualWhatARebuildFromTheRecordsThemselvesGives() {
        TestTerritory t = TestTerritory.create(jdbc);
        BulkGenerator.Result result = new BulkGenerator(dataSource, rebuild, clock)
                .generate(new BulkGenerator.Plan(60, 3_000, 7, t.branch));
        String branchPath = jdbc.sql("select path from area where id = ?").param(t.branch).query(String.class).single();

        List<String> figures = figures(branchPath);
        List<String> months = monthFigures(branchPath);
        assertThat(months).isNotEmpty().containsExactlyElementsOf(daysByMonth(branchPath));
        List<String> facts = facts(result.codePrefix());
        assertThat(facts).hasSize(3_000);
        assertThat(figures).isNotEmpty();

        rebuild.rebuild();

        assertThat(facts(result.codePrefix())).containsExactlyElementsOf(facts);
        assertThat(figures(branchPath)).containsExactlyElementsOf(figures);
        assertThat(monthFigures(branchPath)).containsExactlyElementsOf(months);
    }

    @Test
    void generatedTerritoryHasEveryLevelPeopleOnDutyAndSkewedRecords() {
        TestTerritory t = TestTerritory.create(jdbc);
        BulkGenerator.Result result = new BulkGenerator(dataSource, rebuild, clock)
                .generate(new BulkGenerator.Plan(45, 2_000, 11, t.branch));
        String prefix = result.codePrefix() + "-%";
        assertThat(count("select count(*) from area where type = 'STATION' and code like ?", prefix)).isEqualTo(1);
        assertThat(count("select count(*) from area where type = 'COMMUNITY' and code like ?", prefix)).isEqualTo(3);
        assertThat(count("select count(*) from area where type = 'GRID' and code like ? and boundary is not null",
                prefix)).isEqualTo(45);
        assertThat(count("""
                select count(distinct d.grid_id) from duty_assignment d join area a on a.id = d.grid_id
                where a.code like ? and d.role = 'LIAISON'""", prefix)).isEqualTo(45);
        // The busiest grid has several times the records of the median one.
        List<Long> perGrid = jdbc.sql("""
                select count(*) from stats_record r join area a on a.id = r.grid_id where a.code like ?
                group by r.grid_id order by 1 desc""").param(prefix).query(Long.class).list();
        assertThat(perGrid.get(0)).isGreaterThan(3 * perGrid.get(perGrid.size() / 2));
        // Every kind the dashboard counts is there, visits and patrols the most.
        List<String> kinds = jdbc.sql("""
                select r.kind from stats_record r join area a on a.id = r.grid_id where a.code like ?
                group by r.kind order by count(*) desc""").param(prefix).query(String.class).list();
        assertThat(kinds).hasSize(8).startsWith("VISIT", "PATROL");
    }

    private long count(String sql, String prefix) {
        return jdbc.sql(sql).param(prefix).query(Long.class).single();
    }

    private List<String> figures(String branchPath) {
        return jdbc.sql("""
                select concat_ws('|', f.area_id, f.day, f.kind, f.subkind_key, f.state_key, f.records, f.minutes, f.amount)
                from stats_figure f join area a on a.id = f.area_id
                where a.path like ? || '%'
                order by f.area_id, f.day, f.kind, f.subkind_key, f.state_key
                """).param(branchPath).query(String.class).list();
    }

    private List<String> monthFigures(String branchPath) {
        return jdbc.sql("""
                select concat_ws('|', f.area_id, f.month, f.kind, f.subkind_key, f.state_key, f.records, f.minutes,
                                 f.amount)
                from stats_figure_month f join area a on a.id = f.area_id
                where a.path like ? || '%'
                order by f.area_id, f.month, f.kind, f.subkind_key, f.state_key
                """).param(branchPath).query(String.class).list();
    }

    /** The day figures summed per month: what the month table must hold. */
    private List<String> daysByMonth(String branchPath) {
        return jdbc.sql("""
                select concat_ws('|', f.area_id, date_trunc('month', f.day)::date, f.kind, f.subkind_key, f.state_key,
                                 sum(f.records), sum(f.minutes), sum(f.amount))
                from stats_figure f join area a on a.id = f.area_id
                where a.path like ? || '%'
                group by f.area_id, date_trunc('month', f.day)::date, f.kind, f.subkind_key, f.state_key
                order by f.area_id, date_trunc('month', f.day)::date, f.kind, f.subkind_key, f.state_key
                """).param(branchPath).query(String.class).list();
    }

    private List<String> facts(String codePrefix) {
        return jdbc.sql("""
                select concat_ws('|', r.kind, r.record_id, r.grid_id, r.day, r.subkind_key, r.state_key, r.minutes,
                                 r.amount, array(select unnest(r.person_ids) order by 1)::text, r.campaign_id)
                from stats_record r join area a on a.id = r.grid_id
                where a.code like ? || '-%'
                order by r.kind, r.record_id
                """).param(codePrefix).query(String.class).list();
    }
}
