package org.gridwatch.outreach.web;

/** The drill list's query parameters. */
record DrillListQuery(String area, String from, String to, String person, String campaign, String sort,
        String page) implements OutreachListQuery {
}
