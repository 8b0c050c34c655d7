package org.gridwatch.hazard.web;

import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.fieldwork.RecordQuery;
import org.gridwatch.hazard.HazardCategory;
import org.gridwatch.hazard.HazardSearch;
import org.gridwatch.hazard.HazardSeverity;
import org.gridwatch.hazard.HazardState;
import org.gridwatch.shared.web.QueryParams;

/**
 * The hazard list's parameters, read leniently (an unreadable value is no filter): the shared record filters
 * ({@code area, from, to, person, campaign}) plus {@code category, severity, state} ({@code OPEN} = every
 * state but verified), {@code due} and {@code sort}. Builds the search and the links that keep the filters.
 */
record HazardListQuery(RecordFilter filter, HazardCategory category, HazardSeverity severity, HazardState state,
        boolean openOnly, CaseDue due, String sort) {

    static final String OPEN = "OPEN";

    /** The parameters as sent, bound with {@code @ModelAttribute} and shared by the list and its export. */
    record Params(String area, String from, String to, String person, String campaign, String category,
            String severity, String state, String due, String sort, String page) implements RecordQuery {

        HazardListQuery read() {
            return of(filter(), category, severity, state, due, sort);
        }
    }

    private static HazardListQuery of(RecordFilter filter, String category, String severity, String state, String due,
            String sort) {
        boolean open = state != null && OPEN.equals(state.trim());
        return new HazardListQuery(filter,
                QueryParams.enumOrNull(HazardCategory.class, category),
                QueryParams.enumOrNull(HazardSeverity.class, severity),
                open ? null : QueryParams.enumOrNull(HazardState.class, state), open,
                QueryParams.enumOrNull(CaseDue.class, due),
                sort != null && HazardSearch.SORTS.contains(sort.trim()) ? sort.trim() : "found");
    }

    HazardSearch search() {
        return new HazardSearch(filter.fromInstant(), filter.toExclusive(), filter.personId(), category, severity,
                state, openOnly, due, sort);
    }

    /** The state filter's value as the select shows it. */
    String stateValue() {
        return openOnly ? OPEN : state == null ? "" : state.name();
    }

    /** Whether anything narrows the list (the filter panel opens then). */
    boolean narrowed() {
        return filter.areaId() != null || filter.from() != null || filter.to() != null || filter.personId() != null
                || category != null || severity != null || state != null || openOnly || due != null;
    }

    /** The list (or export) URL with these filters; {@code withSort} adds the order too. */
    String url(String path, boolean withSort) {
        return filter.link(path).with("category", category).with("severity", severity).with("state", stateValue())
                .with("due", due).with("sort", withSort ? sort : null).toString();
    }
}
