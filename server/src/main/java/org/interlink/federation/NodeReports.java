package org.interlink.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The centre's view of its nodes: the last report each node sent on its status topic, and when (the node's last
 * contact). A report on a node's topic is believed to be that node's: the topic ACLs let only the node's
 * principal write it (docs/FEDERATION.md).
 */
final class NodeReports {

    private static final Logger log = LoggerFactory.getLogger(NodeReports.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A report and when the node sent it (the record's timestamp): the node's last contact. */
    record Received(NodeReport report, Instant at) {}

    private final List<String> bureaus;
    private final Properties client;
    private final Map<String, Received> latest = new ConcurrentHashMap<>();
    private final ConsumerThread loop = new ConsumerThread("federation-reports");

    NodeReports(List<String> bureaus, Properties client) {
        this.bureaus = List.copyOf(bureaus);
        this.client = client;
    }

    List<String> bureaus() {
        return bureaus;
    }

    /** The last report of a node, or null when it never reported since the centre started. */
    @Nullable
    Received of(String bureau) {
        return latest.get(bureau);
    }

    void start() {
        if (!bureaus.isEmpty()) {
            loop.start(this::run);
        }
    }

    void stop() {
        loop.stop();
    }

    boolean running() {
        return loop.running();
    }

    private void run() {
        Properties p = new Properties();
        p.putAll(client);
        p.put("enable.auto.commit", "false");
        try (Consumer<String, byte[]> c =
                new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
            loop.polling(c);
            List<TopicPartition> partitions = new ArrayList<>();
            for (String bureau : bureaus) {
                partitions.add(new TopicPartition(NodeReport.topic(bureau), 0));
            }
            c.assign(partitions);
            c.seekToBeginning(partitions);
            while (loop.running()) {
                for (ConsumerRecord<String, byte[]> record : c.poll(Duration.ofSeconds(1))) {
                    accept(record);
                }
            }
        } catch (WakeupException e) {
            // stopped
        } catch (RuntimeException e) {
            log.warn("Node reports stopped: {}", e.toString());
        } finally {
            loop.polling(null);
        }
    }

    private void accept(ConsumerRecord<String, byte[]> record) {
        String bureau = record.topic().substring(NodeReport.TOPIC_PREFIX.length());
        if (record.value() == null) {
            return;
        }
        try {
            NodeReport report = JSON.readValue(record.value(), NodeReport.class);
            if (bureau.equals(report.bureau())) {
                latest.put(bureau, new Received(report, Instant.ofEpochMilli(record.timestamp())));
            }
        } catch (RuntimeException e) {
            log.warn("Unreadable report on {}: {}", record.topic(), e.toString());
        }
    }
}
