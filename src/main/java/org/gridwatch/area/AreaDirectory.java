package org.gridwatch.area;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.gridwatch.audit.AuditHistory;
import org.gridwatch.audit.HistoryEntry;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.shared.web.RecordNotFoundException;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the area tree and answers scope questions for every other module. */
@Service
@Transactional(readOnly = true)
public class AreaDirectory {

    /** Above this many grids in a scope, list filters offer areas only down to communities. */
    public static final int FILTER_CHOICES_LIMIT = 300;

    private static final GeometryFactory POINTS = new GeometryFactory();

    private final AreaRepository areas;
    private final AuditHistory auditHistory;
    private final AreaTreeStamp treeStamp;
    private final AreaChoicesCache choiceCache;
    private final AreaLabelCache labelCache;

    AreaDirectory(AreaRepository areas, AuditHistory auditHistory, AreaTreeStamp treeStamp,
            AreaChoicesCache choiceCache, AreaLabelCache labelCache) {
        this.areas = areas;
        this.choiceCache = choiceCache;
        this.labelCache = labelCache;
        this.auditHistory = auditHistory;
        this.treeStamp = treeStamp;
    }

    /**
     * The subtree a user may see: their scope area and everything under it. An ADMIN without a scope
     * area (the first account) sees the whole tree; anyone else without one sees nothing.
     */
    public AreaScope scopeOf(SignedInUser user) {
        if (user.scopeAreaId() == null) {
            return user.has(Role.ADMIN) ? AreaScope.everything() : AreaScope.nothing();
        }
        return areas.findById(user.scopeAreaId()).map(a -> new AreaScope(a.getPath())).orElse(AreaScope.nothing());
    }

    /** One area, if it exists and lies within the scope. */
    public Optional<AreaSummary> find(long id, AreaScope scope) {
        return areas.findSummaryWithin(id, scope.pathPrefix());
    }

    /** One area within the scope, or a 404 for the user. */
    public AreaSummary get(long id, AreaScope scope) {
        return find(id, scope).orElseThrow(() -> new RecordNotFoundException("Area", id));
    }

    /** One area regardless of scope, for labels of records already checked by their own module. */
    public Optional<AreaSummary> find(long id) {
        return areas.findSummary(id);
    }

    /** The area with this code, if it exists and lies within the scope (for imports that name areas by code). */
    public Optional<AreaSummary> findByCode(String code, AreaScope scope) {
        return areas.findByCodeWithin(code, scope.pathPrefix()).map(Area::summary);
    }

    /** Live (not retired) areas of one type within the scope, in tree order: the choices of a picker. */
    public List<AreaSummary> liveWithin(AreaScope scope, AreaType type) {
        return areas.findLiveSummariesWithin(scope.pathPrefix(), type).stream().sorted(TREE_ORDER).toList();
    }

    /**
     * Live areas of the given types within the scope, parents before children, each label indented by
     * its depth below the shallowest type asked for: the options of an area picker or filter.
     */
    public List<AreaChoice> choices(AreaScope scope, AreaType... types) {
        return choiceCache.get(new AreaChoicesCache.Key(treeStamp.current(), scope.pathPrefix(), List.of(types)),
                this::loadChoices);
    }

    /**
     * Areas a list can be narrowed to: stations, communities and grids of the scope; above
     * {@link #FILTER_CHOICES_LIMIT} grids only down to communities (a page with ten thousand options is slow to
     * build and to use), plus the {@code selected} area so that the filter in force stays visible.
     */
    public List<AreaChoice> filterChoices(AreaScope scope, Long selected) {
        return filterChoices(scope, selected == null ? List.of() : List.of(selected));
    }

    /** {@link #filterChoices(AreaScope, Long)} keeping several chosen areas (a form's ticked boxes) offered. */
    public List<AreaChoice> filterChoices(AreaScope scope, Collection<Long> selected) {
        if (liveGridCount(scope) <= FILTER_CHOICES_LIMIT) {
            return choices(scope, AreaType.BRANCH, AreaType.STATION, AreaType.COMMUNITY, AreaType.GRID);
        }
        List<AreaChoice> choices = new ArrayList<>(choices(scope, AreaType.BRANCH, AreaType.STATION,
                AreaType.COMMUNITY));
        Set<Long> offered = new HashSet<>(choices.stream().map(AreaChoice::value).toList());
        List<Long> missing = selected.stream().filter(id -> id != null && !offered.contains(id)).distinct().toList();
        Map<Long, String> labels = labels(missing);
        missing.stream().filter(id -> find(id, scope).isPresent())
                .forEach(id -> choices.add(new AreaChoice(id, labels.get(id))));
        return choices;
    }

    /** Reads id, name, type and path only: a branch has hundreds of choices, each entity with its boundary. */
    private List<AreaChoice> loadChoices(AreaChoicesCache.Key key) {
        if (key.types().isEmpty()) {
            return List.of();
        }
        int shallowest = key.types().stream().mapToInt(AreaType::ordinal).min().orElseThrow();
        return areas.liveChoiceRowsWithin(key.pathPrefix(), key.types().stream().map(Enum::name).toList()).stream()
                .map(row -> new AreaChoice(((Number) row[0]).longValue(),
                        "\u3000".repeat(AreaType.valueOf((String) row[2]).ordinal() - shallowest) + row[1]))
                .toList();
    }

    /** How many live grids the scope holds. */
    public long liveGridCount(AreaScope scope) {
        return areas.countGridsWithin(scope.pathPrefix(), false);
    }

    /** Live grids within the scope labelled with their community (社区 › 网格), in tree order. */
    public List<AreaChoice> gridChoices(AreaScope scope) {
        Map<Long, String> communities = new HashMap<>();
        areas.findLiveSummariesWithin(scope.pathPrefix(), AreaType.COMMUNITY)
                .forEach(c -> communities.put(c.id(), c.name()));
        return areas.findLiveSummariesWithin(scope.pathPrefix(), AreaType.GRID).stream().sorted(TREE_ORDER)
                .map(g -> new AreaChoice(g.id(), communities.containsKey(g.parentId())
                        ? communities.get(g.parentId()) + " › " + g.name() : g.name()))
                .toList();
    }

    /** The live grids under a path prefix (already narrowed to the user's scope), for maps. */
    public List<GridShape> gridShapes(String pathPrefix) {
        Map<Long, String> communities = new HashMap<>();
        areas.findLiveSummariesWithin(pathPrefix, AreaType.COMMUNITY).forEach(c -> communities.put(c.id(), c.name()));
        return areas.findLiveWithin(pathPrefix, AreaType.GRID).stream()
                .map(g -> new GridShape(g.getId(), g.getCode(), g.getName(), communities.get(g.getParentId()),
                        g.getBoundary(), g.getHouseholds()))
                .toList();
    }

    /**
     * A stamp of the whole area tree that changes with every created, edited, moved or retired area, read from
     * the database (so it holds when several instances share one): the version of anything cached from the tree.
     * Re-read at most every second; an edit made through this instance shows at once, through another within a
     * second.
     */
    public String treeStamp() {
        return treeStamp.current();
    }

    /** "社区 › 网格" of a grid within the scope (a list's grid column), empty for any other id. */
    public Optional<String> gridLabel(long gridId, AreaScope scope) {
        return labelCache.grid(treeStamp.current(), gridId, id -> areas.gridLabelRows(id).stream().findFirst()
                        .map(row -> new AreaLabelCache.GridLabel((String) row[0], (String) row[1])))
                .filter(grid -> grid.path().startsWith(scope.pathPrefix())).map(AreaLabelCache.GridLabel::label);
    }

    /** 派出所 › 社区 › 网格 for an area, leaving out the levels above the station; empty for an unknown id. */
    public String label(long id) {
        return labels(List.of(id)).getOrDefault(id, "");
    }

    /** {@link #label} of many areas in one query: id to label, unknown ids left out. */
    public Map<Long, String> labels(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> labels = new HashMap<>();
        for (Object[] row : areas.labelRows(ids)) {
            labels.put(((Number) row[0]).longValue(), (String) row[1]);
        }
        return labels;
    }

    /** Parents before children, siblings by id: paths compared number by number ("/1/10/" after "/1/9/"). */
    static final Comparator<AreaSummary> TREE_ORDER = (a, b) -> {
        long[] x = pathIds(a.path());
        long[] y = pathIds(b.path());
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Long.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private static long[] pathIds(String path) {
        return Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).mapToLong(Long::parseLong).toArray();
    }

    /** The chain from the root down to the area itself, for breadcrumbs and labels like 经开分局 › 临河派出所. */
    public List<AreaSummary> ancestry(long id) {
        Area area = areas.findById(id).orElseThrow(() -> new RecordNotFoundException("Area", id));
        List<Long> ids = Arrays.stream(area.getPath().split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        return areas.findAllById(ids).stream()
                .sorted((a, b) -> Integer.compare(a.getPath().length(), b.getPath().length()))
                .map(Area::summary).toList();
    }

    /** All an area's fields, within the scope, or a 404 for the user. */
    public AreaDetails details(long id, AreaScope scope) {
        Area area = areas.findWithin(id, scope.pathPrefix()).orElseThrow(() -> new RecordNotFoundException("Area", id));
        List<AreaSummary> successors = areas.findAllById(area.getSuccessorIds()).stream()
                .sorted(Comparator.comparing(Area::getCode)).map(Area::summary).toList();
        return new AreaDetails(area.getId(), area.getCode(), area.getName(), area.getType(), area.getCommunityKind(),
                area.getParentId(), area.getPath(), area.getBoundary(), area.getPopulation(), area.getHouseholds(),
                area.getRetiredAt(), area.getRetiredNote(), successors, area.getCreatedAt(), area.getUpdatedAt(),
                area.getVersion());
    }

    /** The direct children of an area within the scope, live ones first, by code. */
    public List<AreaSummary> children(long id, AreaScope scope) {
        return areas.findChildSummariesWithin(id, scope.pathPrefix());
    }

    /** An area's change history, newest first; a 404 when the area lies outside the scope. */
    public List<HistoryEntry> history(long id, AreaScope scope) {
        get(id, scope);
        return auditHistory.of(Area.class, id);
    }

    /**
     * The scope's part of the tree with counts per node (live children, live grids below), built from
     * one query. The roots are the areas whose parent lies outside the scope (normally the scope area).
     * Retired grids are left out unless asked for; all grids are left out when there are more than
     * {@code maxGrids} of them (a city's thousands of grids are reached through their communities).
     */
    public AreaTree tree(AreaScope scope, boolean withRetired, int maxGrids) {
        boolean withGrids = areas.countGridsWithin(scope.pathPrefix(), withRetired) <= maxGrids;
        return new AreaTree(tree(scope, withRetired, withGrids), withGrids);
    }

    private List<AreaTreeNode> tree(AreaScope scope, boolean withRetired, boolean withGrids) {
        Map<Long, AreaSummary> summaries = new LinkedHashMap<>();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] row : areas.treeRowsWithin(scope.pathPrefix(), withRetired, withGrids)) {
            AreaSummary summary = new AreaSummary(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                    AreaType.valueOf((String) row[3]), row[4] == null ? null : ((Number) row[4]).longValue(),
                    (String) row[5], (Boolean) row[6]);
            summaries.put(summary.id(), summary);
            counts.put(summary.id(), new long[] {((Number) row[7]).longValue(), ((Number) row[8]).longValue()});
        }
        Map<Long, List<AreaSummary>> byParent = new HashMap<>();
        List<AreaSummary> roots = new ArrayList<>();
        for (AreaSummary summary : summaries.values()) {
            if (summary.parentId() != null && summaries.containsKey(summary.parentId())) {
                byParent.computeIfAbsent(summary.parentId(), k -> new ArrayList<>()).add(summary);
            } else {
                roots.add(summary);
            }
        }
        return roots.stream().map(root -> node(root, byParent, counts)).toList();
    }

    private static AreaTreeNode node(AreaSummary area, Map<Long, List<AreaSummary>> byParent,
            Map<Long, long[]> counts) {
        List<AreaTreeNode> children = byParent.getOrDefault(area.id(), List.of()).stream()
                .map(child -> node(child, byParent, counts)).toList();
        long[] figures = counts.get(area.id());
        return new AreaTreeNode(area, figures[0], figures[1], children);
    }

    /**
     * The live grid within the scope whose boundary contains the point (WGS84 latitude and longitude),
     * if any. A point on the shared edge of two grids goes to the first found.
     */
    public Optional<AreaSummary> gridAt(double lat, double lon, AreaScope scope) {
        Point point = POINTS.createPoint(new Coordinate(lon, lat));
        return areas.findLiveGridsWithBoxHolding(lat, lon, scope.pathPrefix()).stream()
                .sorted(Comparator.comparing(Area::getCode))
                .filter(grid -> BoundaryGeoJson.readStored(grid.getBoundary()).covers(point))
                .findFirst().map(Area::summary);
    }
}
