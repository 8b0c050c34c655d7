package org.gridwatch.people.web;

import org.gridwatch.people.PersonKind;
import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.PagedQuery;
import org.gridwatch.shared.web.QueryParams;

/**
 * The people list's query parameters, read leniently (a malformed value is no filter); {@code active} is
 * {@code yes}, {@code no} or anything else for both.
 */
record PersonListQuery(String q, String kind, String area, String active, String page) implements PagedQuery {

    String text() {
        return q == null ? "" : q.trim();
    }

    PersonKind kindFilter() {
        return QueryParams.enumOrNull(PersonKind.class, kind);
    }

    Long areaId() {
        return QueryParams.longOrNull(area);
    }

    Boolean activeFilter() {
        return "yes".equals(active) ? Boolean.TRUE : "no".equals(active) ? Boolean.FALSE : null;
    }

    /** The active filter as the select shows it. */
    String activeValue() {
        Boolean filter = activeFilter();
        return filter == null ? "" : filter ? "yes" : "no";
    }

    /** The list with these filters (for the pager). */
    String link() {
        return ListLink.to("/people").with("q", text()).with("kind", kindFilter()).with("area", areaId())
                .with("active", activeValue()).toString();
    }
}
