package org.gridwatch.fieldwork;

/**
 * A resident's verdict on a piece of police work (群众满意度): 满意, 基本满意, 不满意. Recorded, optionally with a
 * short comment, on a visit, a consultation and a dispute's call-back; the 满意率 counts the first two.
 */
public enum Satisfaction {
    SATISFIED, BASICALLY, UNSATISFIED;

    /** Longest optional comment beside an answer. */
    public static final int COMMENT_LENGTH = 200;

    /** Whether the answer counts towards the 满意率 (满意 or 基本满意). */
    public boolean content() {
        return this != UNSATISFIED;
    }

    /** Message key of the answer, e.g. {@code fieldwork.satisfaction.SATISFIED}. */
    public String labelKey() {
        return "fieldwork.satisfaction." + name();
    }
}
