package org.gridwatch.identity;

import org.springframework.security.core.AuthenticationException;

class SignInThrottledException extends AuthenticationException {

    SignInThrottledException() {
        super("Too many failed sign-ins for this username");
    }
}
