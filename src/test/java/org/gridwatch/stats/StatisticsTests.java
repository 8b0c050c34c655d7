package org.gridwatch.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.gridwatch.Eventually;
import org.gridwatch.IntegrationTest;
import org.gridwatch.TestTerritory;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.gridwatch.fieldwork.RecordKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class StatisticsTests {

    @Autowired Statistics statistics;
    @Autowired StatisticsRebuild rebuild;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired RecordSourceStandIn.TestSource source;

    TestTerritory t;
    long ids = System.nanoTime();
    static final LocalDate JUNE_1 = LocalDate.of(2026, 6, 1);
    static final LocalDate JULY_1 = LocalDate.of(2026, 7, 1);
    static final LocalDate JULY_31 = LocalDate.of(2026, 7, 31);

    @BeforeEach
    void territory() {
        t = TestTerritory.create(jdbc);
    }

    FieldRecordSaved drill(long id, long grid, String when, String subkind, long minutes) {
        Instant start = Instant.parse(when);
        return new FieldRecordSaved(RecordKind.DRILL, id, List.of(grid), null, start, start.plusSeconds(minutes * 60),
                subkind, "演练", List.of(7L), null, null, null, null, 0);
    }

    void save(FieldRecordSaved event) {
        synchronized (source) {
            source.saved.removeIf(e -> e.recordId() == event.recordId());
            source.saved.add(event);
        }
        transactions.executeWithoutResult(tx -> events.publishEvent(event));
    }

    long drills(long area) {
        return statistics.figures(area, JULY_1, JULY_31).records(RecordKind.DRILL);
    }

    @Test
    void aSavedRecordCountsInItsGridAndEveryAreaAboveButNotInTheSiblings() {
        save(drill(++ids, t.gridA1, "2026-07-10T02:00:00Z", "outreach.drill.FIRE", 90));

        assertThat(Eventually.value(() -> drills(t.branch), n -> n == 1)).isEqualTo(1);
        assertThat(drills(t.stationA)).isEqualTo(1);
        assertThat(drills(t.communityA)).isEqualTo(1);
        assertThat(drills(t.gridA1)).isEqualTo(1);
        assertThat(drills(t.gridA2)).isZero();
        assertThat(drills(t.stationB)).isZero();
        assertThat(statistics.figures(t.stationA, JULY_1, JULY_31).hours(RecordKind.DRILL)).isEqualTo(1.5);
        assertThat(drills(t.stationA)).isEqualTo(statistics.figures(t.stationA, JULY_1, JULY_1.plusDays(30))
                .records(RecordKind.DRILL));
        assertThat(statistics.figures(t.stationA, JULY_1, JULY_1.plusDays(8)).records(RecordKind.DRILL)).isZero();
    }

    @Test
    void savingARecordAgainMovesItsCountInsteadOfAddingOne() {
        long id = ++ids;
        save(drill(id, t.gridA1, "2026-07-10T02:00:00Z", "outreach.drill.FIRE", 60));
        Eventually.value(() -> drills(t.gridA1), n -> n == 1);

        save(drill(id, t.gridB1, "2026-07-11T02:00:00Z", "outreach.drill.FLOOD", 30));

        assertThat(Eventually.value(() -> drills(t.gridB1), n -> n == 1)).isEqualTo(1);
        assertThat(drills(t.gridA1)).isZero();
        assertThat(drills(t.stationA)).isZero();
        assertThat(drills(t.branch)).isEqualTo(1);
        assertThat(statistics.figures(t.branch, JULY_1, JULY_31).bySubkind(RecordKind.DRILL))
                .containsExactly(java.util.Map.entry("outreach.drill.FLOOD", 1L));
    }

    @Test
    void anOlderSaveDeliveredAfterANewerOneChangesNothing() {
        long id = ++ids;
        FieldRecordSaved older = drill(id, t.gridA1, "2026-07-16T02:00:00Z", "outreach.drill.FIRE", 60);
        FieldRecordSaved newer = drill(id, t.gridA2, "2026-07-16T02:00:00Z", "outreach.drill.FLOOD", 60);
        assertThat(newer.sequence()).isGreaterThan(older.sequence());
        save(newer);
        Eventually.value(() -> drills(t.gridA2), n -> n == 1);

        // the listener runs on several threads: the first save's event may be handled last
        save(older);
        Eventually.value(() -> jdbc.sql("select count(*) from event_publication where completion_date is null "
                + "and serialized_event like ?").param("%\"recordId\":" + id + ",%").query(Long.class).single(),
                n -> n == 0);
        assertThat(drills(t.gridA2)).isEqualTo(1);
        assertThat(drills(t.gridA1)).isZero();
        assertThat(statistics.figures(t.communityA, JULY_1, JULY_31).bySubkind(RecordKind.DRILL))
                .containsExactly(java.util.Map.entry("outreach.drill.FLOOD", 1L));
    }

    @Test
    void theSameEventDeliveredTwiceCountsOnce() {
        FieldRecordSaved event = drill(++ids, t.gridA2, "2026-07-12T02:00:00Z", "outreach.drill.FIRE", 60);
        save(event);
        save(event);
        long other = ++ids;
        save(drill(other, t.gridA2, "2026-07-13T02:00:00Z", "outreach.drill.FIRE", 60));

        assertThat(Eventually.value(() -> drills(t.gridA2), n -> n >= 2)).isEqualTo(2);
    }

    @Test
    void aRecordMovedToAnotherMonthLeavesTheOldMonthAndCountsInTheNewOneForWholeMonthsAndRaggedPeriods() {
        long id = ++ids;
        save(drill(id, t.gridA1, "2026-06-30T02:00:00Z", "outreach.drill.FIRE", 60));
        save(drill(++ids, t.gridA1, "2026-07-02T02:00:00Z", "outreach.drill.FIRE", 60));
        Eventually.value(() -> statistics.figures(t.stationA, JUNE_1, JULY_31).records(RecordKind.DRILL),
                n -> n == 2);
        assertThat(statistics.figures(t.stationA, JUNE_1, JUNE_1.plusDays(29)).records(RecordKind.DRILL)).isEqualTo(1);

        save(drill(id, t.gridA1, "2026-07-01T02:00:00Z", "outreach.drill.FIRE", 30));

        assertThat(Eventually.value(() -> drills(t.stationA), n -> n == 2)).isEqualTo(2);
        assertThat(statistics.figures(t.stationA, JUNE_1, JUNE_1.plusDays(29)).records(RecordKind.DRILL)).isZero();
        assertThat(statistics.figures(t.stationA, JUNE_1.plusDays(29), JULY_1).records(RecordKind.DRILL)).isEqualTo(1);
        assertThat(statistics.figures(t.stationA, JUNE_1.plusDays(10), JULY_31).records(RecordKind.DRILL)).isEqualTo(2);
        assertThat(statistics.figures(t.branch, JUNE_1, JULY_31).hours(RecordKind.DRILL)).isEqualTo(1.5);
        assertThat(jdbc.sql("""
                select sum(records) from stats_figure_month where area_id = ? and month = date '2026-06-01'
                """).param(t.stationA).query(Long.class).single()).isZero();
    }

    @Test
    void aRebuildFromTheRecordsGivesTheSameFiguresAsTheEvents() {
        save(drill(++ids, t.gridA1, "2026-07-14T02:00:00Z", "outreach.drill.FIRE", 45));
        save(drill(++ids, t.gridB2, "2026-07-15T02:00:00Z", "outreach.drill.FIRE", 45));
        Eventually.value(() -> drills(t.branch), n -> n == 2);
        Figures before = statistics.figures(t.branch, JULY_1, JULY_31);
        jdbc.sql("update stats_figure set records = records + 5 where area_id = ?").param(t.stationA).update();
        jdbc.sql("update stats_figure_month set records = records + 5 where area_id = ?").param(t.stationA).update();

        rebuild.rebuild();

        assertThat(statistics.figures(t.branch, JULY_1, JULY_31)).isEqualTo(before);
        assertThat(drills(t.stationA)).isEqualTo(1);
        assertThat(drills(t.stationB)).isEqualTo(1);
    }
}
