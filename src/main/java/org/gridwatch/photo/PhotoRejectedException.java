package org.gridwatch.photo;

/** A chosen photo that may not be stored; the message key and arguments explain why, for the photo field. */
public class PhotoRejectedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] args;

    PhotoRejectedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = args;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
