package org.gridwatch.rating.web;

import static org.springframework.http.HttpMethod.POST;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may see the ratings and who confirms them (a 403 page for anyone else). */
@Component
class RatingAccess implements AccessRules {

    static final RoleSet READ = RoleSet.POLICE;
    static final RoleSet CONFIRM = RoleSet.SUPERVISORS;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(POST, "/ratings/confirm").hasAnyRole(CONFIRM.names())
            .requestMatchers("/ratings/**").hasAnyRole(READ.names());
    }
}
