package org.gridwatch.duty.web;

import org.gridwatch.identity.Role;

/** Who may read and change the duty pages (the URL rules only require a signed-in user). */
final class DutyAccess {

    static final Role[] READERS = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER};
    static final Role[] WRITERS = {Role.ADMIN, Role.SUPERVISOR};

    private DutyAccess() {
    }
}
