package org.interlink.platform.web;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Registers {@link AdmissionControl} ahead of every other filter, security included, so that a refused request costs
 * next to nothing.
 *
 * <p>Defaults: 64 requests at once and 500 ms of waiting. Requests are served on virtual threads and spend most of
 * their time waiting for PostgreSQL and the audit group commit, so the limit is set well above the number of cores;
 * in normal operation (Little's law: 2,000 checks/s × a few ms) fewer than 20 are in flight. Half a second is the
 * whole budget INTERPOL quotes for a document query: a request that could not even start by then is better refused.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionConfiguration {

    @Bean
    FilterRegistrationBean<AdmissionControl> admissionControl(
            @Value("${interlink.admission.max-concurrent:64}") int maxConcurrent,
            @Value("${interlink.admission.max-wait:500ms}") Duration maxWait,
            MeterRegistry meters) {
        FilterRegistrationBean<AdmissionControl> registration =
                new FilterRegistrationBean<>(new AdmissionControl(maxConcurrent, maxWait, meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
