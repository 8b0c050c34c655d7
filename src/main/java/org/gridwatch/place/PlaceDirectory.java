package org.gridwatch.place;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.shared.database.LikePattern;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.paging.ListPaging;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads places for pages and other modules; the scope is applied in every query. */
@Service
@Transactional(readOnly = true)
public class PlaceDirectory {

    private static final int PANEL_SIZE = 10;

    private final PlaceRepository places;
    private final AreaDirectory areas;
    private final AuditHistory audit;
    private final ListPaging paging;

    PlaceDirectory(PlaceRepository places, AreaDirectory areas, AuditHistory audit, ListPaging paging) {
        this.paging = paging;
        this.places = places;
        this.areas = areas;
        this.audit = audit;
    }

    /** One place, if it exists and its grid lies within the scope. */
    public Optional<PlaceView> find(long id, AreaScope scope) {
        return places.findWithin(id, scope.pathPrefix()).map(Place::view);
    }

    /** One place within the scope, or a 404 for the user. */
    public PlaceView get(long id, AreaScope scope) {
        return find(id, scope).orElseThrow(() -> new RecordNotFoundException("Place", id));
    }

    /** A page of places matching the search; an area outside the scope is a 404. */
    public ListPage<PlaceView> search(PlaceSearch search, AreaScope scope, Pageable pageable) {
        String within = search.areaId() == null ? scope.pathPrefix() : areas.get(search.areaId(), scope).path();
        String sort = search.sort() == null ? "name" : search.sort();
        String kind = search.kind() == null ? null : search.kind().name();
        String text = LikePattern.contains(search.text());
        return paging.page(pageable,
                (limit, offset) -> places.search(scope.pathPrefix(), within, kind, text, sort, limit, offset),
                max -> places.countUpTo(scope.pathPrefix(), within, kind, text, max)).map(Place::view);
    }

    /** The places of one grid (of one kind, or all kinds when {@code kind} is null), by name. */
    public List<PlaceView> inGrid(long gridId, PlaceKind kind, AreaScope scope) {
        return places.findInGrid(gridId, kind == null ? null : kind.name(), scope.pathPrefix()).stream()
                .map(Place::view).toList();
    }

    /**
     * Places of the grids (every grid of the scope when {@code gridIds} is null) whose visit-frequency target has
     * lapsed at {@code now}: never visited, or last visited longer ago than the target; never visited first, then
     * the longest overdue, at most {@code limit}. The latest visit is read from the visit module's table.
     */
    public List<PlaceView> overdueForVisit(List<Long> gridIds, AreaScope scope, Instant now, int limit) {
        if (gridIds != null && gridIds.isEmpty()) {
            return List.of();
        }
        return places.findOverdueForVisit(scope.pathPrefix(), gridIds == null, gridIds == null ? List.of(-1L) : gridIds,
                now, limit).stream().map(Place::view).toList();
    }

    /** Counts by kind and the first places by name in an area's subtree; an area outside the scope is a 404. */
    public PlacePanel panel(long areaId, AreaScope scope) {
        AreaSummary area = areas.get(areaId, scope);
        Map<PlaceKind, Long> counts = new EnumMap<>(PlaceKind.class);
        long total = 0;
        for (Object[] row : places.countByKind(area.path())) {
            long count = ((Number) row[1]).longValue();
            counts.put(PlaceKind.valueOf((String) row[0]), count);
            total += count;
        }
        List<PlaceView> first = places.search(area.path(), area.path(), null, "", "name", PANEL_SIZE, 0).stream()
                .map(Place::view).toList();
        return new PlacePanel(total, counts, first);
    }

    /** The change history of a place within the scope, newest first. */
    public List<HistoryEntry> history(long id, AreaScope scope) {
        get(id, scope);
        return audit.of(Place.class, id);
    }
}
