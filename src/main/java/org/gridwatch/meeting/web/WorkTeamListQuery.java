package org.gridwatch.meeting.web;

import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.PagedQuery;
import org.gridwatch.shared.web.QueryParams;

/** The work team list's query parameters: the convening area, read leniently (unreadable is every area). */
record WorkTeamListQuery(String area, String page) implements PagedQuery {

    Long areaId() {
        return QueryParams.longOrNull(area);
    }

    /** The list with this area (for the pager). */
    String link() {
        return ListLink.to("/meetings/teams").with("area", areaId()).toString();
    }
}
