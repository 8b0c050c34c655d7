package org.gridwatch.fieldwork;

import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.PagedQuery;

/**
 * The query parameters every record list shares, as its query record declares them ({@code area, from, to,
 * person, campaign, page}, bound with {@code @ModelAttribute} and shared by the list and its export): read
 * leniently into a {@link RecordFilter}, and written back into the list's links.
 */
public interface RecordQuery extends PagedQuery {

    String area();

    String from();

    String to();

    String person();

    String campaign();

    /** The filters in force (a malformed value is no filter). */
    default RecordFilter filter() {
        return RecordFilter.of(area(), from(), to(), person(), campaign());
    }

    /** {@code path} with the filters in force, as read (a malformed value is left out); the list adds its own. */
    default ListLink link(String path) {
        return filter().link(path);
    }
}
