package org.gridwatch.partybuilding.web;

import static org.springframework.http.HttpMethod.GET;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may read and write party-building pages (a 403 page for anyone else). */
@Component
class PartyAccess implements AccessRules {

    static final RoleSet READ = RoleSet.POLICE;
    static final RoleSet WRITE = RoleSet.MANAGEMENT;
    /** The pioneer posts on a grid's duty card are read by everyone who sees the card. */
    static final RoleSet CARD = RoleSet.FIELD_STAFF;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(GET, "/partybuilding/grids/*/pioneers").hasAnyRole(CARD.names())
            .requestMatchers(GET, "/party/*/new", "/party/*/*/edit").hasAnyRole(WRITE.names())
            .requestMatchers(GET, "/party/*", "/party/*/*", "/party/activities/*/photos/*").hasAnyRole(READ.names())
            .requestMatchers("/party/**", "/partybuilding/**").hasAnyRole(WRITE.names());
    }
}
