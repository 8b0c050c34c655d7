package org.gridwatch.outreach.web;

/** The publicity list's query parameters; {@code topic} is its own filter. */
record PublicityListQuery(String area, String from, String to, String person, String campaign, String topic,
        String sort, String page) implements OutreachListQuery {

    @Override
    public String category() {
        return topic;
    }
}
