package org.gridwatch.tip.web;

import org.gridwatch.fieldwork.AreaPeriodQuery;

/** The reveal log's query parameters: area and period, read leniently (a malformed value is no filter). */
record RevealLogQuery(String area, String from, String to, String page) implements AreaPeriodQuery {
}
