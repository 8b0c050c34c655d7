package org.gridwatch.outreach.web;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.gridwatch.identity.SignedInUser;
import org.gridwatch.outreach.RecordFacts;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may read, log and edit outreach records (a 403 page for anyone else; mediators see none of them). */
@Component
class OutreachAccess implements AccessRules {

    static final RoleSet READ = RoleSet.FIELD_STAFF;
    static final RoleSet LOG = RoleSet.FIELD_STAFF;
    /** Field staff edit any record of their scope; supervisors and admins the ones they logged themselves. */
    static final RoleSet EDIT_ANY = RoleSet.GRID_STAFF;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/consultations/**", "/publicity/**", "/drills/**").hasAnyRole(READ.names());
    }

    static boolean mayEdit(SignedInUser user, RecordFacts record) {
        return user.hasAny(EDIT_ANY)
                || (user.hasAny(LOG) && record.recordedBy() != null && record.recordedBy() == user.accountId());
    }

    static void requireEdit(SignedInUser user, RecordFacts record) {
        if (!mayEdit(user, record)) {
            throw new AccessDeniedException("May not edit outreach record " + record.id());
        }
    }
}
