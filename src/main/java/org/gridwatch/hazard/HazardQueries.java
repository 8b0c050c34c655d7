package org.gridwatch.hazard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.CaseDue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The hazard lists in SQL: scope, filters, the due level (0 on time, 1 overdue, 2 red: past due by more than the
 * grace) computed from {@code due_at} and the clock, so lists filter and sort by it, and paging.
 */
@Component
class HazardQueries {

    static final String DUE_LEVEL = """
            case when h.due_at is null or :now <= h.due_at then 0
                 when :now <= h.due_at + make_interval(secs => :grace) then 1 else 2 end""";

    private static final String COLUMNS = """
            h.id, h.category, h.severity, h.state, h.grid_id, h.place_id, h.description, h.responsible_unit,
            h.responsible_person, h.responsible_phone, h.found_by, h.found_at, h.notice_deadline, h.due_at,
            h.owner_person_id, h.rectified_at, h.verified_at""";

    private static final String FILTERED = """
            select %s, %s as due_level
            from hazard h
            where h.grid_id in (select a.id from area a where a.path like :prefix || '%%')
              and h.found_at >= :from and h.found_at < :to
              and (cast(:person as bigint) is null or h.owner_person_id = cast(:person as bigint))
              and (cast(:category as varchar) is null or h.category = cast(:category as varchar))
              and (cast(:severity as varchar) is null or h.severity = cast(:severity as varchar))
              and (cast(:state as varchar) is null or h.state = cast(:state as varchar))
              and (not :openOnly or h.state <> 'VERIFIED')
            """.formatted(COLUMNS, DUE_LEVEL);

    private static final Map<String, String> ORDER = Map.of(
            "found", "x.found_at desc, x.id desc",
            // Red, then overdue, then on time, each by due date: with one grace for all, that is the due date alone
            // (red ones fell due before the merely overdue ones), an order an index on the due date gives.
            "due", "x.due_at asc nulls last, x.id",
            "severity", "case x.severity when 'MAJOR' then 0 when 'HIGH' then 1 when 'MEDIUM' then 2 else 3 end, "
                    + "x.found_at desc, x.id desc");

    private final JdbcClient jdbc;

    HazardQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<HazardRow> rows(HazardSearch search, String prefix, Instant now, Duration grace, int limit, long offset) {
        return filtered("select x.* from (" + FILTERED + ") x where (cast(:due as integer) is null or x.due_level = "
                + "cast(:due as integer)) order by " + ORDER.get(search.sort()) + " limit :limit offset :offset",
                search, prefix, now, grace)
                .param("limit", limit).param("offset", offset)
                .query(HazardQueries::row).list();
    }

    long countUpTo(HazardSearch search, String prefix, Instant now, Duration grace, int max) {
        return filtered("select count(*) from (select 1 from (" + FILTERED + ") x where (cast(:due as integer) is null "
                + "or x.due_level = cast(:due as integer)) limit :max) bounded", search, prefix, now, grace)
                .param("max", max).query(Long.class).single();
    }

    /** Open hazards owned by a person within the scope, soonest due first. */
    List<HazardRow> openOwnedBy(long personId, String prefix, Instant now, Duration grace) {
        return jdbc.sql("select " + COLUMNS + ", " + DUE_LEVEL + " as due_level from hazard h "
                + "where h.owner_person_id = :person and h.state <> 'VERIFIED' "
                + "and h.grid_id in (select a.id from area a where a.path like :prefix || '%') "
                + "order by h.due_at asc nulls last, h.id")
                .param("person", personId).param("prefix", prefix)
                .param("now", time(now)).param("grace", (double) grace.toSeconds())
                .query(HazardQueries::row).list();
    }

    /** Open hazards of the scope past their due date: red first, then the longest overdue. */
    List<HazardRow> overdue(String prefix, Instant now, Duration grace, int limit, long offset) {
        return jdbc.sql("select x.* from (select " + COLUMNS + ", " + DUE_LEVEL + " as due_level from hazard h "
                + "where h.state <> 'VERIFIED' and h.due_at < :now "
                + "and h.grid_id in (select a.id from area a where a.path like :prefix || '%')) x "
                + "order by x.due_at, x.id limit :limit offset :offset") // red first: they fell due first
                .param("prefix", prefix).param("now", time(now)).param("grace", (double) grace.toSeconds())
                .param("limit", limit).param("offset", offset)
                .query(HazardQueries::row).list();
    }

    /** Hazards under the prefix whose rectification was verified in [from, to). */
    long countVerified(String prefix, Instant from, Instant to) {
        return jdbc.sql("select count(*) from hazard h where h.verified_at >= :from and h.verified_at < :to "
                + "and h.grid_id in (select a.id from area a where a.path like :prefix || '%')")
                .param("prefix", prefix).param("from", time(from)).param("to", time(to)).query(Long.class).single();
    }

    Map<Long, Long> countVerifiedByChild(String parentPath, Instant from, Instant to) {
        return AreaScope.byChild(jdbc.sql("select " + AreaScope.childOf("a.path", "prefix")
                + ", count(*) from hazard h join area a on a.id = h.grid_id where a.path like :prefix || '%' "
                + "and h.verified_at >= :from and h.verified_at < :to group by 1")
                .param("prefix", parentPath).param("from", time(from)).param("to", time(to))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list());
    }

    long countOverdueUpTo(String prefix, Instant now, int max) {
        return jdbc.sql("select count(*) from (select 1 from hazard h where h.state <> 'VERIFIED' and h.due_at < :now "
                + "and h.grid_id in (select a.id from area a where a.path like :prefix || '%') limit :max) bounded")
                .param("prefix", prefix).param("now", time(now)).param("max", max).query(Long.class).single();
    }

    /** Open hazards of the scope at a due level now (1 overdue, 2 red). */
    long countAtLevel(String prefix, Instant now, Duration grace, int level) {
        return jdbc.sql("select count(*) from hazard h where h.state <> 'VERIFIED' and h.due_at < :now and "
                + DUE_LEVEL + " = :level and h.grid_id in (select a.id from area a where a.path like :prefix || '%')")
                .param("prefix", prefix).param("now", time(now)).param("grace", (double) grace.toSeconds())
                .param("level", level).query(Long.class).single();
    }

    private JdbcClient.StatementSpec filtered(String sql, HazardSearch search, String prefix, Instant now,
            Duration grace) {
        return jdbc.sql(sql)
                .param("prefix", prefix)
                .param("from", time(search.from())).param("to", time(search.toExclusive()))
                .param("person", search.personId())
                .param("category", search.category() == null ? null : search.category().name())
                .param("severity", search.severity() == null ? null : search.severity().name())
                .param("state", search.state() == null ? null : search.state().name())
                .param("openOnly", search.openOnly())
                .param("due", search.due() == null ? null : search.due().level())
                .param("now", time(now)).param("grace", (double) grace.toSeconds());
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static HazardRow row(ResultSet rs, int n) throws SQLException {
        java.sql.Date deadline = rs.getDate("notice_deadline");
        return new HazardRow(rs.getLong("id"), HazardCategory.valueOf(rs.getString("category")),
                HazardSeverity.valueOf(rs.getString("severity")), HazardState.valueOf(rs.getString("state")),
                rs.getLong("grid_id"), null, longOrNull(rs, "place_id"), null,
                rs.getString("description"), rs.getString("responsible_unit"), rs.getString("responsible_person"),
                rs.getString("responsible_phone"), HazardFoundBy.valueOf(rs.getString("found_by")),
                instant(rs, "found_at"), deadline == null ? null : deadline.toLocalDate(), instant(rs, "due_at"),
                CaseDue.ofLevel(rs.getInt("due_level")), longOrNull(rs, "owner_person_id"), null,
                instant(rs, "rectified_at"), instant(rs, "verified_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
