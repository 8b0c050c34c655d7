package org.gridwatch.hazard;

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
 * A hazard is acted on in time when the rectification notice went out within the notify deadline after it was
 * recorded; one recorded in the period counts once notified or once that deadline has passed.
 */
@Component
class HazardHandling implements HandlingSource {

    private final JdbcClient jdbc;
    private final HazardDeadlines deadlines;

    HazardHandling(JdbcClient jdbc, HazardDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.HAZARD;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Handling> handlingByChild(String pathPrefix, Instant from, Instant toExclusive,
            Instant now) {
        return jdbc.sql("""
                select x.child, count(*) filter (where x.notified_at is not null or :now > x.deadline),
                       count(*) filter (where x.notified_at is not null and x.notified_at <= x.deadline)
                from (select %s as child,
                             h.notified_at, h.created_at + :seconds * interval '1 second' as deadline
                      from hazard h join area a on a.id = h.grid_id
                      where a.path like :prefix || '%%'
                        and h.created_at >= :from and h.created_at < :to) x
                group by x.child
                """.formatted(AreaScope.childOf("a.path", "prefix"))).param("now", Timestamp.from(now)).param("seconds", deadlines.notifyWithin().toSeconds())
                .param("prefix", pathPrefix).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(toExclusive))
                .query((rs, n) -> Handling.row(rs, RecordKind.HAZARD, "stats.measures.handling.HAZARD")).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
