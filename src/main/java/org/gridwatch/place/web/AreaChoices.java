package org.gridwatch.place.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.springframework.stereotype.Component;

/** The area pickers of the place pages, from the live areas of the user's scope. */
@Component
class AreaChoices {

    private final AreaDirectory areas;

    AreaChoices(AreaDirectory areas) {
        this.areas = areas;
    }

    /** Live grids of the scope, labelled with their community. */
    List<AreaChoice> grids(AreaScope scope) {
        return areas.gridChoices(scope);
    }

    /** Grid id → label ("社区 › 网格"), for the grid column of a list: only the grids of its rows. */
    Map<Long, String> gridLabels(AreaScope scope, Collection<Long> gridIds) {
        Map<Long, String> labels = new HashMap<>();
        for (Long id : new HashSet<>(gridIds)) {
            areas.gridLabel(id, scope).ifPresent(label -> labels.put(id, label));
        }
        return labels;
    }

    List<AreaChoice> stations(AreaScope scope) {
        return areas.choices(scope, AreaType.STATION);
    }

    /** Stations, communities and grids of the scope, indented: the list filter. */
    List<AreaChoice> tree(AreaScope scope) {
        return tree(scope, null);
    }

    /** The list filter: {@link AreaDirectory#filterChoices}, no grids above its limit. */
    List<AreaChoice> tree(AreaScope scope, Long selected) {
        return areas.filterChoices(scope, selected);
    }

    /** 派出所 › 社区 › 网格 for a detail page. */
    String label(long areaId) {
        return areas.label(areaId);
    }

    /** Labels of several areas, e.g. the grids a partner unit covers. */
    Map<Long, String> labels(Iterable<Long> ids) {
        Map<Long, String> labels = new HashMap<>();
        ids.forEach(id -> labels.put(id, label(id)));
        return labels;
    }
}
