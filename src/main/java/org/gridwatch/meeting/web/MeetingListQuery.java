package org.gridwatch.meeting.web;

import org.gridwatch.fieldwork.AreaPeriodQuery;
import org.gridwatch.meeting.MeetingKind;
import org.gridwatch.shared.web.QueryParams;

/**
 * The meeting list's query parameters, read leniently (a malformed value is no filter): the convening area, the
 * period and the kind.
 */
record MeetingListQuery(String area, String from, String to, String kind, String page) implements AreaPeriodQuery {

    MeetingKind kindFilter() {
        return QueryParams.enumOrNull(MeetingKind.class, kind);
    }

    /** The list with these filters (for the pager). */
    String link() {
        return link("/meetings").with("kind", kindFilter()).toString();
    }
}
