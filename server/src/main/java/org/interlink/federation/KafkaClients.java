package org.interlink.federation;

import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The Kafka clients of both roles, configured once. */
final class KafkaClients {

    private KafkaClients() {}

    /**
     * The centre's producer: idempotent and transactional, so the messages of one change reach every node's topic
     * together or not at all. A restart with the same transactional id fences off the previous instance.
     */
    static Producer<String, byte[]> transactionalProducer(Properties client, String transactionalId) {
        Properties p = new Properties();
        p.putAll(client);
        p.put("enable.idempotence", "true");
        p.put("acks", "all");
        p.put("transactional.id", transactionalId);
        p.put("linger.ms", "5");
        // Back-to-back transactions meet CONCURRENT_TRANSACTIONS while the previous one completes: retry soon.
        p.put("retry.backoff.ms", "10");
        p.put("delivery.timeout.ms", "30000");
        p.put("request.timeout.ms", "10000");
        p.put("max.block.ms", "10000");
        KafkaProducer<String, byte[]> producer =
                new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        producer.initTransactions();
        return producer;
    }

    /**
     * A node's consumer: reads only committed transactions and never commits offsets to Kafka (they live in the node's
     * database, with the changes they cover).
     */
    static Consumer<String, byte[]> mirrorConsumer(Properties client) {
        Properties p = new Properties();
        p.putAll(client);
        p.put("isolation.level", "read_committed");
        p.put("enable.auto.commit", "false");
        p.put("auto.offset.reset", "earliest");
        p.put("max.poll.records", "2000");
        return new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
    }

    static Admin admin(Properties client) {
        return Admin.create(client);
    }
}
