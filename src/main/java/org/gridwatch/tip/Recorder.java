package org.gridwatch.tip;

import org.gridwatch.identity.SignedInUser;

/**
 * Who writes a tip or moves it on, as stamped on the record: the account (null only for records the system
 * writes on behalf of a person without an account, such as demo data) and the name shown.
 */
public record Recorder(Long accountId, String name) {

    public Recorder {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a recorder has a name");
        }
    }

    public static Recorder of(SignedInUser user) {
        return new Recorder(user.accountId(), user.displayName());
    }
}
