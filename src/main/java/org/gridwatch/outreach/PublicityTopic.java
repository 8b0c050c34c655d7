package org.gridwatch.outreach;

/** What a publicity event was about: anti-fraud (反诈), law (普法), traffic safety, drugs (禁毒) or other. */
public enum PublicityTopic {
    ANTI_FRAUD, LEGAL, TRAFFIC, DRUGS, OTHER;

    /** Message key of the topic's name; also the {@code subkindKey} of its timeline entries. */
    public String labelKey() {
        return "outreach.topic." + name();
    }
}
