package org.gridwatch.onboarding;

import java.io.Serializable;
import org.gridwatch.identity.Role;

/**
 * One line of the sheet of initial passwords: who, where, the username and the password given once. Kept only
 * in the flash of the page that shows it (in the session, so it crosses instances), never stored elsewhere.
 */
public record IssuedAccount(long personId, String name, String policeNumber, String home, String username,
        Role role, String scopeLabel, String initialPassword) implements Serializable {
}
