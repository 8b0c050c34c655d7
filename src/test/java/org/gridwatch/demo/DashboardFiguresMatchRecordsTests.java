package org.gridwatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridwatch.DemoDataIntegrationTest;
import org.gridwatch.Eventually;
import org.gridwatch.area.AreaScope;
import org.gridwatch.dispute.DisputeDirectory;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.hazard.HazardDirectory;
import org.gridwatch.stats.Figures;
import org.gridwatch.stats.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every figure the dashboard's cards show, for the branch and each station over the demo season and one month of
 * it, equals a direct count over the records' own tables — so the pre-aggregated figures cannot drift unnoticed.
 */
@DemoDataIntegrationTest
class DashboardFiguresMatchRecordsTests {

    /** Whole months (read from the month table), ragged ends around a whole month, days within one month. */
    private static final List<LocalDate[]> PERIODS = List.of(
            new LocalDate[] {LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 30)},
            new LocalDate[] {LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 31)},
            new LocalDate[] {LocalDate.of(2026, 6, 17), LocalDate.of(2026, 8, 9)},
            new LocalDate[] {LocalDate.of(2026, 7, 31), LocalDate.of(2026, 8, 1)},
            new LocalDate[] {LocalDate.of(2026, 8, 5), LocalDate.of(2026, 8, 20)});

    /** Table, time column and the column behind the card's breakdown (subkind or state), per kind. */
    private record Source(RecordKind kind, String table, String time, String breakdown, String keyPrefix) {
    }

    private static final List<Source> SOURCES = List.of(
            new Source(RecordKind.PATROL, "patrol", "started_at", "kind", "patrol.kind."),
            new Source(RecordKind.VISIT, "visit", "occurred_at", "kind", "visit.kind."),
            new Source(RecordKind.CONSULTATION, "consultation", "occurred_at", null, null),
            new Source(RecordKind.PUBLICITY, "publicity_event", "occurred_at", null, null),
            new Source(RecordKind.DRILL, "drill", "occurred_at", null, null),
            new Source(RecordKind.TIP, "tip", "occurred_at", "category", "tip.category."),
            new Source(RecordKind.DISPUTE, "dispute", "occurred_at", "state", "dispute.state."),
            new Source(RecordKind.HAZARD, "hazard", "found_at", "state", "hazard.state."));

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Statistics statistics;
    @Autowired
    DisputeDirectory disputes;
    @Autowired
    HazardDirectory hazards;

    @Test
    void everyCardFigureEqualsADirectCountOverTheRecords() {
        List<Map<String, Object>> areas = jdbc.sql(
                "select id, path from area where type in ('BRANCH', 'STATION') order by path").query().listOfRows();
        assertThat(areas).hasSize(7);
        long branchId = ((Number) areas.get(0).get("id")).longValue();
        LocalDate[] season = PERIODS.get(0);
        // the figures are kept by an asynchronous listener after the demo's commits: wait until they are complete
        Eventually.value(() -> statistics.figures(branchId, season[0], season[1]).records(RecordKind.HAZARD),
                n -> n == count("hazard", "found_at", "/", season));

        for (Map<String, Object> area : areas) {
            long id = ((Number) area.get("id")).longValue();
            String path = (String) area.get("path");
            for (LocalDate[] period : PERIODS) {
                Figures figures = statistics.figures(id, period[0], period[1]);
                for (Source source : SOURCES) {
                    String what = source.kind() + " in " + path + " " + period[0] + ".." + period[1];
                    assertThat(figures.records(source.kind())).as(what)
                            .isEqualTo(count(source.table(), source.time(), path, period));
                    if (source.breakdown() != null) {
                        Map<String, Long> shown = source.breakdown().equals("state")
                                ? figures.byState(source.kind()) : figures.bySubkind(source.kind());
                        assertThat(shown).as(what + " by " + source.breakdown())
                                .isEqualTo(breakdown(source, path, period));
                    }
                }
                assertThat(figures.records(RecordKind.PATROL, "patrol.kind.JOINT")).isEqualTo(jdbc.sql(
                        "select count(*) from patrol r " + within("started_at") + " and r.kind = 'JOINT'")
                        .params(params(path, period)).query(Long.class).single());
                assertThat(figures.hours(RecordKind.PATROL)).isEqualTo(Math.round(jdbc.sql(
                        "select coalesce(sum(floor(extract(epoch from r.ended_at - r.started_at) / 60)), 0) "
                                + "from patrol r " + within("started_at"))
                        .params(params(path, period)).query(Long.class).single() / 6.0) / 10.0);
                assertThat(figures.amount(RecordKind.PUBLICITY)).isEqualTo(jdbc.sql(
                        "select coalesce(sum(r.audience_size), 0) from publicity_event r " + within("occurred_at"))
                        .params(params(path, period)).query(Long.class).single());
                assertThat(figures.byState(RecordKind.TIP)).isEqualTo(breakdown(
                        new Source(RecordKind.TIP, "tip", "occurred_at", "status", "tip.status."), path, period));
            }
            // the late cases are the modules' own counts, checked against the open cases past due now
            AreaScope within = new AreaScope(path);
            assertThat(disputes.overdue(within, org.springframework.data.domain.PageRequest.of(0, 1)).getCount())
                    .isEqualTo(org.gridwatch.shared.paging.BoundedCount.exactly(disputes.late(within).total()));
            assertThat(hazards.late(within).total()).isEqualTo(jdbc.sql(
                    "select count(*) from hazard h join area a on a.id = h.grid_id where a.path like :p || '%' "
                            + "and h.state <> 'VERIFIED' and h.due_at < now()").param("p", path)
                    .query(Long.class).single());
        }
    }

    private long count(String table, String time, String path, LocalDate[] period) {
        return jdbc.sql("select count(*) from " + table + " r " + within(time)).params(params(path, period))
                .query(Long.class).single();
    }

    private Map<String, Long> breakdown(Source source, String path, LocalDate[] period) {
        Map<String, Long> counts = new TreeMap<>();
        jdbc.sql("select r." + source.breakdown() + " as k, count(*) as n from " + source.table() + " r "
                        + within(source.time()) + " group by r." + source.breakdown())
                .params(params(path, period)).query()
                .listOfRows().forEach(row -> counts.put(source.keyPrefix() + row.get("k"),
                        ((Number) row.get("n")).longValue()));
        return counts;
    }

    /** Records whose grid lies under the path, on the period's days in the branch's time zone. */
    private static String within(String time) {
        return "join area a on a.id = r.grid_id where a.path like :path || '%' and (r." + time
                + " at time zone 'Asia/Shanghai')::date between :from and :to";
    }

    private static Map<String, Object> params(String path, LocalDate[] period) {
        return Map.of("path", path, "from", period[0], "to", period[1]);
    }
}
