package org.gridwatch.outreach.web;

import org.gridwatch.fieldwork.RecordQuery;
import org.gridwatch.outreach.OutreachSearch;

/**
 * What the three outreach lists' query records share (bound with {@code @ModelAttribute}, one record per list,
 * shared by the list and its export): the record filters, the kind's own filter and the order.
 */
interface OutreachListQuery extends RecordQuery {

    String sort();

    /** The kind's own filter as sent ({@code channel}, {@code topic}), or null when it has none. */
    default String category() {
        return null;
    }

    /** The search these parameters describe (malformed values are ignored, never an error). */
    default OutreachSearch search() {
        String category = category();
        return new OutreachSearch(filter(), category == null || category.isBlank() ? null : category.trim(), sort());
    }
}
