package org.gridwatch.visit;

import org.gridwatch.identity.SignedInUser;

/** Who records a visit: the account and its display name at the time (kept with the record). */
public record Recorder(long accountId, String name) {

    public static Recorder of(SignedInUser user) {
        return new Recorder(user.accountId(), user.displayName());
    }
}
