package org.interlink.federation;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import org.interlink.records.RecordMirror;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A national node: applies its bureau's topic to its own records table, whose events feed the node's screening
 * indexes through the same code as the centre's.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = FederationSettings.PREFIX, name = "role", havingValue = "node")
class NodeConfiguration {

    @Bean
    FederationSettings federationSettings(Environment environment) {
        return FederationSettings.of(environment);
    }

    @Bean
    MirrorStatus mirrorStatus(FederationSettings settings, DataSource dataSource, MeterRegistry meters) {
        String topic = NodeTopics.of(settings.nodeBureau());
        MirrorStatus status = new MirrorStatus(
                MirrorApplier.storedAsOf(new JdbcTemplate(dataSource), topic), settings.maxMirrorAge());
        Gauge.builder("interlink.federation.mirror.age", status, s -> {
                    Duration age = s.age(Instant.now());
                    return age == null ? Double.NaN : age.toMillis() / 1000.0;
                })
                .description("Seconds since the mirror last held everything the centre committed for this node")
                .baseUnit("seconds")
                .register(meters);
        Gauge.builder("interlink.federation.apply.lag", status, s -> s.lastLagMillis() / 1000.0)
                .description("Centre send to node apply of the last applied message")
                .baseUnit("seconds")
                .register(meters);
        return status;
    }

    @Bean
    MirrorApplier mirrorApplier(
            FederationSettings settings,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            MirrorStatus mirrorStatus) {
        java.util.Properties client = settings.clientProperties();
        return new MirrorApplier(
                NodeTopics.of(settings.nodeBureau()),
                () -> KafkaClients.mirrorConsumer(client),
                new TransactionTemplate(transactionManager),
                new JdbcTemplate(dataSource),
                new RecordMirror(dataSource, events),
                mirrorStatus,
                Clock.systemUTC());
    }

    /** Starts applying once the application is up; stops before the database closes. */
    @Bean
    SmartLifecycle mirrorApplierLifecycle(MirrorApplier mirrorApplier) {
        return Lifecycles.of(mirrorApplier::start, mirrorApplier::stop, mirrorApplier::running);
    }

    @Bean
    StatusReporter statusReporter(
            FederationSettings settings,
            DataSource dataSource,
            ApplicationEventPublisher events,
            MirrorStatus mirrorStatus) {
        return new StatusReporter(
                settings.nodeBureau(),
                settings.clientProperties(),
                mirrorStatus,
                new RecordMirror(dataSource, events),
                settings.reportInterval(),
                Clock.systemUTC());
    }

    @Bean
    SmartLifecycle statusReporterLifecycle(StatusReporter statusReporter) {
        return Lifecycles.of(statusReporter::start, statusReporter::stop, statusReporter::running);
    }

    @Bean
    MirrorHealth mirrorHealth(MirrorStatus mirrorStatus) {
        return new MirrorHealth(mirrorStatus, Clock.systemUTC());
    }
}
