package org.gridwatch.stats.web;

/** The dashboard page's query parameters: the area and the period. */
record DashboardPageQuery(String area, String period, String from, String to) implements DashboardQuery {
}
