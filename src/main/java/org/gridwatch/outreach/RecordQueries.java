package org.gridwatch.outreach;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.paging.ListPaging;
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
    private final ListPaging paging;

    RecordQueries(JdbcClient jdbc, AreaDirectory areas, ListPaging paging) {
        this.paging = paging;
        this.jdbc = jdbc;
        this.areas = areas;
    }

    /** One page of ids. {@code category} is a condition on the kind's own column ({@code r.channel = :category}) or null. */
    ListPage<Long> page(RecordTable table, OutreachSearch search, String category, String categoryValue,
            AreaScope scope, Pageable pageable) {
        Query query = query(table, search, category, categoryValue, scope);
        return paging.page(pageable,
                (limit, offset) -> jdbc.sql("select r.id from " + table.table + " r where " + query.where
                                + " order by " + table.orderBy(search.sort()) + " limit :limit offset :offset")
                        .params(query.params).param("limit", limit).param("offset", offset).query(Long.class).list(),
                max -> jdbc.sql("select count(*) from (select 1 from " + table.table + " r where " + query.where
                                + " limit :max) bounded")
                        .params(query.params).param("max", max).query(Long.class).single());
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
