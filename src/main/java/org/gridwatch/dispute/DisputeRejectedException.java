package org.gridwatch.dispute;

/** Input the dispute rules refuse, reported beside {@code field} with the message {@code messageKey}. */
public class DisputeRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public DisputeRejectedException(String field, String messageKey) {
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
