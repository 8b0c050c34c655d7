package org.gridwatch.duty;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The coverage board in SQL: every live grid under a path prefix with today's team and status, computed
 * for all grids at once (one query for a page, one for the counts), never grid by grid.
 */
@Component
class CoverageQueries {

    /** A grid's status from its assignments today (grouped by grid, "a" left-joined): the board's one rule. */
    private static final String STATUS = """
            case when bool_or(a.role = 'RESPONSIBLE_OFFICER') and bool_or(a.role = 'AUXILIARY')
                      and bool_or(a.role = 'LIAISON') then 'COVERED'
                 when count(a.id) = 0 then 'UNCOVERED'
                 else 'PARTLY' end""";

    /**
     * Live grids under :prefix (optionally one grid, or those a person is on duty for today) with their
     * community, station, today's team, link channel and status, in tree order; :status narrows to one status,
     * :limit and :offset to one page (a null limit is no limit). Ended or future assignments do not count.
     * Names are gathered for the page's grids only: at 10,000 grids sorting every team's names cost most of the
     * board, while the status rule alone (role flags) takes a few milliseconds and is computed only to filter.
     */
    private static final String COVERAGE = """
            with grids as materialized (
                select g.id, g.code, g.name, c.id as community_id, c.name as community_name,
                       s.id as station_id, s.name as station_name, s.code as station_code, c.code as community_code
                from area g
                join area c on c.id = g.parent_id
                join area s on s.id = c.parent_id
                where g.type = 'GRID' and g.retired_at is null and g.path like :prefix || '%'
                  and (cast(:gridId as bigint) is null or g.id = cast(:gridId as bigint))
                  and (cast(:personId as bigint) is null or g.id in (
                        select x.grid_id from duty_assignment x
                        where x.person_id = cast(:personId as bigint)
                          and x.valid_from <= :today and (x.valid_to is null or x.valid_to >= :today)))
            ), paged as materialized (
                select g.* from grids g
                where cast(:status as varchar) is null or g.id in (
                    select f.id from grids f
                    left join duty_assignment a on a.grid_id = f.id and a.valid_from <= :today
                         and (a.valid_to is null or a.valid_to >= :today)
                    group by f.id
                    having STATUS_RULE = cast(:status as varchar))
                order by g.station_code, g.community_code, g.code
                limit cast(:limit as integer) offset cast(:offset as bigint)
            ), team as (
                select a.grid_id,
                       max(p.name) filter (where a.role = 'RESPONSIBLE_OFFICER') as officer,
                       array_agg(p.name order by p.name) filter (where a.role = 'AUXILIARY') as auxiliaries,
                       max(p.name) filter (where a.role = 'LIAISON') as liaison
                from paged g
                join duty_assignment a on a.grid_id = g.id
                join person p on p.id = a.person_id
                where a.valid_from <= :today and (a.valid_to is null or a.valid_to >= :today)
                group by a.grid_id
            )
            select g.*, t.officer, t.auxiliaries, t.liaison, l.channel, l.version as channel_version,
                   case when t.officer is not null and t.auxiliaries is not null and t.liaison is not null
                             then 'COVERED'
                        when t.officer is null and t.auxiliaries is null and t.liaison is null
                             then 'UNCOVERED'
                        else 'PARTLY' end as status
            from paged g
            left join team t on t.grid_id = g.id
            left join grid_link l on l.grid_id = g.id
            order by g.station_code, g.community_code, g.code
            """.replace("STATUS_RULE", STATUS);

    private final JdbcClient jdbc;

    CoverageQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The JDBC driver turns a statement run five times into a server-side prepared statement, and PostgreSQL's
     * generic plan for "path like $1 || '%'" with optional filters is catastrophic at 10,000 grids (minutes instead
     * of milliseconds, measured). Custom plans see the actual prefix and use the path index.
     */
    private void customPlans() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    List<GridCoverage> page(String prefix, CoverageStatus status, LocalDate today, int limit, long offset) {
        customPlans();
        return jdbc.sql(COVERAGE).params(params(prefix, null, null, today))
                .param("status", status == null ? null : status.name())
                .param("limit", limit).param("offset", offset)
                .query(CoverageQueries::row).list();
    }

    /**
     * The board's status rule without its names: at 10,000 grids the board's name aggregation (sorting 30,000
     * Chinese names) took 0.4 s, the role flags alone a few milliseconds.
     */
    CoverageCounts counts(String prefix, LocalDate today) {
        customPlans();
        long[] counts = new long[3];
        jdbc.sql("""
                select status, count(*) as n from (
                    select STATUS_RULE as status
                    from area g
                    join area c on c.id = g.parent_id
                    join area s on s.id = c.parent_id
                    left join duty_assignment a on a.grid_id = g.id and a.valid_from <= :today
                         and (a.valid_to is null or a.valid_to >= :today)
                    where g.type = 'GRID' and g.retired_at is null and g.path like :prefix || '%'
                    group by g.id) board
                group by status
                """.replace("STATUS_RULE", STATUS))
                .param("prefix", prefix).param("today", today)
                .query(rs -> {
                    counts[CoverageStatus.valueOf(rs.getString("status")).ordinal()] = rs.getLong("n");
                });
        return new CoverageCounts(counts[0], counts[1], counts[2]);
    }

    List<GridCoverage> ofGrid(String prefix, long gridId, LocalDate today) {
        customPlans();
        return jdbc.sql(COVERAGE).params(params(prefix, gridId, null, today)).query(CoverageQueries::row).list();
    }

    List<GridCoverage> ofPerson(String prefix, long personId, LocalDate today) {
        customPlans();
        return jdbc.sql(COVERAGE).params(params(prefix, null, personId, today)).query(CoverageQueries::row).list();
    }

    /** Assignments under the prefix ending between today and {@code until} (inclusive), soonest first. */
    List<AssignmentView> endingBetween(String prefix, LocalDate today, LocalDate until) {
        customPlans();
        return jdbc.sql(ASSIGNMENTS + """
                where a.grid_id in (select g.id from area g where g.path like :prefix || '%')
                  and a.valid_to between :today and :until
                order by a.valid_to, g.code
                limit 200
                """)
                .param("prefix", prefix).param("today", today).param("until", until)
                .query(CoverageQueries::assignment).list();
    }

    /** Every assignment of one grid, newest first. */
    List<AssignmentView> ofGridHistory(long gridId) {
        return jdbc.sql(ASSIGNMENTS + " where a.grid_id = :gridId order by a.valid_from desc, a.id desc")
                .param("gridId", gridId).query(CoverageQueries::assignment).list();
    }

    private static final String ASSIGNMENTS = """
            select a.id, a.grid_id, g.name as grid_name, a.person_id, p.name as person_name, p.kind as person_kind,
                   a.role, a.valid_from, a.valid_to, a.note, a.version
            from duty_assignment a
            join area g on g.id = a.grid_id
            join person p on p.id = a.person_id
            """;

    private static Map<String, Object> params(String prefix, Long gridId, Long personId, LocalDate today) {
        java.util.HashMap<String, Object> params = new java.util.HashMap<>();
        params.put("prefix", prefix);
        params.put("gridId", gridId);
        params.put("personId", personId);
        params.put("today", today);
        params.put("status", null);
        params.put("limit", null);
        params.put("offset", 0);
        return params;
    }

    private static GridCoverage row(ResultSet rs, int n) throws SQLException {
        String officer = rs.getString("officer");
        List<String> auxiliaries = strings(rs.getArray("auxiliaries"));
        String liaison = rs.getString("liaison");
        List<DutyRole> missing = new ArrayList<>();
        if (officer == null) {
            missing.add(DutyRole.RESPONSIBLE_OFFICER);
        }
        if (auxiliaries.isEmpty()) {
            missing.add(DutyRole.AUXILIARY);
        }
        if (liaison == null) {
            missing.add(DutyRole.LIAISON);
        }
        long channelVersion = rs.getLong("channel_version");
        boolean noChannel = rs.wasNull();
        return new GridCoverage(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                rs.getLong("community_id"), rs.getString("community_name"), rs.getLong("station_id"),
                rs.getString("station_name"), officer, auxiliaries, liaison, rs.getString("channel"),
                noChannel ? null : channelVersion, CoverageStatus.valueOf(rs.getString("status")),
                List.copyOf(missing));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static AssignmentView assignment(ResultSet rs, int n) throws SQLException {
        java.sql.Date to = rs.getDate("valid_to");
        return new AssignmentView(rs.getLong("id"), rs.getLong("grid_id"), rs.getString("grid_name"),
                rs.getLong("person_id"), rs.getString("person_name"), rs.getString("person_kind"),
                DutyRole.valueOf(rs.getString("role")), rs.getDate("valid_from").toLocalDate(),
                to == null ? null : to.toLocalDate(), rs.getString("note"), rs.getLong("version"));
    }
}
