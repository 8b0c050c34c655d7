package org.gridwatch.visit;

import java.util.List;
import org.gridwatch.fieldwork.RecordFilter;
import org.springframework.modulith.NamedInterface;

/**
 * A visit list query: the shared record filter (area, dates, person, campaign), an optional kind and category,
 * only visits whose follow-up is still open, and the sort (one of {@link #SORTS}; newest first by default).
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record VisitSearch(RecordFilter filter, VisitKind kind, VisitCategory category, boolean followUpOpen,
        String sort) {

    public static final List<String> SORTS = List.of("newest", "oldest", "followUp", "place");

    public VisitSearch {
        if (sort == null || !SORTS.contains(sort)) {
            sort = "newest";
        }
    }
}
