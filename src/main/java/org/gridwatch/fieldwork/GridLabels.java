package org.gridwatch.fieldwork;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * Grid labels ("社区 › 网格") looked up as a page asks for them and remembered for that page: a list names the
 * few grids of its rows, never every grid of a scope of thousands.
 */
public final class GridLabels {

    private final Map<Long, String> labels = new HashMap<>();
    private final LongFunction<String> lookup;

    GridLabels(LongFunction<String> lookup) {
        this.lookup = lookup;
    }

    /** The grid's label, or null for a grid outside the scope. */
    public String get(Long gridId) {
        return gridId == null ? null : labels.computeIfAbsent(gridId, lookup::apply);
    }
}
