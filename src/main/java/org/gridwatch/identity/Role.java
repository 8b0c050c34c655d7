package org.gridwatch.identity;

/** What an account may do; see DESIGN.md §7. */
public enum Role {
    ADMIN, SUPERVISOR, OFFICER, AUXILIARY, MEDIATOR;

    public String authority() {
        return "ROLE_" + name();
    }
}
