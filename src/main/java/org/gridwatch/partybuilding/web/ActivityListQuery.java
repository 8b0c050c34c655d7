package org.gridwatch.partybuilding.web;

import org.gridwatch.fieldwork.AreaPeriodQuery;
import org.gridwatch.partybuilding.ActivityKind;
import org.gridwatch.shared.web.QueryParams;

/**
 * The activity list's query parameters, read leniently (a malformed value is no filter): area, period, kind,
 * branch and agreement.
 */
record ActivityListQuery(String area, String from, String to, String kind, String branch, String agreement,
        String page) implements AreaPeriodQuery {

    ActivityKind kindFilter() {
        return QueryParams.enumOrNull(ActivityKind.class, kind);
    }

    Long branchId() {
        return QueryParams.longOrNull(branch);
    }

    Long agreementId() {
        return QueryParams.longOrNull(agreement);
    }

    /** The list with these filters (for the pager). */
    String link() {
        return link("/party/activities").with("kind", kindFilter()).with("branch", branchId())
                .with("agreement", agreementId()).toString();
    }
}
