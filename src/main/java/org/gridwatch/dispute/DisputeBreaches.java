package org.gridwatch.dispute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The disputes behind the "三零" rating, in SQL under a path prefix. A dispute's stage due dates are rebuilt from
 * its timestamps with {@link DisputeDeadlines} (as the workflow set them: acceptance from the report, resolution
 * from the acceptance, call-back from the outcome), so a month long past is judged on what happened in it, not
 * on the dispute's state today.
 */
@Component
class DisputeBreaches {

    private static final String TITLE = """
            coalesce((select string_agg(p.name, '、' order by p.position) from dispute_party p
                      where p.dispute_id = d.id) || '：', '') || left(d.description, 60)""";

    /** Every stage of every dispute under :prefix with its due date and when it ended ('infinity' while running). */
    private static final String OVERDUE = """
            with scoped as (
                select d.* from dispute d
                where d.grid_id in (select a.id from area a where a.path like :prefix || '%%')
                  and d.reported_at < cast(:to as timestamptz)
            ), stage as (
                select d.id, d.reported_at + cast(:accept as double precision) * interval '1 second' as due,
                       coalesce(least(d.accepted_at, d.mediating_at, d.resolved_at, d.referred_at, d.escalated_at,
                                      d.closed_at), 'infinity') as ended
                from scoped d
                union all
                select d.id, d.accepted_at + cast(:resolve as double precision) * interval '1 second',
                       coalesce(least(d.resolved_at, d.referred_at, d.escalated_at, d.closed_at), 'infinity')
                from scoped d where d.accepted_at is not null
                union all
                select d.id, least(d.resolved_at, d.referred_at) + cast(:followUp as double precision) * interval '1 second',
                       coalesce(least(d.closed_at, d.escalated_at), 'infinity')
                from scoped d where coalesce(d.resolved_at, d.referred_at) is not null
            ), late as (
                select s.id, min(s.due) as due from stage s
                where s.due + cast(:grace as double precision) * interval '1 second' < cast(:until as timestamptz)
                  and s.ended > s.due + cast(:grace as double precision) * interval '1 second'
                  and s.ended > cast(:from as timestamptz)
                group by s.id
            )
            select d.id, d.grid_id, g.parent_id as community_id, %s as title, l.due as at
            from late l join dispute d on d.id = l.id join area g on g.id = d.grid_id
            order by g.parent_id, l.due, d.id
            """.formatted(TITLE);

    private static final String ESCALATED = """
            select d.id, d.grid_id, g.parent_id as community_id, %s as title, d.escalated_at as at
            from dispute d join area g on g.id = d.grid_id
            where d.grid_id in (select a.id from area a where a.path like :prefix || '%%')
              and d.escalated_at >= cast(:from as timestamptz) and d.escalated_at < cast(:to as timestamptz)
            order by g.parent_id, d.escalated_at, d.id
            """.formatted(TITLE);

    private final JdbcClient jdbc;
    private final DisputeDeadlines deadlines;
    private final Clock clock;

    DisputeBreaches(JdbcClient jdbc, DisputeDeadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    List<DisputeBreach> overdue(String prefix, Instant from, Instant to, Duration grace) {
        Instant now = clock.instant();
        Instant until = now.isBefore(to) ? now : to;
        customPlans();
        return jdbc.sql(OVERDUE).param("prefix", prefix).param("from", time(from)).param("to", time(to))
                .param("until", time(until)).param("grace", grace.toSeconds())
                .param("accept", deadlines.accept().toSeconds()).param("resolve", deadlines.resolve().toSeconds())
                .param("followUp", deadlines.followUp().toSeconds())
                .query(DisputeBreaches::breach).list();
    }

    List<DisputeBreach> escalated(String prefix, Instant from, Instant to) {
        customPlans();
        return jdbc.sql(ESCALATED).param("prefix", prefix).param("from", time(from)).param("to", time(to))
                .query(DisputeBreaches::breach).list();
    }

    /** See DisputeQueries: generic plans for "path like $1 || '%'" ignore the path index. */
    private void customPlans() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static DisputeBreach breach(ResultSet rs, int n) throws SQLException {
        return new DisputeBreach(rs.getLong("id"), rs.getLong("grid_id"), rs.getLong("community_id"),
                rs.getString("title"), rs.getTimestamp("at").toInstant());
    }
}
