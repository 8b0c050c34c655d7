package org.gridwatch.fieldwork;

import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.PagedQuery;

/**
 * The query parameters of a list filtered by area and period ({@code area, from, to, page}), as its query record
 * declares them (bound with {@code @ModelAttribute}): read leniently into a {@link RecordFilter} and written back
 * into the list's links. Record lists add person and campaign ({@link RecordQuery}).
 */
public interface AreaPeriodQuery extends PagedQuery {

    String area();

    String from();

    String to();

    /** The filters in force (a malformed value is no filter). */
    default RecordFilter filter() {
        return RecordFilter.of(area(), from(), to(), null, null);
    }

    /** {@code path} with the filters in force, as read (a malformed value is left out); the list adds its own. */
    default ListLink link(String path) {
        return filter().link(path);
    }
}
