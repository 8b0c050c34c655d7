package org.gridwatch.hazard.web;

import org.gridwatch.fieldwork.CaseDue;
import org.gridwatch.fieldwork.RecordFilter;
import org.gridwatch.hazard.HazardCategory;
import org.gridwatch.hazard.HazardSearch;
import org.gridwatch.hazard.HazardSeverity;
import org.gridwatch.hazard.HazardState;
import org.gridwatch.shared.web.QueryParams;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The hazard list's parameters, read leniently (an unreadable value is no filter): the shared record filters
 * ({@code area, from, to, person, campaign}) plus {@code category, severity, state} ({@code OPEN} = every
 * state but verified), {@code due} and {@code sort}. Builds the search and the links that keep the filters.
 */
record HazardListQuery(RecordFilter filter, HazardCategory category, HazardSeverity severity, HazardState state,
        boolean openOnly, CaseDue due, String sort) {

    static final String OPEN = "OPEN";

    static HazardListQuery of(String area, String from, String to, String person, String campaign, String category,
            String severity, String state, String due, String sort) {
        boolean open = state != null && OPEN.equals(state.trim());
        return new HazardListQuery(RecordFilter.of(area, from, to, person, campaign),
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
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(path);
        add(url, "area", filter.areaId());
        add(url, "from", filter.from());
        add(url, "to", filter.to());
        add(url, "person", filter.personId());
        add(url, "campaign", filter.campaignId());
        add(url, "category", category);
        add(url, "severity", severity);
        add(url, "state", stateValue().isEmpty() ? null : stateValue());
        add(url, "due", due);
        if (withSort) {
            add(url, "sort", sort);
        }
        return url.encode().build().toUriString();
    }

    private static void add(UriComponentsBuilder url, String name, Object value) {
        if (value != null) {
            url.queryParam(name, value);
        }
    }
}
