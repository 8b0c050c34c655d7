package org.gridwatch.campaign;

/** Input the campaign rules refuse: the form field and the message key to show beside it. */
public class CampaignRejectedException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public CampaignRejectedException(String field, String messageKey) {
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
