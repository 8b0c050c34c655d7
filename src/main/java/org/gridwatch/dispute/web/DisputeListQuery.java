package org.gridwatch.dispute.web;

import java.util.List;
import org.gridwatch.dispute.DisputeCategory;
import org.gridwatch.dispute.DisputeState;
import org.gridwatch.dispute.DueFilter;
import org.gridwatch.dispute.RiskLevel;
import org.gridwatch.fieldwork.RecordQuery;
import org.gridwatch.shared.web.QueryParams;

/**
 * The dispute list's query parameters, shared by the list and its export; read leniently (a malformed value is no
 * filter). Disputes are not filtered by campaign.
 */
record DisputeListQuery(String area, String from, String to, String person, String category, String risk,
        String state, String due, String sort, String page) implements RecordQuery {

    static final List<String> SORTS = List.of("occurred", "due", "risk");

    @Override
    public String campaign() {
        return null;
    }

    /** The filters in force, as the page shows them. */
    DisputeController.ListQuery read() {
        return new DisputeController.ListQuery(filter(), QueryParams.enumOrNull(DisputeCategory.class, category),
                QueryParams.enumOrNull(RiskLevel.class, risk), QueryParams.enumOrNull(DisputeState.class, state),
                QueryParams.enumOrNull(DueFilter.class, due), sort != null && SORTS.contains(sort) ? sort : "occurred");
    }

    /** {@code path} with these filters in the order {@code by} (the pager, the column links and the export). */
    String url(String path, String by) {
        DisputeController.ListQuery q = read();
        return link(path).with("category", q.category()).with("risk", q.risk()).with("state", q.state())
                .with("due", q.due()).with("sort", by).toString();
    }
}
