package org.gridwatch.visit.web;

import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.visit.VisitView;
import org.springframework.security.access.AccessDeniedException;

/** Who may do what with visits (docs/design.md §7); mediators see none of them. */
final class VisitAccess {

    static final Role[] READ = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER, Role.AUXILIARY};
    static final Role[] LOG = READ;

    private VisitAccess() {
    }

    /** Officers, auxiliaries and administrators edit visits of their scope; anyone may edit what they recorded. */
    static boolean mayEdit(SignedInUser user, VisitView visit) {
        return user.hasAny(Role.ADMIN, Role.OFFICER, Role.AUXILIARY) || visit.recordedBy() == user.accountId();
    }

    static void requireEdit(SignedInUser user, VisitView visit) {
        if (!mayEdit(user, visit)) {
            throw new AccessDeniedException("May not edit visit " + visit.id());
        }
    }
}
