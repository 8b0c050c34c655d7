package org.gridwatch.onboarding.web;

import org.gridwatch.identity.AccessRules;
import org.gridwatch.identity.RoleSet;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * Who may open accounts for people (a 403 page for anyone else): administrators and supervisors, each only for
 * people of their scope and never above their own role. Before the people pages' rules, whose path this shares.
 */
@Component
@Order(0)
class OnboardingAccess implements AccessRules {

    static final RoleSet OPENERS = RoleSet.MANAGEMENT;

    @Override
    public void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules) {
        rules.requestMatchers("/people/accounts", "/people/accounts/**").hasAnyRole(OPENERS.names());
    }
}
