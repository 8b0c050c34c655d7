package org.gridwatch.visit;

/** A visit that breaks a rule; the field and message key say where and why, for the form. */
public class VisitRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    VisitRejectedException(String field, String messageKey) {
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
