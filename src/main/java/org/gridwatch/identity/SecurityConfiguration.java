package org.gridwatch.identity;

import org.gridwatch.shared.startup.DataLoading;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form sign-in with throttling, CSRF on every form, sessions in PostgreSQL (Spring Session JDBC),
 * a strict Content-Security-Policy (no inline script or style anywhere), and role rules per URL: the public
 * pages and the administration here, each module's pages in its {@link AccessRules}, "signed in" for the rest.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data: blob: https:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccountUserDetailsService users,
            PasswordEncoder passwordEncoder, SignInThrottle throttle, AccountManagement accounts, DataLoading loading,
            ObjectProvider<AccessRules> moduleRules) throws Exception {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        http
            // Our manager only: no parent manager that would check the password again behind the throttle.
            .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle, accounts,
                    loading)))
            .authorizeHttpRequests(requests -> {
                requests
                    .requestMatchers("/login", "/error", "/webjars/**", "/assets/**", "/favicon.ico")
                        .permitAll()
                    .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                    .requestMatchers("/actuator/**", "/admin/**").hasAnyRole(RoleSet.ADMINS.names());
                moduleRules.orderedStream().forEach(rules -> rules.addTo(requests));
                requests.anyRequest().authenticated();
            })
            .formLogin(form -> form
                .loginPage("/login")
                .failureHandler(signInFailure())
                .defaultSuccessUrl("/", false)
                .permitAll())
            .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
            .addFilterBefore(new PasswordChangeRequired(), AuthorizationFilter.class)
            .headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny()));
        return http.build();
    }

    /**
     * One message for wrong or unknown credentials, another for throttling, a third while the demo data (and so
     * the demo accounts) are still loading; none reveals an account.
     */
    private static AuthenticationFailureHandler signInFailure() {
        return (request, response, exception) -> response.sendRedirect(request.getContextPath()
                + (exception instanceof SignInThrottledException ? "/login?throttled"
                        : exception instanceof SignInWhileLoadingException ? "/login?loading" : "/login?error"));
    }
}
