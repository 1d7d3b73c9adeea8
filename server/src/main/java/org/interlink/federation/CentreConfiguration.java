package org.interlink.federation;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Properties;
import javax.sql.DataSource;
import org.interlink.records.RecordMirror;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The centre's side of federation, present only when Kafka is configured ({@code interlink.federation.bootstrap-servers})
 * and the role is {@code centre} (the default): without Kafka the application runs as a single node, as before.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = FederationSettings.PREFIX, name = "bootstrap-servers")
@ConditionalOnProperty(prefix = FederationSettings.PREFIX, name = "role", havingValue = "centre", matchIfMissing = true)
class CentreConfiguration {

    /** One producer per centre: a restarted centre fences off its previous incarnation's open transaction. */
    static final String TRANSACTIONAL_ID = "interlink-centre";

    @Bean
    FederationSettings federationSettings(Environment environment) {
        return FederationSettings.of(environment);
    }

    @Bean(destroyMethod = "close")
    Publisher federationPublisher(
            FederationSettings settings,
            DataSource dataSource,
            PlatformTransactionManager transactionManager,
            ApplicationEventPublisher events,
            MeterRegistry meters) {
        Properties client = settings.clientProperties();
        NodeTopicsCreator.ensure(client, settings.nodes(), settings.partitions(), settings.replicationFactor());
        return new Publisher(
                new JdbcTemplate(dataSource),
                new TransactionTemplate(transactionManager),
                new RecordMirror(dataSource, events),
                new NodeAudience(settings.nodes(), settings.nodeClearance()),
                () -> KafkaClients.transactionalProducer(client, TRANSACTIONAL_ID),
                new CentreMetrics(meters));
    }

    @Bean
    Resubmission federationResubmission(IncompleteEventPublications incomplete) {
        return new Resubmission(incomplete);
    }

    @Bean
    NodeReports nodeReports(FederationSettings settings, Publisher federationPublisher) {
        // after the publisher: its creation made the status topics
        return new NodeReports(settings.nodes(), settings.clientProperties());
    }

    @Bean
    SmartLifecycle nodeReportsLifecycle(NodeReports nodeReports) {
        return Lifecycles.of(nodeReports::start, nodeReports::stop, nodeReports::running);
    }

    @Bean
    FanOut federationFanOut(Publisher federationPublisher) {
        return new FanOut(federationPublisher);
    }
}
