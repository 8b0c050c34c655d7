package org.gridwatch.stats;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.gridwatch.fieldwork.FieldRecordSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds every figure from the records themselves (each recording module replays its records), in one
 * transaction that events wait for. Used by the ADMIN action, at start-up when the figures are empty, and by
 * the test that compares figures with direct counts.
 */
@Service
public class StatisticsRebuild {

    private static final int BATCH = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final List<FieldRecordSource> sources;

    StatisticsRebuild(JdbcClient jdbc, JdbcTemplate template, List<FieldRecordSource> sources) {
        this.jdbc = jdbc;
        this.template = template;
        this.sources = sources;
    }

    /** Throws the figures away and counts every record again; returns how many records were counted. */
    @Transactional
    public long rebuild() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(FigureKeeper.LOCK_KEY).query(Object.class).single();
        jdbc.sql("truncate stats_record, stats_figure, stats_figure_month, stats_satisfaction").update();
        List<RecordFacts> batch = new ArrayList<>(BATCH);
        long[] counted = {0};
        for (FieldRecordSource source : sources) {
            source.replay(event -> {
                batch.add(RecordFacts.of(event));
                counted[0]++;
                if (batch.size() == BATCH) {
                    insert(batch);
                }
            });
        }
        insert(batch);
        rollUp();
        return counted[0];
    }

    /**
     * Recounts stats_figure, stats_figure_month and stats_satisfaction from stats_record alone, for records whose facts were written in bulk without events
     * (the benchmark data generator, in the test sources).
     */
    @Transactional
    public void recountFigures() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(FigureKeeper.LOCK_KEY).query(Object.class).single();
        jdbc.sql("truncate stats_figure, stats_figure_month, stats_satisfaction").update();
        rollUp();
    }

    /** Whether no record has been counted yet. */
    @Transactional(readOnly = true)
    public boolean isEmpty() {
        return !jdbc.sql("select exists (select 1 from stats_record)").query(Boolean.class).single();
    }

    /**
     * Sums stats_record into stats_figure (and answers into stats_satisfaction) for every area above each record's
     * grid, then stats_figure into stats_figure_month.
     */
    void rollUp() {
        jdbc.sql("""
                insert into stats_figure (area_id, day, kind, subkind_key, state_key, records, minutes, amount)
                select a.id, r.day, r.kind, r.subkind_key, r.state_key, count(*), sum(r.minutes), sum(r.amount)
                from stats_record r
                join area g on g.id = r.grid_id
                cross join unnest(string_to_array(trim(both '/' from g.path), '/')::bigint[]) as a(id)
                group by a.id, r.day, r.kind, r.subkind_key, r.state_key
                """).update();
        jdbc.sql("""
                insert into stats_figure_month (area_id, month, kind, subkind_key, state_key, records, minutes, amount)
                select area_id, date_trunc('month', day)::date, kind, subkind_key, state_key, sum(records),
                       sum(minutes), sum(amount)
                from stats_figure
                group by 1, 2, 3, 4, 5
                """).update();
        jdbc.sql("""
                insert into stats_satisfaction (area_id, day, kind, level, answers)
                select a.id, r.day, r.kind, r.satisfaction, count(*)
                from stats_record r
                join area g on g.id = r.grid_id
                cross join unnest(string_to_array(trim(both '/' from g.path), '/')::bigint[]) as a(id)
                where r.satisfaction is not null
                group by a.id, r.day, r.kind, r.satisfaction
                """).update();
    }

    private void insert(List<RecordFacts> batch) {
        if (batch.isEmpty()) {
            return;
        }
        template.batchUpdate("""
                insert into stats_record (kind, record_id, grid_id, day, subkind_key, state_key, minutes, amount,
                                          person_ids, campaign_id, satisfaction, sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (kind, record_id) do nothing
                """, batch, batch.size(), (ps, f) -> {
                    ps.setString(1, f.kind());
                    ps.setLong(2, f.recordId());
                    ps.setLong(3, f.gridId());
                    ps.setDate(4, Date.valueOf(f.day()));
                    ps.setString(5, f.subkindKey());
                    ps.setString(6, f.stateKey());
                    ps.setInt(7, f.minutes());
                    ps.setLong(8, f.amount());
                    ps.setArray(9, ps.getConnection().createArrayOf("bigint", f.personIds()));
                    ps.setObject(10, f.campaignId());
                    ps.setString(11, f.satisfaction());
                    // replayed now, so newer than any event still on its way: that one will be ignored
                    ps.setLong(12, f.sequence());
                });
        batch.clear();
    }
}
