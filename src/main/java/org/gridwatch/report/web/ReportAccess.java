package org.gridwatch.report.web;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/** Who may open the monthly report, as page, workbook or PDF (a 403 page for anyone else). */
@Component
class ReportAccess implements AccessRules {

    static final RoleSet READ = RoleSet.POLICE;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/reports/**").hasAnyRole(READ.names());
    }
}
