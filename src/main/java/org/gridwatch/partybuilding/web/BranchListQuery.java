package org.gridwatch.partybuilding.web;

import java.time.LocalDate;
import org.gridwatch.fieldwork.AreaPeriodQuery;
import org.gridwatch.shared.web.ListLink;

/** The branch list's query parameters: the area and the period its activities are counted for. */
record BranchListQuery(String area, String from, String to, String page) implements AreaPeriodQuery {

    /** The dates given, or else the current year. */
    Period period(LocalDate today) {
        return Period.of(filter(), today);
    }

    /** The list with the area and the period counted (for the pager). */
    String link(Period period) {
        return ListLink.to("/party/branches").with("area", filter().areaId()).with("from", period.from())
                .with("to", period.to()).toString();
    }
}
