package org.gridwatch.identity;

/**
 * A scope an account may not be given by whoever asks: none at all (only the first administrator has
 * no scope), or an area outside the asking administrator's own scope. {@link #messageKey()} says which.
 */
public class ScopeRejectedException extends RuntimeException {

    private final String messageKey;

    public ScopeRejectedException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
