package org.gridwatch.place.web;

import org.gridwatch.identity.Role;

/** Who may read and write on the place pages (a 403 page for anyone else). */
final class Permissions {

    static final Role[] READ = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};
    static final Role[] WRITE_PLACES = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER};
    static final Role[] WRITE_PARTNERS = {Role.ADMIN, Role.SUPERVISOR};

    private Permissions() {
    }
}
