package org.gridwatch.stats.web;

import static org.springframework.http.HttpMethod.POST;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open the dashboard, its lists and the map (a 403 page for anyone else), and who recounts the figures. */
@Component
class StatsAccess implements AccessRules {

    static final RoleSet READ = RoleSet.MANAGEMENT;
    static final RoleSet REBUILD = RoleSet.ADMINS;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(POST, "/dashboard/rebuild").hasAnyRole(REBUILD.names())
            .requestMatchers("/dashboard/**").hasAnyRole(READ.names());
    }
}
