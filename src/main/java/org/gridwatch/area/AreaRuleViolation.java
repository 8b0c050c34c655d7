package org.gridwatch.area;

/**
 * A write the tree's rules refuse, tied to the form field it concerns: controllers show
 * {@link #messageKey()} beside {@link #field()}.
 */
public class AreaRuleViolation extends RuntimeException {

    private final String field;
    private final String messageKey;

    AreaRuleViolation(String field, String messageKey) {
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
