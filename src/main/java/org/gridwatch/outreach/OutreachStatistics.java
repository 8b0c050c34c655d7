package org.gridwatch.outreach;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import org.gridwatch.area.AreaScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Outreach figures for home pages, dashboards and the monthly report, counted in SQL within a scope. */
@Service
@Transactional(readOnly = true)
public class OutreachStatistics {

    private final JdbcClient jdbc;

    OutreachStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Consultations answered among those that happened in {@code [from, toExclusive)}, for each area directly below
     * the path (already narrowed to the reader's scope), in one pass: child area id to count, areas without any
     * left out. The same count as {@link OutreachFigures#consultationsAnswered()} of each child.
     */
    public Map<Long, Long> consultationsAnsweredByChild(String parentPath, Instant from,
            Instant toExclusive) {
        return AreaScope.byChild(jdbc.sql("select " + AreaScope.childOf("a.path", "prefix") + """
                , count(*) from consultation r join area a on a.id = r.grid_id
                where a.path like :prefix || '%' and r.occurred_at >= :from and r.occurred_at < :to
                  and r.answer is not null
                group by 1
                """).param("prefix", parentPath).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(toExclusive))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list());
    }

    /** The figures of the scope's subtree for records that happened in {@code [from, toExclusive)}. */
    public OutreachFigures figures(AreaScope scope, Instant from, Instant toExclusive) {
        return jdbc.sql("""
                with within as (select a.id from area a where a.path like :prefix || '%')
                select (select count(*) from consultation r
                        where r.grid_id in (select id from within) and r.occurred_at >= :from and r.occurred_at < :to),
                       (select count(*) from consultation r
                        where r.grid_id in (select id from within) and r.occurred_at >= :from and r.occurred_at < :to
                          and r.answer is not null),
                       (select count(*) from publicity_event r
                        where r.grid_id in (select id from within) and r.occurred_at >= :from and r.occurred_at < :to),
                       (select coalesce(sum(r.audience_size), 0) from publicity_event r
                        where r.grid_id in (select id from within) and r.occurred_at >= :from and r.occurred_at < :to),
                       (select count(*) from publicity_event r
                        where r.grid_id in (select id from within) and r.occurred_at >= :from and r.occurred_at < :to
                          and r.topic = 'ANTI_FRAUD'),
                       (select count(*) from drill r
                        where r.grid_id in (select id from within) and r.occurred_at >= :from and r.occurred_at < :to)
                """).param("prefix", scope.pathPrefix()).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(toExclusive))
                .query((rs, n) -> new OutreachFigures(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6)))
                .single();
    }
}
