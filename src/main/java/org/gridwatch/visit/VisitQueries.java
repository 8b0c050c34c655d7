package org.gridwatch.visit;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.paging.ListPaging;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read queries of lists, exports and place look-ups; every one narrows to an area path prefix in SQL. */
@Component
class VisitQueries {

    private static final String COLUMNS = """
            select v.*, array(select vp.person_id from visit_person vp where vp.visit_id = v.id
                              order by vp.person_id) as person_ids
            from visit v
            """;

    private static final Map<String, String> ORDER = Map.of(
            "newest", "v.occurred_at desc, v.id desc",
            "oldest", "v.occurred_at, v.id",
            "followUp", "(v.follow_up_needed and v.follow_up_done_at is null) desc, v.follow_up_by nulls last, "
                    + "v.occurred_at desc, v.id desc",
            "place", "v.place_name nulls last, v.occurred_at desc, v.id desc");

    private final JdbcClient jdbc;
    private final ListPaging paging;

    VisitQueries(JdbcClient jdbc, ListPaging paging) {
        this.jdbc = jdbc;
        this.paging = paging;
    }

    ListPage<VisitView> page(String prefix, VisitSearch search, Pageable pageable) {
        Where where = where(prefix, search);
        return paging.page(pageable,
                (limit, offset) -> jdbc.sql(COLUMNS + where.sql + " order by " + ORDER.get(search.sort())
                                + " limit :limit offset :offset")
                        .params(where.params).param("limit", limit).param("offset", offset)
                        .query(VisitQueries::row).list(),
                max -> jdbc.sql("select count(*) from (select 1 from visit v " + where.sql + " limit :max) bounded")
                        .params(where.params).param("max", max).query(Long.class).single());
    }

    List<VisitView> all(String prefix, VisitSearch search, int max) {
        Where where = where(prefix, search);
        return jdbc.sql(COLUMNS + where.sql + " order by " + ORDER.get(search.sort()) + " limit :limit")
                .params(where.params).param("limit", max).query(VisitQueries::row).list();
    }

    /** The latest visits of a place within the prefix, newest first. */
    List<VisitView> ofPlace(long placeId, String prefix, int limit) {
        return jdbc.sql(COLUMNS + """
                where v.place_id = :placeId and v.grid_id in (select a.id from area a where a.path like :prefix || '%')
                order by v.occurred_at desc, v.id desc limit :limit
                """).param("placeId", placeId).param("prefix", prefix).param("limit", limit)
                .query(VisitQueries::row).list();
    }

    /** When each of the places was last visited (places never visited are absent). */
    Map<Long, Instant> lastVisits(Collection<Long> placeIds) {
        Map<Long, Instant> last = new HashMap<>();
        if (placeIds.isEmpty()) {
            return last;
        }
        jdbc.sql("select place_id, max(occurred_at) as last_at from visit where place_id in (:ids) group by place_id")
                .param("ids", placeIds)
                .query((rs, n) -> last.put(rs.getLong("place_id"), rs.getTimestamp("last_at").toInstant())).list();
        return last;
    }

    private static Where where(String prefix, VisitSearch search) {
        StringBuilder sql = new StringBuilder("""
                where v.grid_id in (select a.id from area a where a.path like :prefix || '%')
                  and v.occurred_at >= :from and v.occurred_at < :to
                """);
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("prefix", prefix);
        params.put("from", Timestamp.from(search.filter().fromInstant()));
        params.put("to", Timestamp.from(search.filter().toExclusive()));
        if (search.kind() != null) {
            sql.append(" and v.kind = :kind");
            params.put("kind", search.kind().name());
        }
        if (search.category() != null) {
            sql.append(" and v.category = :category");
            params.put("category", search.category().name());
        }
        if (search.filter().personId() != null) {
            sql.append(" and exists (select 1 from visit_person vp where vp.visit_id = v.id and vp.person_id = :person)");
            params.put("person", search.filter().personId());
        }
        if (search.filter().campaignId() != null) {
            sql.append(" and v.campaign_id = :campaign");
            params.put("campaign", search.filter().campaignId());
        }
        if (search.followUpOpen()) {
            sql.append(" and v.follow_up_needed and v.follow_up_done_at is null");
        }
        return new Where(sql.toString(), params);
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    static VisitView row(ResultSet rs, int n) throws SQLException {
        return new VisitView(rs.getLong("id"), VisitKind.valueOf(rs.getString("kind")), rs.getLong("grid_id"),
                nullableLong(rs, "place_id"), rs.getString("place_name"), instant(rs, "occurred_at"),
                ids(rs.getArray("person_ids")), VisitCategory.valueOf(rs.getString("category")),
                rs.getString("learned"), rs.getBoolean("follow_up_needed"),
                rs.getObject("follow_up_by", java.time.LocalDate.class),
                instant(rs, "follow_up_done_at"), rs.getString("notes"), nullableDouble(rs, "latitude"),
                nullableDouble(rs, "longitude"), nullableLong(rs, "campaign_id"), rs.getLong("recorded_by"),
                rs.getString("recorded_by_name"), instant(rs, "recorded_at"), instant(rs, "updated_at"),
                rs.getLong("version"));
    }

    private static List<Long> ids(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Object[]) array.getArray()).map(id -> ((Number) id).longValue()).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double value = rs.getDouble(column);
        return rs.wasNull() ? null : value;
    }
}
