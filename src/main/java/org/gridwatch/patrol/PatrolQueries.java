package org.gridwatch.patrol;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The patrol list and export in SQL: scope (home grid in the scope's subtree) and every filter are applied in
 * the query, the counts computed beside each row. Only fixed SQL is concatenated; values are bound.
 */
@Component
class PatrolQueries {

    private final JdbcClient jdbc;

    PatrolQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * @param scope   the scope's path prefix
     * @param within  the filter area's path prefix (inside the scope), or null for the whole scope
     */
    long countUpTo(PatrolSearch search, String scope, String within, int max) {
        Where where = where(search, scope, within);
        return jdbc.sql("select count(*) from (select 1 from patrol p where " + where.sql + " limit :max) bounded")
                .params(where.params).param("max", max).query(Long.class).single();
    }

    List<PatrolRow> page(PatrolSearch search, String scope, String within, long offset, int limit) {
        Where where = where(search, scope, within);
        where.params.put("limit", limit);
        where.params.put("offset", offset);
        return jdbc.sql("""
                select p.id, p.kind, p.started_at, p.ended_at, p.grid_id, p.campaign_id,
                       (select count(*) from patrol_grid g where g.patrol_id = p.id) as grid_count,
                       (select count(*) from patrol_person pp where pp.patrol_id = p.id)
                         + (select count(*) from patrol_partner_member m where m.patrol_id = p.id) as participant_count,
                       (select count(*) from patrol_partner_team t where t.patrol_id = p.id) as team_count,
                       (select count(*) from patrol_finding f where f.patrol_id = p.id) as finding_count
                from patrol p
                where
                """ + where.sql + order(search) + " limit :limit offset :offset")
                .params(where.params)
                .query((rs, n) -> new PatrolRow(rs.getLong("id"), PatrolKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ended_at").toInstant(),
                        rs.getLong("grid_id"), rs.getInt("grid_count"), rs.getInt("participant_count"),
                        rs.getInt("team_count"), rs.getInt("finding_count"), (Long) rs.getObject("campaign_id")))
                .list();
    }

    /** Every matching patrol, with ids of grids and people to be named by the caller. */
    List<ExportLine> export(PatrolSearch search, String scope, String within) {
        Where where = where(search, scope, within);
        return jdbc.sql("""
                select p.id, p.kind, p.started_at, p.ended_at, p.notes, p.campaign_id, p.recorded_by_name,
                       p.recorded_at,
                       array(select g.grid_id from patrol_grid g where g.patrol_id = p.id order by g.position)
                         as grid_ids,
                       array(select pp.person_id from patrol_person pp where pp.patrol_id = p.id order by pp.position)
                         as person_ids,
                       (select string_agg(t.unit_name || ' ' || t.team_name
                                 || coalesce('（' || (select string_agg(m.name, '、' order by m.position)
                                                     from patrol_partner_member m
                                                     where m.patrol_id = t.patrol_id and m.team_id = t.team_id)
                                             || '）', ''), '；' order by t.position)
                        from patrol_partner_team t where t.patrol_id = p.id) as partners,
                       (select count(*) from patrol_finding f where f.patrol_id = p.id) as finding_count,
                       (select string_agg(f.finding_no || '. ' || f.text, chr(10) order by f.position)
                        from patrol_finding f where f.patrol_id = p.id) as findings
                from patrol p
                where
                """ + where.sql + order(search))
                .params(where.params)
                .query((rs, n) -> new ExportLine(rs.getLong("id"), PatrolKind.valueOf(rs.getString("kind")),
                        rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("ended_at").toInstant(),
                        ids(rs, "grid_ids"), ids(rs, "person_ids"), rs.getString("partners"),
                        rs.getInt("finding_count"), rs.getString("findings"), rs.getString("notes"),
                        (Long) rs.getObject("campaign_id"), rs.getString("recorded_by_name"),
                        rs.getTimestamp("recorded_at").toInstant()))
                .list();
    }

    private static Where where(PatrolSearch search, String scope, String within) {
        StringBuilder sql = new StringBuilder("p.grid_id in (select a.id from area a where a.path like :scope || '%')");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope);
        if (within != null && !within.equals(scope)) {
            sql.append(" and exists (select 1 from patrol_grid g join area a on a.id = g.grid_id"
                    + " where g.patrol_id = p.id and a.path like :within || '%')");
            params.put("within", within);
        }
        if (search.filter().from() != null) {
            sql.append(" and p.started_at >= :from");
            params.put("from", Timestamp.from(search.filter().fromInstant()));
        }
        if (search.filter().to() != null) {
            sql.append(" and p.started_at < :to");
            params.put("to", Timestamp.from(search.filter().toExclusive()));
        }
        if (search.filter().personId() != null) {
            sql.append(" and exists (select 1 from patrol_person pp where pp.patrol_id = p.id"
                    + " and pp.person_id = :person)");
            params.put("person", search.filter().personId());
        }
        if (search.filter().campaignId() != null) {
            sql.append(" and p.campaign_id = :campaign");
            params.put("campaign", search.filter().campaignId());
        }
        if (search.kind() != null) {
            sql.append(" and p.kind = :kind");
            params.put("kind", search.kind().name());
        }
        return new Where(sql.toString(), params);
    }

    private static String order(PatrolSearch search) {
        return PatrolSearch.BY_DURATION.equals(search.sort())
                ? " order by (p.ended_at - p.started_at) desc, p.started_at desc, p.id desc"
                : " order by p.started_at desc, p.id desc";
    }

    private static List<Long> ids(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        Object[] values = (Object[]) array.getArray();
        return new ArrayList<>(Arrays.stream(values).map(v -> ((Number) v).longValue()).toList());
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    record ExportLine(long id, PatrolKind kind, Instant startedAt, Instant endedAt,
            List<Long> gridIds, List<Long> personIds, String partners, int findingCount, String findings,
            String notes, Long campaignId, String recordedByName, Instant recordedAt) {
    }
}
