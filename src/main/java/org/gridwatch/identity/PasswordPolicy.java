package org.gridwatch.identity;

import org.gridwatch.shared.RejectedInput;

/** The rules every new password must meet. */
final class PasswordPolicy {

    static final int MINIMUM_LENGTH = 10;

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut, so it is refused. */
    static final int MAXIMUM_BYTES = 72;

    private PasswordPolicy() {
    }

    /** {@code field}: the form field the password was typed in, where a refusal is shown. */
    static void check(String field, String username, String password) {
        if (password == null || password.length() < MINIMUM_LENGTH) {
            throw new RejectedInput(field, "password.tooShort");
        }
        if (tooLong(password)) {
            throw new RejectedInput(field, "password.tooLong");
        }
        if (username != null && password.trim().equalsIgnoreCase(username.trim())) {
            throw new RejectedInput(field, "password.sameAsUsername");
        }
    }

    static boolean tooLong(String password) {
        return password != null && password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAXIMUM_BYTES;
    }
}
