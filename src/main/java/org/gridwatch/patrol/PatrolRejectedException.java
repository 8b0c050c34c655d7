package org.gridwatch.patrol;

/** A patrol refused because one input breaks a rule; the web layer shows {@code messageKey} beside {@code field}. */
public class PatrolRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public PatrolRejectedException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
