package org.gridwatch.duty;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads duty: the coverage board, grid teams, assignments ending soon, a person's grids. Scope is applied in SQL. */
@Service
@Transactional(readOnly = true)
public class DutyDirectory {

    /** How far ahead the board looks for assignments about to end. */
    public static final int ENDING_WITHIN_DAYS = 14;

    private final CoverageQueries queries;
    private final AreaDirectory areas;
    private final GridLinkRepository links;
    private final Clock clock;

    DutyDirectory(CoverageQueries queries, AreaDirectory areas, GridLinkRepository links, Clock clock) {
        this.queries = queries;
        this.areas = areas;
        this.links = links;
        this.clock = clock;
    }

    /** Today in the application's clock: the day coverage is computed for. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** One page of the coverage board: live grids in scope, narrowed by the filter, in tree order. */
    public Page<GridCoverage> coverage(AreaScope scope, CoverageFilter filter, Pageable pageable) {
        return board(scope, filter, pageable).grids();
    }

    /** The board's page and its counts at the top (which ignore the status filter), counted once. */
    public CoverageBoard board(AreaScope scope, CoverageFilter filter, Pageable pageable) {
        String prefix = prefix(scope, filter);
        CoverageCounts counts = queries.counts(prefix, today());
        List<GridCoverage> rows = queries.page(prefix, filter.status(), today(), pageable.getPageSize(),
                pageable.getOffset());
        return new CoverageBoard(counts, new PageImpl<>(rows, pageable, counts.of(filter.status())));
    }

    /** The counts at the top of the board (ignoring the status filter). */
    public CoverageCounts counts(AreaScope scope, CoverageFilter filter) {
        return queries.counts(prefix(scope, filter), today());
    }

    /** Assignments in scope that end within {@link #ENDING_WITHIN_DAYS} days from today. */
    public List<AssignmentView> endingSoon(AreaScope scope, CoverageFilter filter) {
        return queries.endingBetween(prefix(scope, filter), today(), today().plusDays(ENDING_WITHIN_DAYS));
    }

    /** A grid's duty card today; 404 when the grid is not a grid in scope. */
    public GridCoverage team(long gridId, AreaScope scope) {
        AreaSummary grid = grid(gridId, scope);
        return queries.ofGrid(grid.path(), gridId, today()).stream().findFirst()
                .orElseThrow(() -> new RecordNotFoundException("Grid", gridId));
    }

    /** Every assignment of a grid in scope, newest first. */
    public List<AssignmentView> history(long gridId, AreaScope scope) {
        grid(gridId, scope);
        return queries.ofGridHistory(gridId);
    }

    /** The grids in scope a person is on duty for today, each with its team. */
    public List<GridCoverage> gridsOf(long personId, AreaScope scope) {
        return queries.ofPerson(scope.pathPrefix(), personId, today());
    }

    /** The grid's link channel name and version, if one was set. */
    public Optional<String> channel(long gridId) {
        return links.findByGridId(gridId).map(GridLink::getChannel);
    }

    /** A grid within the scope (live or retired), or a 404. */
    AreaSummary grid(long gridId, AreaScope scope) {
        AreaSummary area = areas.get(gridId, scope);
        if (area.type() != AreaType.GRID) {
            throw new RecordNotFoundException("Grid", gridId);
        }
        return area;
    }

    private String prefix(AreaScope scope, CoverageFilter filter) {
        if (filter.pathPrefix() == null || !filter.pathPrefix().startsWith(scope.pathPrefix())) {
            return scope.pathPrefix();
        }
        return filter.pathPrefix();
    }
}
