package org.interlink.federation;

import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates each node's topic and its status topic, compacted, when it does not exist yet (a production cluster may create them beforehand,
 * with the ACLs of docs/FEDERATION.md; existing topics are left as they are).
 */
final class NodeTopicsCreator {

    /**
     * How long compaction keeps a tombstone: a node away longer than this could miss a deletion (until anti-entropy
     * is built), so it is set well past the mirror's 48-hour staleness bound (Kafka's default is one day).
     */
    static final String TOMBSTONE_RETENTION =
            String.valueOf(java.time.Duration.ofDays(7).toMillis());

    private NodeTopicsCreator() {}

    static void ensure(Properties client, List<String> bureaus, int partitions, short replicationFactor) {
        try (Admin admin = KafkaClients.admin(client)) {
            List<NewTopic> topics = new java.util.ArrayList<>();
            for (String bureau : bureaus) {
                topics.add(new NewTopic(NodeTopics.of(bureau), partitions, replicationFactor)
                        .configs(Map.of("cleanup.policy", "compact", "delete.retention.ms", TOMBSTONE_RETENTION)));
                // The node's reports to the centre: one key, the last report is all that matters.
                topics.add(new NewTopic(NodeReport.topic(bureau), 1, replicationFactor)
                        .configs(Map.of("cleanup.policy", "compact")));
            }
            for (NewTopic topic : topics) {
                try {
                    admin.createTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("Could not create " + topic.name(), e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while creating the nodes' topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("The Kafka cluster did not answer in time", e);
        }
    }
}
