package org.gridwatch.people.web;

import java.util.List;
import org.gridwatch.area.AreaChoice;
import org.gridwatch.area.AreaDirectory;
import org.gridwatch.area.AreaScope;
import org.gridwatch.area.AreaType;
import org.springframework.stereotype.Component;

/** The area pickers of the people pages, from the live areas of the user's scope. */
@Component("peopleAreaChoices")
class AreaChoices {

    private final AreaDirectory areas;

    AreaChoices(AreaDirectory areas) {
        this.areas = areas;
    }

    /** Stations and their communities: where a person may belong. */
    List<AreaChoice> homeAreas(AreaScope scope) {
        return areas.choices(scope, AreaType.STATION, AreaType.COMMUNITY);
    }

    /** The list filter: {@link AreaDirectory#filterChoices}, no grids above its limit. */
    List<AreaChoice> tree(AreaScope scope, Long selected) {
        return areas.filterChoices(scope, selected);
    }

    List<AreaChoice> communities(AreaScope scope) {
        return areas.choices(scope, AreaType.COMMUNITY);
    }

    /** 派出所 › 社区 for a detail page. */
    String label(long areaId) {
        return areas.label(areaId);
    }
}
