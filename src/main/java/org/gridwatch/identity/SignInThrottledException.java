package org.gridwatch.identity;

import org.springframework.security.authentication.LockedException;

/** A refusal that ends the attempt at once (a {@link LockedException}), without trying other providers. */
class SignInThrottledException extends LockedException {

    SignInThrottledException() {
        super("Too many failed sign-ins for this username");
    }
}
