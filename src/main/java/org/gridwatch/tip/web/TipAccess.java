package org.gridwatch.tip.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.gridwatch.tip.TipManagement;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may do what on the tip pages (a 403 page for anyone else; mediators see no tips at all). */
@Component
class TipAccess implements AccessRules {

    static final RoleSet READ = RoleSet.FIELD_STAFF;
    static final RoleSet RECORD = RoleSet.FIELD_STAFF;
    /** Verifying, handing over and dismissing: auxiliaries only record. */
    static final RoleSet HANDLE = RoleSet.CASE_HANDLERS;
    static final RoleSet REVEAL = TipManagement.REVEALERS;
    static final RoleSet READ_ACCESS_LOG = RoleSet.MANAGEMENT;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(POST, "/tips/*/verify", "/tips/*/hand-over", "/tips/*/dismiss")
                .hasAnyRole(HANDLE.names())
            .requestMatchers(POST, "/tips/*/reveal").hasAnyRole(REVEAL.names())
            .requestMatchers(GET, "/tips/reveals").hasAnyRole(READ_ACCESS_LOG.names())
            .requestMatchers("/tips/**").hasAnyRole(READ.names());
    }
}
