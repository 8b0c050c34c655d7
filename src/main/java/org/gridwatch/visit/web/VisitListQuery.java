package org.gridwatch.visit.web;

import org.gridwatch.fieldwork.RecordQuery;
import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.visit.VisitCategory;
import org.gridwatch.visit.VisitKind;
import org.gridwatch.visit.VisitSearch;

/**
 * The visit ledger's query parameters, shared by the list and its export; read leniently (a malformed value
 * is no filter).
 */
record VisitListQuery(String area, String from, String to, String person, String campaign, String kind,
        String category, String followUp, String sort, String page) implements RecordQuery {

    VisitSearch search() {
        return new VisitSearch(filter(), QueryParams.enumOrNull(VisitKind.class, kind),
                QueryParams.enumOrNull(VisitCategory.class, category), "open".equals(followUp), sort);
    }

    /** {@code path} with these filters, in the order {@code sort} (for the pager, sort links and the export). */
    ListLink link(String path, String sort) {
        VisitSearch search = search();
        return link(path).with("kind", search.kind()).with("category", search.category())
                .with("followUp", search.followUpOpen() ? "open" : null).with("sort", sort);
    }
}
