package org.gridwatch.fieldwork.web;

import static org.springframework.http.HttpMethod.GET;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Who may log work and read the timelines. First among the modules' rules: the place timeline lives under
 * {@code /places/}, whose other pages are the place module's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class FieldworkAccess implements AccessRules {

    static final RoleSet LOG = RoleSet.FIELD_STAFF;
    static final RoleSet TIMELINES = RoleSet.FIELD_STAFF;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(GET, "/log").hasAnyRole(LOG.names())
            .requestMatchers(GET, "/grids/*/timeline", "/places/*/timeline").hasAnyRole(TIMELINES.names());
    }
}
