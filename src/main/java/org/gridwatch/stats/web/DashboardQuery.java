package org.gridwatch.stats.web;

import java.time.LocalDate;
import org.gridwatch.shared.web.QueryParams;

/**
 * The query parameters of the dashboard and its map: the area (the user's own when none or unreadable) and the period
 * ({@code period}, with {@code from} and {@code to} when it is custom), read leniently.
 */
interface DashboardQuery {

    String area();

    String period();

    String from();

    String to();

    /** The area asked for, or null when none or unreadable. */
    default Long areaId() {
        return QueryParams.longOrNull(area());
    }

    /** The period shown, as of {@code today}. */
    default DashboardPeriod shown(LocalDate today) {
        return DashboardPeriod.of(period(), from(), to(), today);
    }
}
