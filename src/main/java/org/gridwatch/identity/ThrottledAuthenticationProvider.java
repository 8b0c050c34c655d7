package org.gridwatch.identity;

import org.gridwatch.shared.startup.DataLoading;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

/**
 * Checks the throttle before the password, counts failures, and stamps the last sign-in. A failure while the
 * application is starting or data is loading is not counted: the account may simply not exist yet.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final SignInThrottle throttle;
    private final AccountManagement accounts;
    private final DataLoading loading;

    ThrottledAuthenticationProvider(AuthenticationProvider passwordCheck, SignInThrottle throttle,
            AccountManagement accounts, DataLoading loading) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.accounts = accounts;
        this.loading = loading;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (throttle.isLocked(username)) {
            throw new SignInThrottledException();
        }
        Authentication result;
        try {
            if (PasswordPolicy.tooLong(String.valueOf(authentication.getCredentials()))) {
                // no stored password can be this long; bcrypt would refuse to even compare it
                throw new BadCredentialsException("Bad credentials");
            }
            result = passwordCheck.authenticate(authentication);
        } catch (AuthenticationException e) {
            if (loading.running().isPresent()) {
                throw new SignInWhileLoadingException();
            }
            if (!loading.startingUp()) {
                throttle.failed(username);
            }
            throw e;
        }
        throttle.succeeded(username);
        accounts.recordSignIn(username);
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
