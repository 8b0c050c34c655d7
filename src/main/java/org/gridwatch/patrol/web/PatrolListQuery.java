package org.gridwatch.patrol.web;

import org.gridwatch.fieldwork.RecordQuery;
import org.gridwatch.patrol.PatrolKind;
import org.gridwatch.patrol.PatrolSearch;
import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.QueryParams;

/**
 * The patrol list's query parameters, shared by the list and its export; read leniently (a malformed value
 * is no filter).
 */
record PatrolListQuery(String area, String from, String to, String person, String campaign, String kind, String sort,
        String page) implements RecordQuery {

    PatrolSearch search() {
        return new PatrolSearch(filter(), QueryParams.enumOrNull(PatrolKind.class, kind), sort);
    }

    /** {@code path} with these filters, without the order (the sort links add their own). */
    ListLink unsorted(String path) {
        return link(path).with("kind", search().kind());
    }

    /** {@code path} with these filters and the order in force (the pager and the export). */
    ListLink sorted(String path) {
        return unsorted(path).with("sort", search().sort());
    }
}
