package org.gridwatch.stats.web;

import org.gridwatch.fieldwork.RecordKind;
import org.gridwatch.shared.web.QueryParams;

/**
 * The map's query parameters, shared by the page, its shading data and its points: the dashboard's area and period,
 * the measure that shades the grids ({@code RECORDS} when none or unreadable) and the kind of record drawn as points.
 */
record MapQuery(String area, String period, String from, String to, String measure, String points)
        implements DashboardQuery {

    MapMeasure shade() {
        MapMeasure shade = QueryParams.enumOrNull(MapMeasure.class, measure);
        return shade == null ? MapMeasure.RECORDS : shade;
    }

    /** The kind drawn as points, or null for none. */
    RecordKind pointKind() {
        return QueryParams.enumOrNull(RecordKind.class, points);
    }
}
