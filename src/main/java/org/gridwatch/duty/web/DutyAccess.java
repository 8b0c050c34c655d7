package org.gridwatch.duty.web;

import java.util.Arrays;
import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/** Role checks for the duty pages (the URL rules only require a signed-in user). */
final class DutyAccess {

    static final Role[] READERS = {Role.ADMIN, Role.SUPERVISOR, Role.OFFICER};
    static final Role[] WRITERS = {Role.ADMIN, Role.SUPERVISOR};

    private DutyAccess() {
    }

    static boolean any(SignedInUser user, Role... roles) {
        return Arrays.stream(roles).anyMatch(user::has);
    }

    /** A 403 page unless the user holds one of the roles. */
    static void require(SignedInUser user, Role... roles) {
        if (!any(user, roles)) {
            throw new AccessDeniedException("duty");
        }
    }
}
