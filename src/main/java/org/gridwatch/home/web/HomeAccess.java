package org.gridwatch.home.web;

import static org.springframework.http.HttpMethod.GET;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open the overdue-cases page; the home page is everyone's. */
@Component
class HomeAccess implements AccessRules {

    static final RoleSet OVERDUE = RoleSet.POLICE;
    /** Supervisors and administrators with a scope get the dashboard as their home page. */
    static final RoleSet DASHBOARD_HOME = RoleSet.MANAGEMENT;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers(GET, "/cases/overdue").hasAnyRole(OVERDUE.names());
    }
}
