package org.gridwatch.hazard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hazards behind the "三零" rating, in SQL under a path prefix: every rectification notice (and every reopening)
 * in the timeline is due at the end of its deadline day and runs until the next rectification, so a month long past
 * is judged on what happened in it, not on the hazard's state today. A hazard verified before the period cannot be
 * late in it (verification is final and comes after every rectification), so only open and recently verified
 * hazards are read: the cost follows the open cases, not the years of records.
 */
@Component
class HazardBreaches {

    private static final String LATE = """
            with candidate as (
                select h.id from hazard h
                where h.grid_id in (select a.id from area a where a.path like :prefix || '%')
                  and (h.state <> 'VERIFIED' or h.verified_at > cast(:from as timestamptz))
            ), notice as (
                select s.hazard_id, s.id as step_id,
                       cast(s.deadline + 1 as timestamp) at time zone cast(:zone as text) as due
                from hazard_step s join candidate c on c.id = s.hazard_id
                where s.action in ('NOTIFIED', 'REOPENED') and s.deadline is not null
            ), stage as (
                select n.hazard_id, n.due,
                       coalesce((select min(r.at) from hazard_step r where r.hazard_id = n.hazard_id
                                 and r.id > n.step_id and r.action = 'RECTIFIED'), 'infinity') as ended
                from notice n
            ), late as (
                select s.hazard_id, min(s.due) as due from stage s
                where s.due + cast(:grace as double precision) * interval '1 second' < cast(:until as timestamptz)
                  and s.ended > s.due + cast(:grace as double precision) * interval '1 second'
                  and s.ended > cast(:from as timestamptz)
                group by s.hazard_id
            )
            """;

    private static final String OVERDUE = LATE + """
            select h.id, h.grid_id, g.parent_id as community_id,
                   h.responsible_unit || '：' || left(h.description, 60) as title, l.due as at
            from late l join hazard h on h.id = l.hazard_id join area g on g.id = h.grid_id
            order by g.parent_id, l.due, h.id
            """;

    private static final String OVERDUE_COUNTS = LATE + """
            select g.parent_id as community_id, count(*) as n
            from late l join hazard h on h.id = l.hazard_id join area g on g.id = h.grid_id
            group by g.parent_id
            """;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    HazardBreaches(JdbcClient jdbc, Clock clock, @Value("${gridwatch.time-zone:Asia/Shanghai}") ZoneId zone) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = zone;
    }

    List<HazardBreach> overdue(String prefix, Instant from, Instant to, Duration grace) {
        return late(OVERDUE, prefix, from, to, grace).query(HazardBreaches::breach).list();
    }

    /** {@link #overdue} counted per community: community id to count, communities without any left out. */
    Map<Long, Long> overdueCounts(String prefix, Instant from, Instant to, Duration grace) {
        Map<Long, Long> counts = new HashMap<>();
        late(OVERDUE_COUNTS, prefix, from, to, grace).query(rs -> {
            counts.put(rs.getLong("community_id"), rs.getLong("n"));
        });
        return counts;
    }

    private JdbcClient.StatementSpec late(String sql, String prefix, Instant from, Instant to, Duration grace) {
        Instant now = clock.instant();
        Instant until = now.isBefore(to) ? now : to;
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
        return jdbc.sql(sql).param("prefix", prefix).param("from", time(from)).param("until", time(until))
                .param("grace", grace.toSeconds()).param("zone", zone.getId());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static HazardBreach breach(ResultSet rs, int n) throws SQLException {
        return new HazardBreach(rs.getLong("id"), rs.getLong("grid_id"), rs.getLong("community_id"),
                rs.getString("title"), rs.getTimestamp("at").toInstant());
    }
}
