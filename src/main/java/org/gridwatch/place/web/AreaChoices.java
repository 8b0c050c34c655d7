package org.gridwatch.place.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.springframework.stereotype.Component;

/** Builds the area pickers of the place pages from the live areas of the user's scope. */
@Component
class AreaChoices {

    /**
     * Parents before children, siblings in the order they were created: the path compared id by id (as text,
     * /1/10/ would sort before /1/9/).
     */
    static final Comparator<AreaSummary> TREE_ORDER = (a, b) -> {
        long[] x = ids(a.path());
        long[] y = ids(b.path());
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            if (x[i] != y[i]) {
                return Long.compare(x[i], y[i]);
            }
        }
        return Integer.compare(x.length, y.length);
    };

    private final AreaDirectory areas;

    private static long[] ids(String path) {
        return java.util.Arrays.stream(path.split("/")).filter(part -> !part.isEmpty()).mapToLong(Long::parseLong)
                .toArray();
    }

    AreaChoices(AreaDirectory areas) {
        this.areas = areas;
    }

    /** Live grids of the scope, labelled with their community. */
    List<AreaChoice> grids(AreaScope scope) {
        Map<Long, String> communities = areas.liveWithin(scope, AreaType.COMMUNITY).stream()
                .collect(Collectors.toMap(AreaSummary::id, AreaSummary::name));
        return areas.liveWithin(scope, AreaType.GRID).stream().sorted(TREE_ORDER)
                .map(g -> new AreaChoice(g.id(), communities.containsKey(g.parentId())
                        ? communities.get(g.parentId()) + " › " + g.name() : g.name()))
                .toList();
    }

    /** Grid id → label, for the grid column of lists. */
    Map<Long, String> gridLabels(AreaScope scope) {
        return grids(scope).stream().collect(Collectors.toMap(AreaChoice::value, AreaChoice::label));
    }

    List<AreaChoice> stations(AreaScope scope) {
        return areas.liveWithin(scope, AreaType.STATION).stream().sorted(TREE_ORDER)
                .map(s -> new AreaChoice(s.id(), s.name())).toList();
    }

    /** Stations, communities and grids of the scope in tree order, indented by level: the list filter. */
    List<AreaChoice> tree(AreaScope scope) {
        List<AreaSummary> all = new ArrayList<>();
        for (AreaType type : List.of(AreaType.STATION, AreaType.COMMUNITY, AreaType.GRID)) {
            all.addAll(areas.liveWithin(scope, type));
        }
        all.sort(TREE_ORDER);
        return all.stream().map(a -> new AreaChoice(a.id(),
                "\u3000".repeat(a.type().ordinal() - AreaType.STATION.ordinal()) + a.name())).toList();
    }

    /** 派出所 › 社区 › 网格 for a detail page (levels above the station are left out). */
    String label(long areaId) {
        return areas.ancestry(areaId).stream()
                .filter(a -> a.type().ordinal() >= AreaType.STATION.ordinal())
                .map(AreaSummary::name).collect(Collectors.joining(" › "));
    }

    /** Labels of several areas, e.g. the grids a partner unit covers. */
    Map<Long, String> labels(Iterable<Long> ids) {
        Map<Long, String> labels = new HashMap<>();
        for (Long id : ids) {
            labels.put(id, label(id));
        }
        return labels;
    }
}
