package org.interlink.platform;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Scheduled jobs (retention, expiry) run in the platform, not in one-shot commands such as the audit verifier. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "interlink.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {}
