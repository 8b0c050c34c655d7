package org.gridwatch.patrol.web;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open the patrol pages (a 403 page for anyone else; mediators see no patrols). */
@Component
class PatrolAccess implements AccessRules {

    static final RoleSet ROLES = RoleSet.FIELD_STAFF;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/patrols/**").hasAnyRole(ROLES.names());
    }
}
