package org.gridwatch.outreach;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.RecordFilter;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The list query the three kinds share: the ids of the records matching a search, in its order, always limited
 * in SQL to the scope (or the filter's area within it; an area outside the scope is a 404). The facades then
 * load the records for those ids.
 */
@Component
class RecordQueries {

    private final JdbcClient jdbc;
    private final AreaDirectory areas;

    RecordQueries(JdbcClient jdbc, AreaDirectory areas) {
        this.jdbc = jdbc;
        this.areas = areas;
    }

    /** One page of ids. {@code category} is a condition on the kind's own column ({@code r.channel = :category}) or null. */
    Page<Long> page(RecordTable table, OutreachSearch search, String category, String categoryValue,
            AreaScope scope, Pageable pageable) {
        Query query = query(table, search, category, categoryValue, scope);
        long total = jdbc.sql("select count(*) from " + table.table + " r where " + query.where)
                .params(query.params).query(Long.class).single();
        List<Long> ids = jdbc.sql("select r.id from " + table.table + " r where " + query.where + " order by "
                        + table.orderBy(search.sort()) + " limit :limit offset :offset")
                .params(query.params).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query(Long.class).list();
        return new PageImpl<>(ids, pageable, total);
    }

    /** Every matching id, in order, up to {@code limit}. */
    List<Long> all(RecordTable table, OutreachSearch search, String category, String categoryValue, AreaScope scope,
            int limit) {
        Query query = query(table, search, category, categoryValue, scope);
        return jdbc.sql("select r.id from " + table.table + " r where " + query.where + " order by "
                        + table.orderBy(search.sort()) + " limit :limit")
                .params(query.params).param("limit", limit).query(Long.class).list();
    }

    private Query query(RecordTable table, OutreachSearch search, String category, String categoryValue,
            AreaScope scope) {
        RecordFilter filter = search.filter();
        String prefix = filter.areaId() == null ? scope.pathPrefix() : areas.get(filter.areaId(), scope).path();
        StringBuilder where = new StringBuilder("""
                r.grid_id in (select a.id from area a where a.path like :prefix || '%')
                and r.occurred_at >= :from and r.occurred_at < :to""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("prefix", prefix);
        params.put("from", Timestamp.from(filter.fromInstant()));
        params.put("to", Timestamp.from(filter.toExclusive()));
        if (filter.personId() != null) {
            where.append(" and (exists (select 1 from ").append(table.peopleTable).append(" p where p.")
                    .append(table.peopleKey).append(" = r.id and p.person_id = :person)").append(table.alsoPerson)
                    .append(")");
            params.put("person", filter.personId());
        }
        if (filter.campaignId() != null) {
            where.append(" and r.campaign_id = :campaign");
            params.put("campaign", filter.campaignId());
        }
        if (category != null && categoryValue != null) {
            where.append(" and ").append(category);
            params.put("category", categoryValue);
        }
        return new Query(where.toString(), params);
    }

    private record Query(String where, Map<String, Object> params) {
    }
}
