package org.gridwatch.dispute;

import java.sql.Timestamp;
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
 * A dispute is acted on in time when its first step after the report (accepted, or directly mediated, resolved,
 * referred or escalated) came within the accept deadline; one reported in the period counts once it was taken up
 * or once that deadline has passed.
 */
@Component
class DisputeHandling implements HandlingSource {

    private final JdbcClient jdbc;
    private final DisputeDeadlines deadlines;

    DisputeHandling(JdbcClient jdbc, DisputeDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.DISPUTE;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Handling> handlingByChild(String pathPrefix, Instant from, Instant toExclusive,
            Instant now) {
        return jdbc.sql("""
                select x.child, count(*) filter (where x.first_step is not null or :now > x.deadline),
                       count(*) filter (where x.first_step is not null and x.first_step <= x.deadline)
                from (select %s as child,
                             least(d.accepted_at, d.mediating_at, d.resolved_at, d.referred_at, d.escalated_at)
                                 as first_step,
                             d.reported_at + :seconds * interval '1 second' as deadline
                      from dispute d join area a on a.id = d.grid_id
                      where a.path like :prefix || '%%'
                        and d.reported_at >= :from and d.reported_at < :to) x
                group by x.child
                """.formatted(AreaScope.childOf("a.path", "prefix"))).param("now", Timestamp.from(now)).param("seconds", deadlines.accept().toSeconds())
                .param("prefix", pathPrefix).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(toExclusive))
                .query((rs, n) -> Handling.row(rs, RecordKind.DISPUTE, "stats.measures.handling.DISPUTE")).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
