package org.gridwatch.people.web;

import static org.springframework.http.HttpMethod.GET;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may read and write on the people pages (a 403 page for anyone else). */
@Component
class PeopleAccess implements AccessRules {

    static final RoleSet READ = RoleSet.POLICE;
    static final RoleSet WRITE = RoleSet.MANAGEMENT;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(GET, "/people/new", "/people/import", "/people/import/template.xlsx")
                .hasAnyRole(WRITE.names())
            .requestMatchers(GET, "/people", "/people/panel", "/people/*").hasAnyRole(READ.names())
            .requestMatchers("/people/**").hasAnyRole(WRITE.names());
    }
}
