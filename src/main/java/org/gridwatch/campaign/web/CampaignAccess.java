package org.gridwatch.campaign.web;

import static org.springframework.http.HttpMethod.GET;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open the campaign pages (a 403 page for anyone else). */
@Component
class CampaignAccess implements AccessRules {

    static final RoleSet READ = RoleSet.FIELD_STAFF;
    static final RoleSet WRITE = RoleSet.MANAGEMENT;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules
            .requestMatchers(GET, "/campaigns/new").hasAnyRole(WRITE.names())
            .requestMatchers(GET, "/campaigns", "/campaigns/*", "/campaigns/*/report.xlsx").hasAnyRole(READ.names())
            .requestMatchers("/campaigns/**").hasAnyRole(WRITE.names());
    }
}
