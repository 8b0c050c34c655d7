package org.gridwatch.tip.web;

import org.gridwatch.identity.Role;

/** Who may do what on the tip pages (a 403 page for anyone else; mediators see no tips at all). */
final class Permissions {

    static final Role[] READ = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};
    static final Role[] RECORD = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};
    /** Verifying, handing over and dismissing: auxiliaries only record. */
    static final Role[] HANDLE = {Role.SUPERVISOR, Role.OFFICER};
    static final Role[] REVEAL = {Role.SUPERVISOR};
    static final Role[] READ_ACCESS_LOG = {Role.SUPERVISOR, Role.ADMIN};

    private Permissions() {
    }
}
