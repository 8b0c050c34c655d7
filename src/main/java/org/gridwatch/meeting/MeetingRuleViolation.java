package org.gridwatch.meeting;

/**
 * A write refused because one input breaks a rule; the web layer shows {@code messageKey} beside {@code field}.
 * {@code row} is the index of the action item row the field belongs to when several were sent at once.
 */
public class MeetingRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Integer row;

    public MeetingRuleViolation(String field, String messageKey) {
        this(field, messageKey, null);
    }

    public MeetingRuleViolation(String field, String messageKey, Integer row) {
        super((row == null ? "" : "row " + row + " ") + field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.row = row;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Integer row() {
        return row;
    }

    MeetingRuleViolation inRow(int index) {
        return new MeetingRuleViolation(field, messageKey, index);
    }
}
