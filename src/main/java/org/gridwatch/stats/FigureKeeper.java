package org.gridwatch.stats;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Array;
import java.sql.Date;
import java.util.Optional;
import org.gridwatch.fieldwork.FieldRecordSaved;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the figures in step with the records. Each event replaces the record's last counted facts: the old
 * facts are subtracted from every area above the record's grid and the new ones added, so an event delivered
 * twice (after a crash) or a record saved again changes nothing it should not. Events may arrive out of order
 * (they are handled on several threads); one older than the facts already counted is ignored.
 */
@Component
class FigureKeeper {

    /** Shared by the keepers, exclusive for a rebuild: a rebuild never interleaves with an event. */
    static final long LOCK_KEY = 0x73746174L;

    private final JdbcClient jdbc;
    private final Counter handled;

    FigureKeeper(JdbcClient jdbc, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.handled = Counter.builder("gridwatch.events.handled").tag("listener", "figures")
                .description("Record events the statistics handled on this instance").register(meters);
    }

    @ApplicationModuleListener
    void on(FieldRecordSaved saved) {
        keep(RecordFacts.of(saved));
        handled.increment();
    }

    void keep(RecordFacts facts) {
        jdbc.sql("select pg_advisory_xact_lock_shared(?)").param(LOCK_KEY).query(Object.class).single();
        // Inserting first makes a concurrent first save of the same record wait for this one (primary key).
        int inserted = jdbc.sql("""
                insert into stats_record (kind, record_id, grid_id, day, subkind_key, state_key, minutes, amount,
                                          person_ids, campaign_id, satisfaction, sequence)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (kind, record_id) do nothing
                """).params(facts.kind(), facts.recordId(), facts.gridId(), Date.valueOf(facts.day()),
                facts.subkindKey(), facts.stateKey(), facts.minutes(), facts.amount(), facts.personIds(),
                facts.campaignId(), facts.satisfaction(), facts.sequence()).update();
        if (inserted == 1) {
            add(facts, 1);
            return;
        }
        Optional<RecordFacts> counted = jdbc.sql("""
                select kind, record_id, grid_id, day, subkind_key, state_key, minutes, amount, person_ids, campaign_id,
                       satisfaction, sequence
                from stats_record where kind = ? and record_id = ? for update
                """).params(facts.kind(), facts.recordId()).query((rs, n) -> new RecordFacts(rs.getString(1),
                rs.getLong(2), rs.getLong(3), rs.getDate(4).toLocalDate(), rs.getString(5), rs.getString(6),
                rs.getInt(7), rs.getLong(8), longs(rs.getArray(9)), (Long) rs.getObject(10), rs.getString(11),
                rs.getLong(12)))
                .optional();
        if (counted.isPresent() && counted.get().sequence() > facts.sequence()) {
            return;
        }
        if (counted.isPresent() && facts.sameAs(counted.get())) {
            // nothing to recount, but a later, older event must still see that this save was newer
            jdbc.sql("update stats_record set sequence = ? where kind = ? and record_id = ?")
                    .params(facts.sequence(), facts.kind(), facts.recordId()).update();
            return;
        }
        counted.ifPresent(old -> add(old, -1));
        jdbc.sql("""
                update stats_record set grid_id = ?, day = ?, subkind_key = ?, state_key = ?, minutes = ?, amount = ?,
                                        person_ids = ?, campaign_id = ?, satisfaction = ?, sequence = ?
                where kind = ? and record_id = ?
                """).params(facts.gridId(), Date.valueOf(facts.day()), facts.subkindKey(), facts.stateKey(),
                facts.minutes(), facts.amount(), facts.personIds(), facts.campaignId(), facts.satisfaction(),
                facts.sequence(), facts.kind(), facts.recordId()).update();
        add(facts, 1);
    }

    /**
     * Adds (sign 1) or removes (sign -1) one record's facts (and answer) to its grid and every area above it, on
     * its day and in its month.
     */
    private void add(RecordFacts facts, int sign) {
        jdbc.sql("""
                insert into stats_figure (area_id, day, kind, subkind_key, state_key, records, minutes, amount)
                select a.id, :day, :kind, :subkind, :state, :sign, :sign * :minutes, :sign * :amount
                from area g cross join unnest(string_to_array(trim(both '/' from g.path), '/')::bigint[]) as a(id)
                where g.id = :grid
                order by a.id
                on conflict (area_id, day, kind, subkind_key, state_key) do update
                set records = stats_figure.records + excluded.records,
                    minutes = stats_figure.minutes + excluded.minutes,
                    amount = stats_figure.amount + excluded.amount
                """).param("day", Date.valueOf(facts.day())).param("kind", facts.kind())
                .param("subkind", facts.subkindKey()).param("state", facts.stateKey()).param("sign", sign)
                .param("minutes", (long) facts.minutes()).param("amount", facts.amount()).param("grid", facts.gridId())
                .update();
        jdbc.sql("""
                insert into stats_figure_month (area_id, month, kind, subkind_key, state_key, records, minutes, amount)
                select a.id, date_trunc('month', cast(:day as date))::date, :kind, :subkind, :state, :sign,
                       :sign * :minutes, :sign * :amount
                from area g cross join unnest(string_to_array(trim(both '/' from g.path), '/')::bigint[]) as a(id)
                where g.id = :grid
                order by a.id
                on conflict (area_id, month, kind, subkind_key, state_key) do update
                set records = stats_figure_month.records + excluded.records,
                    minutes = stats_figure_month.minutes + excluded.minutes,
                    amount = stats_figure_month.amount + excluded.amount
                """).param("day", Date.valueOf(facts.day())).param("kind", facts.kind())
                .param("subkind", facts.subkindKey()).param("state", facts.stateKey()).param("sign", sign)
                .param("minutes", (long) facts.minutes()).param("amount", facts.amount()).param("grid", facts.gridId())
                .update();
        if (facts.satisfaction() != null) {
            jdbc.sql("""
                    insert into stats_satisfaction (area_id, day, kind, level, answers)
                    select a.id, :day, :kind, :level, :sign
                    from area g cross join unnest(string_to_array(trim(both '/' from g.path), '/')::bigint[]) as a(id)
                    where g.id = :grid
                    order by a.id
                    on conflict (area_id, day, kind, level) do update
                    set answers = stats_satisfaction.answers + excluded.answers
                    """).param("day", Date.valueOf(facts.day())).param("kind", facts.kind())
                    .param("level", facts.satisfaction()).param("sign", sign).param("grid", facts.gridId()).update();
        }
    }

    private static Long[] longs(Array array) throws java.sql.SQLException {
        return array == null ? new Long[0] : (Long[]) array.getArray();
    }
}
