package org.gridwatch.people.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaSummary;
import org.gridwatch.area.AreaType;
import org.springframework.stereotype.Component;

/** Builds the area pickers of the people pages from the live areas of the user's scope. */
@Component("peopleAreaChoices")
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

    /** Stations and their communities in tree order: where a person may belong. */
    List<AreaChoice> homeAreas(AreaScope scope) {
        return indented(scope, List.of(AreaType.STATION, AreaType.COMMUNITY));
    }

    /** Stations, communities and grids of the scope, indented: the list filter. */
    List<AreaChoice> tree(AreaScope scope) {
        return indented(scope, List.of(AreaType.STATION, AreaType.COMMUNITY, AreaType.GRID));
    }

    List<AreaChoice> communities(AreaScope scope) {
        return areas.liveWithin(scope, AreaType.COMMUNITY).stream().sorted(TREE_ORDER)
                .map(c -> new AreaChoice(c.id(), c.name())).toList();
    }

    /** 派出所 › 社区 for a detail page (levels above the station are left out). */
    String label(long areaId) {
        return areas.ancestry(areaId).stream()
                .filter(a -> a.type().ordinal() >= AreaType.STATION.ordinal())
                .map(AreaSummary::name).collect(Collectors.joining(" › "));
    }

    private List<AreaChoice> indented(AreaScope scope, List<AreaType> types) {
        List<AreaSummary> all = new ArrayList<>();
        for (AreaType type : types) {
            all.addAll(areas.liveWithin(scope, type));
        }
        all.sort(TREE_ORDER);
        return all.stream().map(a -> new AreaChoice(a.id(),
                "\u3000".repeat(a.type().ordinal() - AreaType.STATION.ordinal()) + a.name())).toList();
    }
}
