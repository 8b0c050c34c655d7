package org.gridwatch.duty;

/** A duty rule was broken; {@code field} and {@code messageKey} say where and what, for a field error. */
public class DutyRuleViolationException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public DutyRuleViolationException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
