package org.gridwatch.identity;

/** The rules every new password must meet. */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAXIMUM_BYTES = 72;

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new PasswordRejectedException("password.tooShort");
        }
        if (tooLong(password)) {
            throw new PasswordRejectedException("password.tooLong");
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            throw new PasswordRejectedException("password.sameAsUsername");
        }
    }

    static boolean tooLong(String password) {
        return password != null && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_BYTES;
    }
}
