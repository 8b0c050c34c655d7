package org.gridwatch.partybuilding;

/** A write refused because one input breaks a rule; the web layer shows {@code messageKey} beside {@code field}. */
public class PartyRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public PartyRuleViolation(String field, String messageKey, Object... args) {
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
