package org.gridwatch.identity;

/** A password that breaks a rule; {@link #messageKey()} names the rule for the user. */
public class PasswordRejectedException extends RuntimeException {

    private final String messageKey;

    public PasswordRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
