package org.gridwatch.tip.web;

import org.gridwatch.fieldwork.RecordQuery;
import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.QueryParams;
import org.gridwatch.tip.TipCategory;
import org.gridwatch.tip.TipSearch;
import org.gridwatch.tip.TipStatus;

/**
 * The tip list's query parameters, shared by the list and its export; read leniently (a malformed value
 * is no filter).
 */
record TipListQuery(String area, String from, String to, String person, String campaign, String category,
        String status, String sort, String page) implements RecordQuery {

    TipSearch search() {
        return new TipSearch(filter(), QueryParams.enumOrNull(TipCategory.class, category),
                QueryParams.enumOrNull(TipStatus.class, status), sort);
    }

    /** {@code path} with these filters, without the order or the status when the link adds its own. */
    ListLink link(String path, boolean withSort, boolean withStatus) {
        TipSearch search = search();
        return link(path).with("category", search.category()).with("status", withStatus ? search.status() : null)
                .with("sort", withSort ? search.sort() : null);
    }
}
