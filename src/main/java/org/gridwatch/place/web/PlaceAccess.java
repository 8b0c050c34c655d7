package org.gridwatch.place.web;

import static org.springframework.http.HttpMethod.GET;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may read and write on the place and partner pages (a 403 page for anyone else). */
@Component
class PlaceAccess implements AccessRules {

    static final RoleSet READ = RoleSet.FIELD_STAFF;
    static final RoleSet WRITE_PLACES = RoleSet.POLICE;
    static final RoleSet WRITE_PARTNERS = RoleSet.MANAGEMENT;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(GET, "/places/new", "/places/import", "/places/import/template.xlsx")
                .hasAnyRole(WRITE_PLACES.names())
            .requestMatchers(GET, "/places", "/places/panel", "/places/*").hasAnyRole(READ.names())
            .requestMatchers("/places/**").hasAnyRole(WRITE_PLACES.names())
            .requestMatchers(GET, "/partners/new").hasAnyRole(WRITE_PARTNERS.names())
            .requestMatchers(GET, "/partners", "/partners/*").hasAnyRole(READ.names())
            .requestMatchers("/partners/**").hasAnyRole(WRITE_PARTNERS.names());
    }
}
