package org.interlink.federation;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.records.MirroredRecord;
import org.interlink.records.RecordMirror;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fans a change out at the source. For each changed record it compares the nodes that hold it (the audience under the
 * restriction it was last published with, kept in {@code federation_published}) with the nodes that may hold it now
 * (its current restriction): nodes in the new audience get an upsert of the current version, nodes that left it get a
 * tombstone. Every message of one call goes out in one Kafka transaction.
 *
 * <p>The current version is read from the database under a per-record advisory lock rather than taken from the event,
 * so events delivered out of order or twice still leave each topic's last message for a record its current state
 * (compaction keeps the last one). The bookkeeping commits only after the Kafka transaction did; when the database
 * commit fails after it, the event stays incomplete in the registry and a resend repeats the same messages, which a
 * node ignores (not newer) or applies again harmlessly (a tombstone).
 */
final class Publisher {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final RecordMirror records;
    private final NodeAudience audience;
    private final Supplier<Producer<String, byte[]>> producers;
    private Producer<String, byte[]> producer;
    private final CentreMetrics metrics;

    Publisher(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            RecordMirror records,
            NodeAudience audience,
            Supplier<Producer<String, byte[]>> producers,
            CentreMetrics metrics) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.records = records;
        this.audience = audience;
        this.producers = producers;
        this.producer = producers.get();
        this.metrics = metrics;
    }

    /** Publishes the current state of these records to every node concerned. */
    void publish(Collection<String> changed) {
        if (changed.isEmpty()) {
            return;
        }
        List<String> ids = List.copyOf(new TreeSet<>(changed));
        transactions.executeWithoutResult(status -> {
            // Sorted, so two publishers locking overlapping sets cannot deadlock.
            for (String id : ids) {
                jdbc.queryForList("SELECT pg_advisory_xact_lock(hashtextextended(?, 0))", id);
            }
            Map<String, Published> before = published(ids);
            Map<String, MirroredRecord> after = records.findAll(ids);
            List<ProducerRecord<String, byte[]>> messages = new ArrayList<>();
            for (String id : ids) {
                Published was = before.get(id);
                MirroredRecord now = after.get(id);
                Set<String> held = was == null ? Set.of() : audience.of(was.owner(), was.restriction());
                Set<String> may = now == null ? Set.of() : audience.of(now.owner(), now.restriction());
                for (String node : may) {
                    messages.add(Wire.upsert(NodeTopics.of(node), now));
                }
                Set<String> left = new HashSet<>(held);
                left.removeAll(may);
                long version = now != null ? now.version() : was != null ? was.version() : 0;
                for (String node : left) {
                    messages.add(Wire.tombstone(NodeTopics.of(node), id, version));
                }
            }
            send(messages);
            remember(ids, after);
        });
    }

    /**
     * Sends the messages in one Kafka transaction. A failed transaction is aborted; a producer that cannot abort (a
     * fatal error: fenced, or the broker's transaction state out of step with it) can never send again, so it is closed
     * and replaced by a new one, which fences off whatever it left open. Either way the failure is thrown: the event
     * stays incomplete in the registry and {@link Resubmission} delivers it again.
     */
    private void send(List<ProducerRecord<String, byte[]>> messages) {
        if (messages.isEmpty()) {
            return;
        }
        // A transactional producer runs one transaction at a time.
        synchronized (this) {
            try {
                producer.beginTransaction();
                for (ProducerRecord<String, byte[]> message : messages) {
                    producer.send(message);
                }
                producer.commitTransaction();
            } catch (RuntimeException e) {
                try {
                    producer.abortTransaction();
                } catch (RuntimeException abortFailed) {
                    e.addSuppressed(abortFailed);
                    replaceProducer(e);
                }
                throw e;
            }
        }
        messages.forEach(m -> metrics.sent(m.topic().substring(NodeTopics.PREFIX.length()), m.value() == null));
    }

    private void replaceProducer(RuntimeException cause) {
        try {
            producer.close(Duration.ZERO);
        } catch (RuntimeException closeFailed) {
            cause.addSuppressed(closeFailed);
        }
        producer = producers.get();
    }

    /** Closes the current producer (at shutdown). */
    synchronized void close() {
        producer.close();
    }

    private record Published(String owner, Restriction restriction, long version) {}

    private Map<String, Published> published(List<String> ids) {
        Map<String, Published> found = new HashMap<>();
        jdbc.query(
                "SELECT item_id, owner, classification, audience, countries, version FROM federation_published"
                        + " WHERE item_id = ANY(?)",
                rs -> {
                    found.put(
                            rs.getString("item_id"),
                            new Published(
                                    rs.getString("owner"),
                                    new Restriction(
                                            Classification.values()[rs.getInt("classification")],
                                            Audience.valueOf(rs.getString("audience")),
                                            Set.of((String[])
                                                    rs.getArray("countries").getArray())),
                                    rs.getLong("version")));
                },
                (Object) ids.toArray(String[]::new));
        return found;
    }

    private void remember(List<String> ids, Map<String, MirroredRecord> after) {
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        for (String id : ids) {
            MirroredRecord now = after.get(id);
            if (now == null) {
                deletes.add(new Object[] {id});
            } else {
                Restriction r = now.restriction();
                upserts.add(new Object[] {
                    id,
                    now.owner(),
                    r.classification().ordinal(),
                    r.audience().name(),
                    r.countries().stream().sorted().toArray(String[]::new),
                    now.version()
                });
            }
        }
        jdbc.batchUpdate(
                "INSERT INTO federation_published (item_id, owner, classification, audience, countries, version)"
                        + " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (item_id) DO UPDATE SET owner = EXCLUDED.owner,"
                        + " classification = EXCLUDED.classification, audience = EXCLUDED.audience,"
                        + " countries = EXCLUDED.countries, version = EXCLUDED.version",
                upserts);
        jdbc.batchUpdate("DELETE FROM federation_published WHERE item_id = ?", deletes);
    }
}
