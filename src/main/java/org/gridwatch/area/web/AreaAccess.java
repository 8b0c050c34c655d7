package org.gridwatch.area.web;

import static org.springframework.http.HttpMethod.GET;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open the area pages: everyone signed in reads the tree; only administrators change it. */
@Component
class AreaAccess implements AccessRules {

    static final RoleSet ADMINISTER = RoleSet.ADMINS;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(GET, "/areas/new", "/areas/import", "/areas/import/template.xlsx")
                .hasAnyRole(ADMINISTER.names())
            .requestMatchers(GET, "/areas", "/areas/*", "/areas/*/history").authenticated()
            .requestMatchers("/areas/**").hasAnyRole(ADMINISTER.names());
    }
}
