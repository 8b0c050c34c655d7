package org.gridwatch.tip;

import java.util.List;
import org.gridwatch.fieldwork.RecordFilter;
import org.springframework.modulith.NamedInterface;

/**
 * A tip list's filters: the shared ones (dates, person, campaign; the area is applied as the path prefix the
 * caller resolved within the user's scope) plus category and status, and the order.
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record TipSearch(RecordFilter filter, TipCategory category, TipStatus status, String sort) {

    /** The orders a list offers; the first is the default. */
    public static final List<String> SORTS = List.of("newest", "oldest", "status", "category");

    public TipSearch {
        if (sort == null || !SORTS.contains(sort)) {
            sort = SORTS.get(0);
        }
    }
}
