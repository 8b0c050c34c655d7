package org.gridwatch.fieldwork;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.paging.ListPaging;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything recorded in a grid or at a place, newest first, all kinds mixed. The grid or place must lie in
 * the scope (else "not found"); the entries are the ones the recording modules published.
 */
@Service
@Transactional(readOnly = true)
public class Timelines {

    private final JdbcClient jdbc;
    private final AreaDirectory areas;
    private final PlaceDirectory places;
    private final ListPaging paging;

    Timelines(JdbcClient jdbc, AreaDirectory areas, PlaceDirectory places, ListPaging paging) {
        this.paging = paging;
        this.jdbc = jdbc;
        this.areas = areas;
        this.places = places;
    }

    /** A grid's timeline page. */
    public ListPage<TimelineEntry> ofGrid(long gridId, AreaScope scope, Pageable pageable) {
        areas.find(gridId, scope).filter(a -> a.type() == AreaType.GRID)
                .orElseThrow(() -> new RecordNotFoundException("grid", gridId));
        return page("grid_id = :id", gridId, pageable);
    }

    /** A place's timeline page (entries of its home grid only, so a record shows once). */
    public ListPage<TimelineEntry> ofPlace(long placeId, AreaScope scope, Pageable pageable) {
        places.get(placeId, scope);
        return page("place_id = :id and home_grid", placeId, pageable);
    }

    /** Whether the origin's record exists and lies (by any of its grids) within the scope. */
    public boolean isVisible(Origin origin, AreaScope scope) {
        return jdbc.sql("""
                select exists (select 1 from timeline_entry t join area a on a.id = t.grid_id
                               where t.kind = :kind and t.record_id = :id and a.path like :prefix || '%')
                """).param("kind", origin.kind().name()).param("id", origin.recordId())
                .param("prefix", scope.pathPrefix()).query(Boolean.class).single();
    }

    /** When a record of the kind last happened at the place, if ever. */
    public Optional<Instant> lastAt(long placeId, RecordKind kind) {
        return jdbc.sql("""
                select max(occurred_at) from timeline_entry where place_id = ? and kind = ? and home_grid
                """).params(placeId, kind.name()).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** A recorded point on a map: where a record of the kind was logged, with its page. */
    public record RecordPoint(RecordKind kind, long recordId, double lat, double lon, String subkindKey,
            String summary, Instant occurredAt) {

        public String path() {
            return kind.detailPath(recordId);
        }
    }

    /** The located records of a kind under the path prefix over the period, newest first, at most {@code limit}. */
    public List<RecordPoint> points(String pathPrefix, RecordKind kind, Instant from, Instant toExclusive, int limit) {
        return jdbc.sql("""
                select kind, record_id, lat, lon, subkind_key, summary, occurred_at from timeline_entry
                where home_grid and lat is not null and lon is not null and kind = :kind
                  and occurred_at >= :from and occurred_at < :to
                  and grid_id in (select a.id from area a where a.path like :prefix || '%')
                order by occurred_at desc limit :limit
                """).param("kind", kind.name()).param("from", Timestamp.from(from))
                .param("to", Timestamp.from(toExclusive)).param("prefix", pathPrefix).param("limit", limit)
                .query((rs, n) -> new RecordPoint(RecordKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getDouble(3),
                        rs.getDouble(4), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant()))
                .list();
    }

    private ListPage<TimelineEntry> page(String where, long id, Pageable pageable) {
        Map<Long, String> gridLabels = new HashMap<>();
        return paging.page(pageable, (limit, offset) -> jdbc.sql("""
                select kind, record_id, grid_id, place_id, occurred_at, ended_at, subkind_key, summary
                from timeline_entry where %s
                order by occurred_at desc, id desc limit :limit offset :offset
                """.formatted(where)).param("id", id).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new TimelineEntry(RecordKind.valueOf(rs.getString("kind")), rs.getLong("record_id"),
                        rs.getLong("grid_id"), gridLabels.computeIfAbsent(rs.getLong("grid_id"), areas::label),
                        (Long) rs.getObject("place_id"),
                        rs.getTimestamp("occurred_at").toInstant(),
                        rs.getTimestamp("ended_at") == null ? null : rs.getTimestamp("ended_at").toInstant(),
                        rs.getString("subkind_key"), rs.getString("summary")))
                .list(),
                max -> jdbc.sql("select count(*) from (select 1 from timeline_entry where " + where
                                + " limit :max) bounded")
                        .param("id", id).param("max", max).query(Long.class).single());
    }
}
