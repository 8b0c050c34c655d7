package org.gridwatch.people.web;

import org.gridwatch.identity.Role;

/** Who may read and write on the people pages (a 403 page for anyone else). */
final class Permissions {

    static final Role[] READ = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER};
    static final Role[] WRITE = {Role.ADMIN, Role.SUPERVISOR};

    private Permissions() {
    }
}
