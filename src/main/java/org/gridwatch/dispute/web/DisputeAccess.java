package org.gridwatch.dispute.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may open the dispute pages (a 403 page for anyone else). The workflow steps (sessions, resolving, referring,
 * escalating, closing) are open to everyone signed in here: each step's own rules are the dispute's.
 */
@Component
class DisputeAccess implements AccessRules {

    /** MEDIATOR accounts see only the disputes whose team they are on. */
    static final RoleSet READ = RoleSet.EVERYONE;
    static final RoleSet WRITE = RoleSet.FIELD_STAFF;
    static final RoleSet EXPORT = RoleSet.FIELD_STAFF;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(GET, "/disputes/export").hasAnyRole(EXPORT.names())
            .requestMatchers(GET, "/disputes/new", "/disputes/*/edit").hasAnyRole(WRITE.names())
            .requestMatchers(POST, "/disputes", "/disputes/*").hasAnyRole(WRITE.names())
            .requestMatchers(GET, "/disputes", "/disputes/*", "/disputes/*/agreement").hasAnyRole(READ.names())
            .requestMatchers(POST, "/disputes/*/accept", "/disputes/*/mediate", "/disputes/*/team",
                    "/disputes/*/team/*/remove").hasAnyRole(READ.names())
            .requestMatchers("/disputes/*/sessions/new", "/disputes/*/sessions", "/disputes/*/resolve",
                    "/disputes/*/refer", "/disputes/*/escalate", "/disputes/*/close").authenticated()
            .requestMatchers("/disputes/**").hasAnyRole(WRITE.names());
    }
}
