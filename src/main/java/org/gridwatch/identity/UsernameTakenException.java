package org.gridwatch.identity;

/** Another account already has this username (compared case-insensitively). */
public class UsernameTakenException extends RuntimeException {

    public UsernameTakenException(String username) {
        super("Username taken: " + username);
    }
}
