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
 * <p>Defaults: 1,024 requests at once and 500 ms of waiting. The limit bounds memory, not CPU: requests are served on
 * virtual threads and spend most of their time waiting for the audit group commit, which commits every waiting
 * request's row at once — the more requests wait in it, the fewer commits per request, so a small limit would cap
 * each commit's size. (The 126 of 2,000 checks a second once measured with a limit of 64 came from a run whose load
 * generator was itself the bottleneck, so it does not show what the limit costs; 1,024 is kept for the reason
 * above.) Half a second is the whole budget INTERPOL quotes for a document query: a request that could not even start
 * by then is better refused.
 *
 * <p>Passenger lists have their own budget, {@code interlink.admission.heavy-travellers}, by default 250 travellers per
 * core: a core screens about 600 travellers a second (docs/PERFORMANCE.md, passenger lists), so the lists admitted at
 * once finish within about half a second and a list admitted at the end of its wait is still answered within a second.
 */
@Configuration(proxyBeanMethods = false)
class AdmissionConfiguration {

    @Bean
    FilterRegistrationBean<AdmissionControl> admissionControl(
            @Value("${interlink.admission.max-concurrent:1024}") int maxConcurrent,
            @Value("${interlink.admission.heavy-travellers:0}") int heavyTravellers,
            @Value("${interlink.admission.max-wait:500ms}") Duration maxWait,
            MeterRegistry meters) {
        FilterRegistrationBean<AdmissionControl> registration = new FilterRegistrationBean<>(new AdmissionControl(
                maxConcurrent,
                heavyTravellers > 0
                        ? heavyTravellers
                        : 250 * Runtime.getRuntime().availableProcessors(),
                maxWait,
                meters));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
