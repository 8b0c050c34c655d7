package org.gridwatch.outreach;

/** How a legal question reached us: in person (当面), by phone (电话) or online (网上). */
public enum ConsultationChannel {
    IN_PERSON, PHONE, ONLINE;

    /** Message key of the channel's name; also the {@code subkindKey} of its timeline entries. */
    public String labelKey() {
        return "outreach.channel." + name();
    }
}
