package org.gridwatch.place.web;

import org.gridwatch.place.PartnerKind;
import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.PagedQuery;
import org.gridwatch.shared.web.QueryParams;

/** The partner unit list's query parameters, read leniently (a malformed value is no filter). */
record PartnerListQuery(String q, String kind, String area, String page) implements PagedQuery {

    String text() {
        return q == null ? "" : q.trim();
    }

    PartnerKind kindFilter() {
        return QueryParams.enumOrNull(PartnerKind.class, kind);
    }

    Long areaId() {
        return QueryParams.longOrNull(area);
    }

    /** The list with these filters (for the pager). */
    String link() {
        return ListLink.to("/partners").with("q", text()).with("kind", kindFilter()).with("area", areaId())
                .toString();
    }
}
