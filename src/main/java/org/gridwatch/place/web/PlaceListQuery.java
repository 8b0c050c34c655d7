package org.gridwatch.place.web;

import java.util.List;
import org.gridwatch.place.PlaceKind;
import org.gridwatch.place.PlaceSearch;
import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.PagedQuery;
import org.gridwatch.shared.web.QueryParams;

/** The place list's query parameters, read leniently (a malformed value is no filter). */
record PlaceListQuery(String q, String kind, String area, String sort, String page) implements PagedQuery {

    static final List<String> SORTS = List.of("name", "kind", "updated");

    String text() {
        return q == null ? "" : q.trim();
    }

    PlaceKind kindFilter() {
        return QueryParams.enumOrNull(PlaceKind.class, kind);
    }

    Long areaId() {
        return QueryParams.longOrNull(area);
    }

    String sortBy() {
        return sort != null && SORTS.contains(sort) ? sort : "name";
    }

    PlaceSearch search() {
        return new PlaceSearch(text(), kindFilter(), areaId(), sortBy());
    }

    /** The list with these filters and order (for the pager). */
    String link() {
        return ListLink.to("/places").with("q", text()).with("kind", kindFilter()).with("area", areaId())
                .with("sort", sortBy()).toString();
    }
}
