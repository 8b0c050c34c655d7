package org.gridwatch.visit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.duty.DutyDirectory;
import org.gridwatch.duty.GridCoverage;
import org.gridwatch.photo.PhotoContent;
import org.gridwatch.photo.PhotoView;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads visits for pages and other modules (home page, place page); the scope is applied in every query. */
@Service
@Transactional(readOnly = true)
public class VisitDirectory {

    /** The most rows an export writes. */
    public static final int EXPORT_LIMIT = 20_000;

    private final VisitRepository visits;
    private final VisitQueries queries;
    private final AreaDirectory areas;
    private final PlaceDirectory places;
    private final Photos photos;
    private final AuditHistory audit;
    private final DutyDirectory duty;
    private final Clock clock;

    VisitDirectory(VisitRepository visits, VisitQueries queries, AreaDirectory areas, PlaceDirectory places,
            Photos photos, AuditHistory audit, DutyDirectory duty, Clock clock) {
        this.duty = duty;
        this.visits = visits;
        this.queries = queries;
        this.areas = areas;
        this.places = places;
        this.photos = photos;
        this.audit = audit;
        this.clock = clock;
    }

    /** One visit, if it exists and its grid lies within the scope. */
    public Optional<VisitView> find(long id, AreaScope scope) {
        return visits.findWithin(id, scope.pathPrefix()).map(Visit::view);
    }

    /** One visit within the scope, or a 404 for the user. */
    public VisitView get(long id, AreaScope scope) {
        return find(id, scope).orElseThrow(() -> new RecordNotFoundException("Visit", id));
    }

    /** A page of visits matching the search; an area filter outside the scope is a 404. */
    public ListPage<VisitView> search(VisitSearch search, AreaScope scope, Pageable pageable) {
        return queries.page(prefix(search, scope), search, pageable);
    }

    /** Every visit matching the search (at most {@link #EXPORT_LIMIT}), in the list's order, for the export. */
    public List<VisitView> export(VisitSearch search, AreaScope scope) {
        return queries.all(prefix(search, scope), search, EXPORT_LIMIT);
    }

    /** The change history of a visit within the scope, newest first. */
    public List<HistoryEntry> history(long id, AreaScope scope) {
        get(id, scope);
        return audit.of(Visit.class, id);
    }

    /** The photos of a visit within the scope. */
    public List<PhotoView> photos(long id, AreaScope scope) {
        get(id, scope);
        return photos.of(VisitManagement.owner(id));
    }

    /** One photo (or its thumbnail) of a visit within the scope; a 404 for anything else. */
    public PhotoContent photo(long id, long photoId, boolean thumbnail, AreaScope scope) {
        get(id, scope);
        return photos.content(VisitManagement.owner(id), photoId, thumbnail);
    }

    /** The latest visit to a place, among the visits within the scope ("last visited" on the place page). */
    public Optional<VisitView> lastVisit(long placeId, AreaScope scope) {
        return queries.ofPlace(placeId, scope.pathPrefix(), 1).stream().findFirst();
    }

    /** The latest visits to a place within the scope, newest first. */
    public List<VisitView> ofPlace(long placeId, AreaScope scope, int limit) {
        return queries.ofPlace(placeId, scope.pathPrefix(), limit);
    }

    /**
     * Due to visit (应访未访): places of the grids (every grid of the scope when {@code gridIds} is null) whose
     * visit-frequency target has lapsed — never visited, or last visited longer ago than the target — never
     * visited first, then the longest overdue; at most {@code limit}.
     */
    public List<VisitDue> dueToVisit(List<Long> gridIds, AreaScope scope, int limit) {
        Instant now = clock.instant();
        List<PlaceView> due = places.overdueForVisit(gridIds, scope, now, limit);
        Map<Long, Instant> last = queries.lastVisits(due.stream().map(PlaceView::id).toList());
        Map<Long, String> labels = new HashMap<>();
        return due.stream().map(place -> {
            Instant lastAt = last.get(place.id());
            Long overdue = lastAt == null ? null
                    : Math.max(0, Duration.between(lastAt.plus(Duration.ofDays(place.visitEveryDays())), now).toDays());
            return new VisitDue(place.id(), place.name(), place.kind(), place.gridId(),
                    labels.computeIfAbsent(place.gridId(), areas::label), place.visitEveryDays(), lastAt, overdue);
        }).toList();
    }

    /**
     * Due to visit for one person: the places of the grids of the scope that the person is on duty for today (as
     * responsible officer, auxiliary or liaison); empty when on duty nowhere. For the officer's home page.
     */
    public List<VisitDue> dueToVisitOf(long personId, AreaScope scope, int limit) {
        List<Long> grids = gridsOnDuty(personId, scope);
        return grids.isEmpty() ? List.of() : dueToVisit(grids, scope, limit);
    }

    /** The grids of the scope the person is on duty for today. */
    public List<Long> gridsOnDuty(long personId, AreaScope scope) {
        return duty.gridsOf(personId, scope).stream().map(GridCoverage::gridId).toList();
    }

    private String prefix(VisitSearch search, AreaScope scope) {
        Long areaId = search.filter().areaId();
        return areaId == null ? scope.pathPrefix() : areas.get(areaId, scope).path();
    }
}
