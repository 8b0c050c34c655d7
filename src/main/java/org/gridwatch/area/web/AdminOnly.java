package org.gridwatch.area.web;

import org.gridwatch.identity.Role;
import org.gridwatch.identity.SignedInUser;
import org.springframework.security.access.AccessDeniedException;

/** The area tree is changed by administrators only; anyone else gets the 403 page. */
final class AdminOnly {

    private AdminOnly() {
    }

    static void require(SignedInUser user) {
        if (!user.has(Role.ADMIN)) {
            throw new AccessDeniedException("Only an administrator may change the area tree");
        }
    }
}
