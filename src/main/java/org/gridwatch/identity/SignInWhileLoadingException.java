package org.gridwatch.identity;

import org.springframework.security.authentication.BadCredentialsException;

/** A failed sign-in while the start-up data (the demo accounts among it) is still loading: not counted. */
class SignInWhileLoadingException extends BadCredentialsException {

    SignInWhileLoadingException() {
        super("Sign-in failed while data is loading");
    }
}
