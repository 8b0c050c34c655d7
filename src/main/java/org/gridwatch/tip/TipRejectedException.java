package org.gridwatch.tip;

/** A write refused because one input breaks a rule; the web layer shows {@code messageKey} beside {@code field}. */
public class TipRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public TipRejectedException(String field, String messageKey) {
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
