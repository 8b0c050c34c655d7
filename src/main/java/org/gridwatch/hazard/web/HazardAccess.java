package org.gridwatch.hazard.web;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open the hazard pages (a 403 page for anyone else; mediators see no hazards). */
@Component
class HazardAccess implements AccessRules {

    static final RoleSet HAZARD_ROLES = RoleSet.FIELD_STAFF;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/hazards/**").hasAnyRole(HAZARD_ROLES.names());
    }
}
