package org.gridwatch.patrol;

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
 * A patrol finding is acted on when a tip, dispute or hazard was opened from it. When that happened is not kept
 * with the finding, so a finding counts once followed up or once {@link #FOLLOW_UP_WITHIN} after the patrol ended
 * has passed, and any follow-up counts as in time.
 */
@Component
class PatrolHandling implements HandlingSource {

    /** How soon a finding is expected to be followed up. */
    static final Duration FOLLOW_UP_WITHIN = Duration.ofDays(3);

    private final JdbcClient jdbc;

    PatrolHandling(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public RecordKind kind() {
        return RecordKind.PATROL;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Handling> handlingByChild(String pathPrefix, Instant from, Instant toExclusive,
            Instant now) {
        return jdbc.sql("""
                select %s,
                       count(*) filter (where f.followed_up_kind is not null
                                           or :now > p.ended_at + :seconds * interval '1 second'),
                       count(*) filter (where f.followed_up_kind is not null)
                from patrol_finding f join patrol p on p.id = f.patrol_id join area a on a.id = p.grid_id
                where a.path like :prefix || '%%'
                  and p.started_at >= :from and p.started_at < :to
                group by 1
                """.formatted(AreaScope.childOf("a.path", "prefix"))).param("now", Timestamp.from(now)).param("seconds", FOLLOW_UP_WITHIN.toSeconds())
                .param("prefix", pathPrefix).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(toExclusive))
                .query((rs, n) -> Handling.row(rs, RecordKind.PATROL, "stats.measures.handling.PATROL")).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
