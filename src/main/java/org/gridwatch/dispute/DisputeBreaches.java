package org.gridwatch.dispute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * Every stage of every dispute under :prefix with its due date and when it ended ('infinity' while running),
     * and the disputes late in the period. A dispute closed or escalated before :from cannot be: each stage ends by
     * its closing and by its escalation. So the period reads its open and just-ended disputes, not every dispute.
     */
    private static final String LATE = """
            with scoped as (
                select d.* from dispute d
                where d.grid_id in (select a.id from area a where a.path like :prefix || '%')
                  and d.reported_at < cast(:to as timestamptz)
                  and (d.closed_at is null or d.closed_at > cast(:from as timestamptz))
                  and (d.escalated_at is null or d.escalated_at > cast(:from as timestamptz))
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
            """;

    private static final String OVERDUE = LATE + """
            select d.id, d.grid_id, g.parent_id as community_id, %s as title, l.due as at
            from late l join dispute d on d.id = l.id join area g on g.id = d.grid_id
            order by g.parent_id, l.due, d.id
            """.formatted(TITLE);

    private static final String OVERDUE_COUNTS = LATE + """
            select g.parent_id as community_id, count(*) as n
            from late l join dispute d on d.id = l.id join area g on g.id = d.grid_id
            group by g.parent_id
            """;

    private static final String ESCALATED_WHERE = """
            from dispute d join area g on g.id = d.grid_id
            where d.grid_id in (select a.id from area a where a.path like :prefix || '%')
              and d.escalated_at >= cast(:from as timestamptz) and d.escalated_at < cast(:to as timestamptz)
            """;

    private static final String ESCALATED = """
            select d.id, d.grid_id, g.parent_id as community_id, %s as title, d.escalated_at as at
            """.formatted(TITLE) + ESCALATED_WHERE + " order by g.parent_id, d.escalated_at, d.id";

    private static final String ESCALATED_COUNTS = "select g.parent_id as community_id, count(*) as n "
            + ESCALATED_WHERE + " group by g.parent_id";

    private final JdbcClient jdbc;
    private final DisputeDeadlines deadlines;
    private final Clock clock;

    DisputeBreaches(JdbcClient jdbc, DisputeDeadlines deadlines, Clock clock) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    List<DisputeBreach> overdue(String prefix, Instant from, Instant to, Duration grace) {
        return late(OVERDUE, prefix, from, to, grace).query(DisputeBreaches::breach).list();
    }

    /** {@link #overdue} counted per community: community id to count, communities without any left out. */
    Map<Long, Long> overdueCounts(String prefix, Instant from, Instant to, Duration grace) {
        return counts(late(OVERDUE_COUNTS, prefix, from, to, grace));
    }

    List<DisputeBreach> escalated(String prefix, Instant from, Instant to) {
        return escalated(ESCALATED, prefix, from, to).query(DisputeBreaches::breach).list();
    }

    Map<Long, Long> escalatedCounts(String prefix, Instant from, Instant to) {
        return counts(escalated(ESCALATED_COUNTS, prefix, from, to));
    }

    private JdbcClient.StatementSpec late(String sql, String prefix, Instant from, Instant to, Duration grace) {
        Instant now = clock.instant();
        Instant until = now.isBefore(to) ? now : to;
        customPlans();
        return jdbc.sql(sql).param("prefix", prefix).param("from", time(from)).param("to", time(to))
                .param("until", time(until)).param("grace", grace.toSeconds())
                .param("accept", deadlines.accept().toSeconds()).param("resolve", deadlines.resolve().toSeconds())
                .param("followUp", deadlines.followUp().toSeconds());
    }

    private JdbcClient.StatementSpec escalated(String sql, String prefix, Instant from, Instant to) {
        customPlans();
        return jdbc.sql(sql).param("prefix", prefix).param("from", time(from)).param("to", time(to));
    }

    static Map<Long, Long> counts(JdbcClient.StatementSpec statement) {
        Map<Long, Long> counts = new HashMap<>();
        statement.query(rs -> {
            counts.put(rs.getLong("community_id"), rs.getLong("n"));
        });
        return counts;
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
