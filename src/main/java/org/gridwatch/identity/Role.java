package org.gridwatch.identity;

/** What an account may do; see docs/design.md §7. */
public enum Role {
    ADMIN, SUPERVISOR, OFFICER, AUXILIARY, MEDIATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
