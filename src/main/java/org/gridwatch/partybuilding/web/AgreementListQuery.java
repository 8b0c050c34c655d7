package org.gridwatch.partybuilding.web;

import org.gridwatch.partybuilding.AgreementStatus;
import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.PagedQuery;
import org.gridwatch.shared.web.QueryParams;

/** The agreement list's query parameters, read leniently (a malformed value is no filter). */
record AgreementListQuery(String area, String status, String page) implements PagedQuery {

    Long areaId() {
        return QueryParams.longOrNull(area);
    }

    AgreementStatus statusFilter() {
        return QueryParams.enumOrNull(AgreementStatus.class, status);
    }

    /** The list with these filters (for the pager). */
    String link() {
        return ListLink.to("/party/agreements").with("area", areaId()).with("status", statusFilter()).toString();
    }
}
