package org.gridwatch.visit.web;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.visit.VisitView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may do what with visits (docs/design.md §7); mediators see none of them. */
@Component
class VisitAccess implements AccessRules {

    static final RoleSet READ = RoleSet.FIELD_STAFF;
    static final RoleSet LOG = READ;
    static final RoleSet EDIT_ANY = RoleSet.ADMINS_AND_GRID_STAFF;
    /** Supervisors and administrators see what is due in their whole scope, not only their own grids. */
    static final RoleSet WHOLE_SCOPE = RoleSet.MANAGEMENT;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/visits/**").hasAnyRole(READ.names());
    }

    /** Officers, auxiliaries and administrators edit visits of their scope; anyone may edit what they recorded. */
    static boolean mayEdit(SignedInUser user, VisitView visit) {
        return user.hasAny(EDIT_ANY) || visit.recordedBy() == user.accountId();
    }

    static void requireEdit(SignedInUser user, VisitView visit) {
        if (!mayEdit(user, visit)) {
            throw new AccessDeniedException("May not edit visit " + visit.id());
        }
    }
}
