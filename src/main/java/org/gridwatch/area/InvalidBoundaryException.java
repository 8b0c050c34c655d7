package org.gridwatch.area;

/** A boundary that cannot be stored; {@link #messageKey()} names the reason in the area bundle. */
class InvalidBoundaryException extends Exception {

    private final String messageKey;

    InvalidBoundaryException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    String messageKey() {
        return messageKey;
    }
}
