package org.gridwatch.meeting.web;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may read and write the meeting pages (a 403 page for anyone else). */
@Component
class MeetingAccess implements AccessRules {

    /** Officers and auxiliaries read meetings and close the action items they own. */
    static final RoleSet READ = RoleSet.FIELD_STAFF;
    static final RoleSet WRITE = RoleSet.MANAGEMENT;
    /** Supervisors and administrators see every action item of their scope and close any of them. */
    static final RoleSet SUPERVISE = RoleSet.MANAGEMENT;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(GET, "/meetings/new", "/meetings/teams/new").hasAnyRole(WRITE.names())
            .requestMatchers(GET, "/meetings", "/meetings/*", "/meetings/actions", "/meetings/actions/*/close",
                    "/meetings/teams", "/meetings/teams/*").hasAnyRole(READ.names())
            .requestMatchers(POST, "/meetings/actions/*/close").hasAnyRole(READ.names())
            .requestMatchers("/meetings/**").hasAnyRole(WRITE.names());
    }
}
