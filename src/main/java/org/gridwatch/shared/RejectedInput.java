package org.gridwatch.shared;

/**
 * Input a module's rules refuse, the one way every module says so: the form field it concerns ({@code null} when
 * it concerns the form as a whole), a message key and the key's arguments. Controllers show it on the form with
 * {@link org.gridwatch.shared.web.RejectedInputs#show}.
 */
public class RejectedInput extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public RejectedInput(String field, String messageKey, Object... args) {
        super(field == null ? messageKey : field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args == null ? new Object[0] : args;
    }

    /** The field, or {@code null} for the whole form. */
    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }

    /** The same refusal beside another field: for a form that names the input differently from the facade. */
    public RejectedInput at(String otherField) {
        return new RejectedInput(otherField, messageKey, args);
    }
}
