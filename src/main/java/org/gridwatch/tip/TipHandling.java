package org.gridwatch.tip;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.Handling;
import org.gridwatch.fieldwork.HandlingSource;
import org.gridwatch.fieldwork.RecordKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A tip is acted on in time when it was verified, handed over or dismissed within {@link #ACT_WITHIN} of being
 * recorded (tips have no stage deadline of their own); one recorded in the period counts once acted on or once
 * that time has passed. Never reads the sealed source.
 */
@Component
class TipHandling implements HandlingSource {

    /** How soon a tip is expected to be checked. */
    static final Duration ACT_WITHIN = Duration.ofDays(3);

    private final JdbcClient jdbc;

    TipHandling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.TIP;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Handling> handlingByChild(String pathPrefix, Instant from, Instant toExclusive,
            Instant now) {
        return jdbc.sql("""
                select x.child, count(*) filter (where x.first_step is not null or :now > x.deadline),
                       count(*) filter (where x.first_step is not null and x.first_step <= x.deadline)
                from (select %s as child,
                             least(t.verified_at, t.handed_over_at, t.dismissed_at) as first_step,
                             t.recorded_at + :seconds * interval '1 second' as deadline
                      from tip t join area a on a.id = t.grid_id
                      where a.path like :prefix || '%%'
                        and t.recorded_at >= :from and t.recorded_at < :to) x
                group by x.child
                """.formatted(AreaScope.childOf("a.path", "prefix"))).param("now", Timestamp.from(now)).param("seconds", ACT_WITHIN.toSeconds())
                .param("prefix", pathPrefix).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(toExclusive))
                .query((rs, n) -> Handling.row(rs, RecordKind.TIP, "stats.measures.handling.TIP")).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
