package org.gridwatch.dispute;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.DeadlineGrace;
import org.gridwatch.fieldwork.OpenCase;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.fieldwork.Satisfaction;
import org.gridwatch.shared.web.PhoneMask;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The dispute lists in SQL: scope, filters, the due level (0 on time, 1 yellow, 2 red, from the stored due date,
 * the clock and {@link DeadlineGrace}) and the sort are all applied by PostgreSQL, never after loading.
 */
@Component
class DisputeQueries {

    /** The due level of {@code d}: the formula of {@link CaseDue}. */
    private static final String DUE_LEVEL = """
            case when d.due_at is null or cast(:now as timestamptz) <= d.due_at then 0
                 when cast(:now as timestamptz) <= d.due_at + cast(:graceSeconds as double precision) * interval '1 second' then 1
                 else 2 end""";

    /**
     * Disputes whose grid lies under :prefix, optionally narrowed; a team-only reader (a mediator) sees only
     * disputes whose team holds :teamPerson. Not materialized: PostgreSQL inlines both parts, so a page in an
     * indexed order reads only its first rows instead of every dispute of the scope.
     */
    private static final String FILTERED = """
            with rows as (
                select d.*, %s as due_level
                from dispute d
                where d.grid_id in (select a.id from area a where a.path like :prefix || '%%')
                  and d.occurred_at >= cast(:from as timestamptz) and d.occurred_at < cast(:to as timestamptz)
                  and (cast(:category as varchar) is null or d.category = cast(:category as varchar))
                  and (cast(:risk as varchar) is null or d.risk = cast(:risk as varchar))
                  and (cast(:state as varchar) is null or d.state = cast(:state as varchar))
                  and (cast(:open as boolean) is null or d.state in ('REPORTED', 'ACCEPTED', 'MEDIATING', 'RESOLVED', 'REFERRED'))
                  and (cast(:person as bigint) is null or exists (select 1 from dispute_team_member t
                        where t.dispute_id = d.id and t.person_id = cast(:person as bigint)))
                  and (cast(:teamPerson as bigint) is null or exists (select 1 from dispute_team_member t
                        where t.dispute_id = d.id and t.person_id = cast(:teamPerson as bigint)))
            ), chosen as (
                select * from rows r
                where r.due_level between :dueMin and :dueMax
            )
            """.formatted(DUE_LEVEL);

    private static final String COLUMNS = """
            select r.id, r.occurred_at, r.grid_id, g.name as grid_name, c.name as community_name, r.category, r.risk,
                   r.source, r.state, r.due_at, r.due_level, r.satisfaction, left(r.description, 60) as description,
                   (select string_agg(p.name, '、' order by p.position) from dispute_party p
                     where p.dispute_id = r.id) as party_names,
                   (select p.phone from dispute_party p where p.dispute_id = r.id and p.phone is not null
                     order by p.position limit 1) as first_phone,
                   (select t.name from dispute_team_member t where t.dispute_id = r.id and t.responsible
                     limit 1) as officer_name,
                   (select string_agg(t.name, '、' order by t.position) from dispute_team_member t
                     where t.dispute_id = r.id) as team_names
            from chosen r
            join area g on g.id = r.grid_id
            left join area c on c.id = g.parent_id
            """;

    private static final Map<String, String> ORDER = Map.of(
            "occurred", "order by r.occurred_at desc, r.id desc",
            // Red, then yellow, then on time, each by due date: with one grace for all, that is the due date alone
            // (red ones fell due before the yellow ones), an order the due-date index gives without sorting.
            "due", "order by r.due_at asc nulls last, r.id",
            "risk", "order by case r.risk when 'HIGH' then 0 when 'MEDIUM' then 1 else 2 end, r.occurred_at desc, r.id desc");

    private static final PhoneMask PHONES = new PhoneMask();

    private final JdbcClient jdbc;
    private final DeadlineGrace grace;
    private final Clock clock;

    DisputeQueries(JdbcClient jdbc, DeadlineGrace grace, Clock clock) {
        this.jdbc = jdbc;
        this.grace = grace;
        this.clock = clock;
    }

    /** The level of a due date now, as the lists compute it. */
    CaseDue dueOf(Instant dueAt) {
        Instant now = clock.instant();
        if (dueAt == null || !now.isAfter(dueAt)) {
            return CaseDue.ON_TIME;
        }
        return now.isAfter(dueAt.plus(grace.grace())) ? CaseDue.RED : CaseDue.OVERDUE;
    }

    List<DisputeRow> page(DisputeSearch search, Long teamPerson, int limit, long offset) {
        customPlans();
        String order = ORDER.getOrDefault(search.sort(), ORDER.get("occurred"));
        return jdbc.sql(FILTERED + COLUMNS + order + " limit :limit offset :offset")
                .params(params(search, teamPerson, null)).param("limit", limit).param("offset", offset)
                .query(DisputeQueries::row).list();
    }

    long countUpTo(DisputeSearch search, Long teamPerson, int max) {
        customPlans();
        return jdbc.sql(FILTERED + "select count(*) from (select 1 from chosen limit :max) bounded")
                .params(params(search, teamPerson, null)).param("max", max).query(Long.class).single();
    }

    /** Open disputes whose team holds the person (as responsible officer or member), soonest due first. */
    List<OpenCase> openCasesOf(long personId, String prefix) {
        customPlans();
        DisputeSearch search = new DisputeSearch(prefix, null, null, null, null, null, null, personId, null);
        return jdbc.sql(FILTERED + COLUMNS + "order by r.due_at asc nulls last, r.id")
                .params(params(search, null, true)).query(DisputeQueries::openCase).list();
    }

    /** Open disputes past due under the prefix, red first, then by due date. */
    List<OpenCase> overdue(String prefix, int limit, long offset) {
        customPlans();
        return jdbc.sql(FILTERED + COLUMNS + ORDER.get("due") + " limit :limit offset :offset")
                .params(params(overdueSearch(prefix), null, true)).param("limit", limit).param("offset", offset)
                .query(DisputeQueries::openCase).list();
    }

    long countOverdueUpTo(String prefix, int max) {
        customPlans();
        return jdbc.sql(FILTERED + "select count(*) from (select 1 from chosen limit :max) bounded")
                .params(params(overdueSearch(prefix), null, true)).param("max", max).query(Long.class).single();
    }

    long countLate(String prefix, DueFilter level) {
        customPlans();
        DisputeSearch search = new DisputeSearch(prefix, null, null, null, null, null, level, null, null);
        return jdbc.sql(FILTERED + "select count(*) from chosen")
                .params(params(search, null, true)).query(Long.class).single();
    }

    /** Disputes under the prefix whose agreement was reached in [from, to), whatever their state is now. */
    long countResolved(String prefix, Instant from, Instant to) {
        customPlans();
        return jdbc.sql("""
                select count(*) from dispute d
                where d.grid_id in (select a.id from area a where a.path like :prefix || '%')
                  and d.resolved_at >= :from and d.resolved_at < :to
                """).param("prefix", prefix).param("from", time(from)).param("to", time(to))
                .query(Long.class).single();
    }

    Map<Long, Long> countResolvedByChild(String parentPath, Instant from, Instant to) {
        customPlans();
        return AreaScope.byChild(jdbc.sql("select " + AreaScope.childOf("a.path", "prefix")
                + """
                , count(*) from dispute d join area a on a.id = d.grid_id
                where a.path like :prefix || '%' and d.resolved_at >= :from and d.resolved_at < :to
                group by 1
                """).param("prefix", parentPath).param("from", time(from)).param("to", time(to))
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2))).list());
    }

    private static DisputeSearch overdueSearch(String prefix) {
        return new DisputeSearch(prefix, null, null, null, null, null, DueFilter.LATE, null, null);
    }

    /** See CoverageQueries: generic plans for "path like $1 || '%'" ignore the path index. */
    private void customPlans() {
        jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    }

    private Map<String, Object> params(DisputeSearch search, Long teamPerson, Boolean open) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", time(clock.instant()));
        params.put("graceSeconds", grace.grace().toSeconds());
        params.put("prefix", search.pathPrefix());
        params.put("from", time(search.from() == null ? Instant.parse("1900-01-01T00:00:00Z") : search.from()));
        params.put("to", time(search.to() == null ? Instant.parse("3000-01-01T00:00:00Z") : search.to()));
        params.put("category", search.category() == null ? null : search.category().name());
        params.put("risk", search.risk() == null ? null : search.risk().name());
        params.put("state", search.state() == null ? null : search.state().name());
        params.put("open", open);
        params.put("person", search.personId());
        params.put("teamPerson", teamPerson);
        params.put("dueMin", search.due() == null ? 0 : search.due().min());
        params.put("dueMax", search.due() == null ? 2 : search.due().max());
        return params;
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String gridLabel(ResultSet rs) throws SQLException {
        String community = rs.getString("community_name");
        String grid = rs.getString("grid_name");
        return community == null ? grid : community + " › " + grid;
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static DisputeRow row(ResultSet rs, int n) throws SQLException {
        String satisfaction = rs.getString("satisfaction");
        return new DisputeRow(rs.getLong("id"), instant(rs, "occurred_at"), rs.getLong("grid_id"), gridLabel(rs),
                DisputeCategory.valueOf(rs.getString("category")), RiskLevel.valueOf(rs.getString("risk")),
                DisputeSource.valueOf(rs.getString("source")), DisputeState.valueOf(rs.getString("state")),
                instant(rs, "due_at"), CaseDue.ofLevel(rs.getInt("due_level")), rs.getString("party_names"),
                PHONES.masked(rs.getString("first_phone")), rs.getString("officer_name"), rs.getString("team_names"),
                satisfaction == null ? null : Satisfaction.valueOf(satisfaction));
    }

    private static OpenCase openCase(ResultSet rs, int n) throws SQLException {
        String parties = rs.getString("party_names");
        String description = rs.getString("description");
        String title = parties == null ? description : parties + "：" + description;
        return new OpenCase(RecordKind.DISPUTE, rs.getLong("id"), title, rs.getLong("grid_id"), gridLabel(rs),
                DisputeState.valueOf(rs.getString("state")).labelKey(), instant(rs, "due_at"),
                CaseDue.ofLevel(rs.getInt("due_level")));
    }
}
