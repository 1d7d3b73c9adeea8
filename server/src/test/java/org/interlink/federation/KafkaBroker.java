package org.interlink.federation;

import java.util.Map;
import java.util.Properties;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** One in-JVM Kafka broker (KRaft mode) for the federation tests, started on first use and stopped with the JVM. */
final class KafkaBroker {

    private static EmbeddedKafkaKraftBroker broker;

    private KafkaBroker() {}

    static synchronized String bootstrapServers() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker b = new EmbeddedKafkaKraftBroker(1, 3);
            b.brokerProperties(Map.of(
                    "transaction.state.log.replication.factor", "1",
                    "transaction.state.log.min.isr", "1",
                    "offsets.topic.replication.factor", "1",
                    "log.cleaner.enable", "true"));
            b.afterPropertiesSet();
            Runtime.getRuntime().addShutdownHook(new Thread(b::destroy));
            broker = b;
        }
        return broker.getBrokersAsString();
    }

    static Properties client() {
        Properties p = new Properties();
        p.put("bootstrap.servers", bootstrapServers());
        p.put("security.protocol", "PLAINTEXT");
        return p;
    }
}
