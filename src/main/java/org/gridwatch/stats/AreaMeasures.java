package org.gridwatch.stats;

import java.util.Map;

/** The measures of an area and of each of its child areas over one period (child id to its values). */
public record AreaMeasures(MeasureValues area, Map<Long, MeasureValues> children) {

    public AreaMeasures {
        children = Map.copyOf(children);
    }
}
