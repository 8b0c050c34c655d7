package org.gridwatch.dispute.web;

import org.gridwatch.identity.Role;

/** Who may open the dispute pages (a 403 page for anyone else); each step's own rules are the dispute's. */
final class DisputeAccess {

    /** MEDIATOR accounts see only the disputes whose team they are on. */
    static final Role[] READ = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY, Role.MEDIATOR};
    static final Role[] WRITE = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};
    static final Role[] EXPORT = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};

    private DisputeAccess() {
    }
}
