package org.gridwatch.identity;

/** The rules every new password must meet. */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new PasswordRejectedException("password.tooShort");
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            throw new PasswordRejectedException("password.sameAsUsername");
        }
    }
}
