package org.gridwatch.duty.web;

import static org.springframework.http.HttpMethod.GET;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may read and change the duty pages (a 403 page for anyone else). */
@Component
class DutyAccess implements AccessRules {

    static final RoleSet READERS = RoleSet.POLICE;
    static final RoleSet WRITERS = RoleSet.MANAGEMENT;
    /** The duty panel of a grid, shown on the pages of everyone who works the grids. */
    static final RoleSet PANEL = RoleSet.FIELD_STAFF;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(GET, "/duty/my-grids").authenticated()
            .requestMatchers(GET, "/duty/grid-panel").hasAnyRole(PANEL.names())
            .requestMatchers(GET, "/duty/coverage", "/duty/grids/*").hasAnyRole(READERS.names())
            .requestMatchers("/duty/**").hasAnyRole(WRITERS.names());
    }
}
