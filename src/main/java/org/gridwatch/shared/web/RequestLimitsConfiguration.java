package org.gridwatch.shared.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Puts {@link RefusedParameters} in front of Spring Security, on requests and on the error pages that follow. */
@Configuration(proxyBeanMethods = false)
class RequestLimitsConfiguration {

    @Bean
    FilterRegistrationBean<RefusedParameters> refusedParameters() {
        FilterRegistrationBean<RefusedParameters> registration = new FilterRegistrationBean<>(new RefusedParameters());
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        // after the character encoding filter (HIGHEST_PRECEDENCE): parsing fixes the parameters' charset
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
