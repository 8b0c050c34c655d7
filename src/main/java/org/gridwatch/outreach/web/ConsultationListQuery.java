package org.gridwatch.outreach.web;

/** The consultation list's query parameters; {@code channel} is its own filter. */
record ConsultationListQuery(String area, String from, String to, String person, String campaign, String channel,
        String sort, String page) implements OutreachListQuery {

    @Override
    public String category() {
        return channel;
    }
}
