package org.gridwatch.meeting.web;

import org.gridwatch.meeting.ActionItemFilter;
import org.gridwatch.meeting.ActionStatus;
import org.gridwatch.shared.web.ListLink;
import org.gridwatch.shared.web.PagedQuery;
import org.gridwatch.shared.web.QueryParams;

/**
 * The action item list's query parameters, read leniently (a malformed value is no filter): {@code mine} and
 * {@code overdue} ({@code true} or not), the status, the convening area and the order ({@code meeting} or by due
 * date).
 */
record ActionItemListQuery(String mine, String overdue, String status, String area, String sort, String page)
        implements PagedQuery {

    boolean onlyMine() {
        return "true".equals(mine);
    }

    boolean onlyOverdue() {
        return "true".equals(overdue);
    }

    ActionStatus statusFilter() {
        return QueryParams.enumOrNull(ActionStatus.class, status);
    }

    Long areaId() {
        return QueryParams.longOrNull(area);
    }

    String sortBy() {
        return "meeting".equals(sort) ? "meeting" : "due";
    }

    /** The filter for {@code me} (the user's own person, or null when the account has none). */
    ActionItemFilter filter(Long me) {
        return new ActionItemFilter(onlyMine() ? me : null, onlyOverdue(), statusFilter(), areaId(), sortBy());
    }

    /** The list with these filters and order (for the pager). */
    String link() {
        return ListLink.to("/meetings/actions").with("mine", onlyMine()).with("overdue", onlyOverdue())
                .with("status", statusFilter()).with("area", areaId()).with("sort", sortBy()).toString();
    }
}
