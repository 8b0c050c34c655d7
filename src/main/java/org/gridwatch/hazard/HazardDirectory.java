package org.gridwatch.hazard;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.DeadlineGrace;
import org.gridwatch.fieldwork.LateCases;
import org.gridwatch.fieldwork.OpenCase;
import org.gridwatch.fieldwork.Origin;
import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.photo.PhotoContent;
import org.gridwatch.photo.PhotoOwner;
import org.gridwatch.photo.Photos;
import org.gridwatch.place.PlaceDirectory;
import org.gridwatch.place.PlaceView;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.paging.ListPaging;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads hazards for pages and other modules. The scope is applied in every query; the due level (on time,
 * overdue, red) is computed in SQL from the stored due date, the clock and the grace.
 */
@Service
@Transactional(readOnly = true)
public class HazardDirectory {

    static final String BEFORE = "hazard-before";
    static final String AFTER = "hazard-after";
    /** An export holds at most this many rows (the list's filters narrow it). */
    public static final int EXPORT_LIMIT = 20_000;
    private static final int TITLE_LENGTH = 60;

    private final HazardRepository hazards;
    private final HazardQueries queries;
    private final AreaDirectory areas;
    private final PlaceDirectory places;
    private final PersonDirectory people;
    private final Photos photos;
    private final AuditHistory audit;
    private final DeadlineGrace grace;
    private final Clock clock;
    private final HazardBreaches breaches;
    private final ListPaging paging;

    HazardDirectory(HazardRepository hazards, HazardQueries queries, AreaDirectory areas, PlaceDirectory places,
            PersonDirectory people, Photos photos, AuditHistory audit, DeadlineGrace grace, Clock clock,
            HazardBreaches breaches, ListPaging paging) {
        this.paging = paging;
        this.breaches = breaches;
        this.hazards = hazards;
        this.queries = queries;
        this.areas = areas;
        this.places = places;
        this.people = people;
        this.photos = photos;
        this.audit = audit;
        this.grace = grace;
        this.clock = clock;
    }

    /** One hazard within the scope with labels, timeline and photos; a 404 for the user otherwise. */
    public HazardDetails get(long id, AreaScope scope) {
        HazardView hazard = view(id, scope);
        Labels labels = new Labels();
        return new HazardDetails(hazard, labels.grid(hazard.gridId()), labels.place(hazard.placeId()),
                labels.person(hazard.ownerPersonId()), due(hazard.dueAt()),
                hazards.steps(id).stream().map(HazardStep::view).toList(),
                photos.of(new PhotoOwner(BEFORE, id)), photos.of(new PhotoOwner(AFTER, id)),
                Origin.parse(hazard.origin()).orElse(null));
    }

    /** One hazard within the scope as stored; a 404 otherwise. */
    public HazardView view(long id, AreaScope scope) {
        return hazards.findWithin(id, scope.pathPrefix()).map(Hazard::view)
                .orElseThrow(() -> new RecordNotFoundException("Hazard", id));
    }

    /**
     * A page of the hazards under {@code pathPrefix} (a path within the user's scope, see
     * {@code FieldworkChoices.pathPrefix}) that match the search.
     */
    public ListPage<HazardRow> search(HazardSearch search, String pathPrefix, Pageable pageable) {
        Instant now = clock.instant();
        ListPage<HazardRow> page = paging.page(pageable,
                (limit, offset) -> queries.rows(search, pathPrefix, now, grace.grace(), limit, offset),
                max -> queries.countUpTo(search, pathPrefix, now, grace.grace(), max));
        return new ListPage<>(labelled(page.getContent()), pageable, page.hasNext(), page.getCount());
    }

    /** Every hazard the list shows for the search (at most {@link #EXPORT_LIMIT}), for the Excel export. */
    public List<HazardRow> export(HazardSearch search, String pathPrefix) {
        return labelled(queries.rows(search, pathPrefix, clock.instant(), grace.grace(), EXPORT_LIMIT, 0));
    }

    /** A person's open hazards within the scope, soonest due first: the "my open cases" of a home page. */
    public List<OpenCase> openCasesOf(long personId, AreaScope scope) {
        return openCases(queries.openOwnedBy(personId, scope.pathPrefix(), clock.instant(), grace.grace()));
    }

    /** The scope's open hazards past their due date, red (督办) first, then the longest overdue. */
    public ListPage<OpenCase> overdue(AreaScope scope, Pageable pageable) {
        Instant now = clock.instant();
        return paging.page(pageable,
                (limit, offset) -> openCases(queries.overdue(scope.pathPrefix(), now, grace.grace(), limit, offset)),
                max -> queries.countOverdueUpTo(scope.pathPrefix(), now, max));
    }

    /** How many open hazards of the scope are past due now, yellow and red: computed at read time. */
    public LateCases late(AreaScope scope) {
        Instant now = clock.instant();
        return new LateCases(queries.countAtLevel(scope.pathPrefix(), now, grace.grace(), CaseDue.OVERDUE.level()),
                queries.countAtLevel(scope.pathPrefix(), now, grace.grace(), CaseDue.RED.level()));
    }

    /**
     * How many hazards under the path prefix were rectified and the rectification verified on re-inspection (整改)
     * in {@code [from, toExclusive)}; a hazard rectified but not yet verified does not count.
     */
    public long rectifiedCount(String pathPrefix, Instant from, Instant toExclusive) {
        return queries.countVerified(pathPrefix, from, toExclusive);
    }

    /**
     * {@link #rectifiedCount} for each area directly below the path (already narrowed to the reader's scope), in
     * one pass: child area id to count, areas without any left out.
     */
    public Map<Long, Long> rectifiedCountByChild(String parentPath, Instant from, Instant toExclusive) {
        return queries.countVerifiedByChild(parentPath, from, toExclusive);
    }

    /** The change history of a hazard within the scope, newest first. */
    public List<HistoryEntry> history(long id, AreaScope scope) {
        view(id, scope);
        return audit.of(Hazard.class, id);
    }

    /**
     * A before- or after-photo of a hazard within the scope (the scope is checked first), or its thumbnail;
     * a 404 when the photo is not one of this hazard's.
     */
    public PhotoContent photo(long id, long photoId, boolean thumbnail, AreaScope scope) {
        view(id, scope);
        for (String type : List.of(BEFORE, AFTER)) {
            PhotoOwner owner = new PhotoOwner(type, id);
            if (photos.of(owner).stream().anyMatch(p -> p.id() == photoId)) {
                return photos.content(owner, photoId, thumbnail);
            }
        }
        throw new RecordNotFoundException("photo", photoId);
    }

    /** How a due date stands now: on time, overdue (yellow) or past the grace (red). */
    public CaseDue due(Instant dueAt) {
        return due(dueAt, clock.instant(), grace.grace());
    }

    /** The rule the list queries apply in SQL, for one value. */
    static CaseDue due(Instant dueAt, Instant now, java.time.Duration grace) {
        if (dueAt == null || !now.isAfter(dueAt)) {
            return CaseDue.ON_TIME;
        }
        return now.isAfter(dueAt.plus(grace)) ? CaseDue.RED : CaseDue.OVERDUE;
    }

    /** How many before-photos a hazard has (call after checking it is in scope; the edit form counts them). */
    public int beforePhotoCount(long id) {
        return photos.count(new PhotoOwner(BEFORE, id));
    }

    /**
     * The hazards under the path prefix (already narrowed to the reader's scope) left unrectified more than
     * {@code grace} past a notice's deadline at some moment in {@code [from, to)} (up to now); for the "三零" rating.
     */
    public List<HazardBreach> overdueDuring(String pathPrefix, Instant from, Instant to, java.time.Duration grace) {
        return breaches.overdue(pathPrefix, from, to, grace);
    }

    /** {@link #overdueDuring} counted per community (community id to count): the rating board's figures. */
    public Map<Long, Long> overdueCountsDuring(String pathPrefix, Instant from, Instant to, java.time.Duration grace) {
        return breaches.overdueCounts(pathPrefix, from, to, grace);
    }

    private List<OpenCase> openCases(List<HazardRow> rows) {
        Labels labels = new Labels(rows);
        return rows.stream().map(r -> new OpenCase(RecordKind.HAZARD, r.id(), title(r), r.gridId(),
                labels.grid(r.gridId()), r.state().labelKey(), r.dueAt(), r.due())).toList();
    }

    static String title(HazardRow row) {
        String title = row.responsibleUnit() + "：" + row.description();
        return title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH - 1) + "…" : title;
    }

    private List<HazardRow> labelled(List<HazardRow> rows) {
        Labels labels = new Labels(rows);
        return rows.stream().map(r -> r.labelled(labels.grid(r.gridId()), labels.place(r.placeId()),
                labels.person(r.ownerPersonId()))).toList();
    }

    /** Labels of records already checked in scope, each looked up once per request. */
    private final class Labels {
        private final Map<Long, String> grids = new HashMap<>();
        private final Map<Long, String> placeNames = new HashMap<>();
        private final Map<Long, String> persons = new HashMap<>();

        Labels() {
        }

        /** A page's grids and owners named in one query each, not one per row. */
        Labels(List<HazardRow> rows) {
            grids.putAll(areas.labels(rows.stream().map(HazardRow::gridId).distinct().toList()));
            persons.putAll(people.names(rows.stream().map(HazardRow::ownerPersonId).filter(Objects::nonNull)
                    .distinct().toList()));
        }

        String grid(long id) {
            return grids.computeIfAbsent(id, areas::label);
        }

        String place(Long id) {
            return id == null ? null : placeNames.computeIfAbsent(id, k -> places.find(k, AreaScope.everything())
                    .map(PlaceView::name).orElse(null));
        }

        String person(Long id) {
            return id == null ? null : persons.computeIfAbsent(id, k -> people.find(k)
                    .map(PersonSummary::name).orElse(null));
        }
    }
}
