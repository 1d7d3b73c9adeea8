package org.interlink.screening.web;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Registers {@link DirectChecks} right after Spring Security's filter chain, for the screening paths only. Only in a
 * servlet web application: the audit verifier's command line starts the application without a web server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class DirectChecksConfiguration {

    @Bean
    FilterRegistrationBean<DirectChecks> directChecks(
            ScreeningController controller,
            JsonMapper json,
            @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptions) {
        FilterRegistrationBean<DirectChecks> registration =
                new FilterRegistrationBean<>(DirectChecks.of(controller, json, exceptions));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns("/api/v1/screening/*");
        return registration;
    }
}
