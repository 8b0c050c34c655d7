package org.gridwatch.outreach.web;

import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.outreach.RecordFacts;

/** Who may read, log and edit outreach records (a 403 page for anyone else; mediators see none of them). */
final class Permissions {

    static final Role[] READ = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};
    static final Role[] LOG = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};
    /** Field staff edit any record of their scope; supervisors and admins the ones they logged themselves. */
    static final Role[] EDIT_ANY = {Role.OFFICER, Role.AUXILIARY};

    private Permissions() {
    }

    static boolean mayEdit(SignedInUser user, RecordFacts record) {
        return user.hasAny(EDIT_ANY)
                || (user.hasAny(LOG) && record.recordedBy() != null && record.recordedBy() == user.accountId());
    }

    static void requireEdit(SignedInUser user, RecordFacts record) {
        if (!mayEdit(user, record)) {
            user.requireAny(EDIT_ANY);
        }
    }
}
