package org.gridwatch.patrol;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.people.PersonDirectory;
import org.gridwatch.people.PersonSummary;
import org.gridwatch.photo.PhotoOwner;
import org.gridwatch.shared.paging.ListPage;
import org.gridwatch.shared.paging.ListPaging;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads patrols. A patrol is in a user's scope when its home grid is; every read applies the scope in SQL and
 * answers "not found" for a patrol outside it.
 */
@Service
@Transactional(readOnly = true)
public class PatrolDirectory {

    /** The photos of a patrol belong to this owner type. */
    public static final String PHOTO_OWNER = "patrol";

    private final PatrolRepository patrols;
    private final PatrolQueries queries;
    private final AreaDirectory areas;
    private final PersonDirectory people;
    private final AuditHistory audit;
    private final ListPaging paging;

    PatrolDirectory(PatrolRepository patrols, PatrolQueries queries, AreaDirectory areas, PersonDirectory people,
            AuditHistory audit, ListPaging paging) {
        this.paging = paging;
        this.patrols = patrols;
        this.queries = queries;
        this.areas = areas;
        this.people = people;
        this.audit = audit;
    }

    /** The owner under which a patrol's photos are kept. */
    public static PhotoOwner photoOwner(long patrolId) {
        return new PhotoOwner(PHOTO_OWNER, patrolId);
    }

    /** One patrol, if its home grid lies within the scope. */
    public Optional<PatrolView> find(long id, AreaScope scope) {
        return patrols.findWithin(id, scope.pathPrefix()).map(Patrol::view);
    }

    /** One patrol within the scope, or a 404 for the user. */
    public PatrolView get(long id, AreaScope scope) {
        return find(id, scope).orElseThrow(() -> new RecordNotFoundException("Patrol", id));
    }

    /** One finding of a patrol within the scope (e.g. to check an origin a case form was opened with). */
    public Optional<PatrolView.FindingView> finding(long patrolId, int number, AreaScope scope) {
        return find(patrolId, scope).flatMap(p -> p.findings().stream().filter(f -> f.number() == number)
                .findFirst());
    }

    /** A page of patrols matching the search within the scope; a filter area outside the scope is a 404. */
    public ListPage<PatrolRow> search(PatrolSearch search, AreaScope scope, Pageable pageable) {
        String within = within(search, scope);
        return paging.page(pageable, (limit, offset) -> queries.page(search, scope.pathPrefix(), within, offset, limit),
                max -> queries.countUpTo(search, scope.pathPrefix(), within, max));
    }

    /** Every patrol matching the search within the scope, in the list's order, with grids and people named. */
    public List<PatrolExportRow> export(PatrolSearch search, AreaScope scope) {
        Map<Long, String> gridNames = new HashMap<>();
        Map<Long, String> personNames = new HashMap<>();
        return queries.export(search, scope.pathPrefix(), within(search, scope)).stream()
                .map(line -> new PatrolExportRow(line.id(), line.kind(), line.startedAt(), line.endedAt(),
                        Duration.between(line.startedAt(), line.endedAt()).toMinutes(),
                        line.gridIds().stream().map(g -> gridNames.computeIfAbsent(g, areas::label))
                                .collect(Collectors.joining("；")),
                        line.personIds().stream().map(p -> personNames.computeIfAbsent(p, this::personName))
                                .collect(Collectors.joining("、")),
                        line.partners(), line.findingCount(), line.findings(), line.notes(), line.campaignId(),
                        line.recordedByName(), line.recordedAt()))
                .toList();
    }

    /** The change history of a patrol within the scope, newest first. */
    public List<HistoryEntry> history(long id, AreaScope scope) {
        get(id, scope);
        return audit.of(Patrol.class, id);
    }

    /** Names of people for a patrol's page, in the given order ("#id" for someone no longer registered). */
    public List<String> names(List<Long> personIds) {
        return personIds.stream().map(this::personName).toList();
    }

    private String personName(long personId) {
        return people.find(personId).map(PersonSummary::name).orElse("#" + personId);
    }

    private String within(PatrolSearch search, AreaScope scope) {
        Long areaId = search.filter().areaId();
        return areaId == null ? null : areas.get(areaId, scope).path();
    }
}
