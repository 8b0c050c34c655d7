package org.gridwatch.hazard;

/** Input the facade refuses (a grid outside the scope, a deadline not after today, …): shown beside {@code field}. */
public class HazardInputException extends RuntimeException {

    private final String field;
    private final String messageKey;

    HazardInputException(String field, String messageKey) {
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
