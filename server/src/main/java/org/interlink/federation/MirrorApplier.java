package org.interlink.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.interlink.records.MirroredRecord;
import org.interlink.records.RecordMirror;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Applies a node's topic to its mirror, exactly once. The consumer reads {@code read_committed} (only what the
 * centre's Kafka transactions committed), is assigned every partition of the topic (no consumer group: the offsets
 * live in the node's database), and each polled batch is applied in ONE database transaction together with the next
 * offset of every partition it covered. A crash before that commit loses the whole batch and its offsets, so the
 * restart reads it again from the stored offsets; a crash after it finds both. An upsert is applied only when its
 * version is newer than the one held; a tombstone deletes.
 */
final class MirrorApplier {

    private static final Logger log = LoggerFactory.getLogger(MirrorApplier.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final String topic;
    private final Supplier<Consumer<String, byte[]>> consumers;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final RecordMirror mirror;
    private final MirrorStatus status;
    private final Clock clock;
    private final ConsumerThread loop;

    MirrorApplier(
            String topic,
            Supplier<Consumer<String, byte[]>> consumers,
            TransactionTemplate transactions,
            JdbcTemplate jdbc,
            RecordMirror mirror,
            MirrorStatus status,
            Clock clock) {
        this.topic = topic;
        this.loop = new ConsumerThread("mirror-" + topic);
        this.consumers = consumers;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.mirror = mirror;
        this.status = status;
        this.clock = clock;
    }

    /** The last "as of" stored in this database for the topic, or null: where a restarted node's age starts. */
    static @Nullable Instant storedAsOf(JdbcTemplate jdbc, String topic) {
        List<java.sql.Timestamp> at = jdbc.queryForList(
                "SELECT caught_up_at FROM federation_contact WHERE topic = ?", java.sql.Timestamp.class, topic);
        return at.isEmpty() ? null : at.getFirst().toInstant();
    }

    void start() {
        loop.start(this::run);
    }

    void stop() {
        loop.stop();
    }

    boolean running() {
        return loop.alive();
    }

    private void run() {
        try (Consumer<String, byte[]> c = consumers.get()) {
            loop.polling(c);
            List<TopicPartition> partitions = partitions(c);
            c.assign(partitions);
            seekToStored(c, partitions);
            while (loop.running()) {
                try {
                    ConsumerRecords<String, byte[]> batch = c.poll(POLL);
                    if (!batch.isEmpty()) {
                        apply(batch);
                    }
                    checkCaughtUp(c, partitions);
                } catch (WakeupException e) {
                    return;
                } catch (RuntimeException e) {
                    // The batch's transaction rolled back: read it again from the stored offsets.
                    log.warn("Mirror apply of {} failed; retrying from the stored offsets: {}", topic, e.toString());
                    pause();
                    seekToStored(c, partitions);
                }
            }
        } catch (WakeupException e) {
            // stopped while connecting
        } finally {
            loop.polling(null);
        }
    }

    private List<TopicPartition> partitions(Consumer<String, byte[]> c) {
        while (loop.running()) {
            try {
                List<PartitionInfo> infos = c.partitionsFor(topic, Duration.ofSeconds(5));
                if (infos != null && !infos.isEmpty()) {
                    return infos.stream()
                            .map(i -> new TopicPartition(topic, i.partition()))
                            .toList();
                }
            } catch (org.apache.kafka.common.errors.TimeoutException e) {
                // the broker is out of reach, or the topic is not created yet
            }
            pause();
        }
        throw new WakeupException();
    }

    private void seekToStored(Consumer<String, byte[]> c, List<TopicPartition> partitions) {
        Map<Integer, Long> stored = new HashMap<>();
        jdbc.query(
                "SELECT partition, next_offset FROM federation_offsets WHERE topic = ?",
                rs -> {
                    stored.put(rs.getInt(1), rs.getLong(2));
                },
                topic);
        List<TopicPartition> fresh = new ArrayList<>();
        for (TopicPartition tp : partitions) {
            Long next = stored.get(tp.partition());
            if (next == null) {
                fresh.add(tp);
            } else {
                c.seek(tp, next);
            }
        }
        if (!fresh.isEmpty()) {
            c.seekToBeginning(fresh);
        }
    }

    private void apply(ConsumerRecords<String, byte[]> batch) {
        Instant now = clock.instant();
        Map<Integer, Long> next = new HashMap<>();
        List<Duration> lags = new ArrayList<>();
        transactions.executeWithoutResult(s -> {
            for (ConsumerRecord<String, byte[]> record : batch) {
                MirroredRecord item = Wire.read(record);
                if (item == null) {
                    mirror.remove(record.key());
                } else {
                    mirror.apply(item);
                }
                next.merge(record.partition(), record.offset() + 1, Math::max);
                lags.add(Duration.ofMillis(Math.max(0, now.toEpochMilli() - record.timestamp())));
            }
            java.sql.Timestamp at = java.sql.Timestamp.from(now);
            for (Map.Entry<Integer, Long> e : next.entrySet()) {
                jdbc.update(
                        "INSERT INTO federation_offsets (topic, partition, next_offset, applied_at) VALUES (?, ?, ?, ?)"
                                + " ON CONFLICT (topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset,"
                                + " applied_at = EXCLUDED.applied_at",
                        topic,
                        e.getKey(),
                        e.getValue(),
                        at);
            }
        });
        Instant applied = clock.instant();
        for (Duration lag : lags) {
            status.applied(applied, lag.plus(Duration.between(now, applied)));
        }
    }

    private void checkCaughtUp(Consumer<String, byte[]> c, List<TopicPartition> partitions) {
        try {
            Map<TopicPartition, Long> ends = c.endOffsets(partitions, Duration.ofSeconds(2));
            for (TopicPartition tp : partitions) {
                if (c.position(tp, Duration.ofSeconds(2)) < ends.getOrDefault(tp, 0L)) {
                    return;
                }
            }
        } catch (org.apache.kafka.common.errors.TimeoutException e) {
            return; // no contact: the mirror's age keeps growing
        }
        Instant now = clock.instant();
        Instant previous = status.asOf();
        status.caughtUp(now);
        if (previous == null || Duration.between(previous, now).compareTo(Duration.ofSeconds(5)) >= 0) {
            jdbc.update(
                    "INSERT INTO federation_contact (topic, caught_up_at) VALUES (?, ?) ON CONFLICT (topic)"
                            + " DO UPDATE SET caught_up_at = EXCLUDED.caught_up_at",
                    topic,
                    java.sql.Timestamp.from(now));
        }
    }

    private void pause() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            loop.halt();
        }
    }
}
