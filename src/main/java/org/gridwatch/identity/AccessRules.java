package org.gridwatch.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL rules: who may call which of its pages, in one place per module (a bean in its {@code web}
 * package), written with {@link RoleSet}s. The security configuration adds every module's rules to the one filter
 * chain, after the public pages and before "signed in" for everything else; within a module the first rule that
 * matches decides, so specific paths come before the module's catch-all. Modules add them in their
 * {@link org.springframework.core.annotation.Order order} (default last), which matters only where one module's
 * pages live under another's path. Templates ask the same rules through {@link AllowedUrls}, so a button shows
 * exactly when its URL answers.
 */
public interface AccessRules {

    void addTo(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
