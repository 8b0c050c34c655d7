package org.gridwatch.patrol;

import org.gridwatch.fieldwork.RecordFilter;
import org.springframework.modulith.NamedInterface;

/**
 * A patrol list query: the shared record filter (area subtree — patrols covering a grid in it —, dates of the
 * start, person, campaign), an optional kind, and the order: {@code start} (newest first) or {@code duration}
 * (longest first).
 */
@NamedInterface(name = "pages", propagate = false) // only this module's web layer uses it
public record PatrolSearch(RecordFilter filter, PatrolKind kind, String sort) {

    public static final String BY_START = "start";
    public static final String BY_DURATION = "duration";

    public PatrolSearch {
        if (filter == null) {
            filter = new RecordFilter(null, null, null, null, null);
        }
        if (!BY_DURATION.equals(sort)) {
            sort = BY_START;
        }
    }
}
