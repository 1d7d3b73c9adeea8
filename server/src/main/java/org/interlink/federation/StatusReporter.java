package org.interlink.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.interlink.records.RecordMirror;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A node's periodic report to the centre ({@link NodeReport}). Sent without waiting: while the link is down the
 * reports expire in the producer and the centre sees the node's last contact age.
 */
final class StatusReporter {

    private static final Logger log = LoggerFactory.getLogger(StatusReporter.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String bureau;
    private final Properties client;
    private final MirrorStatus status;
    private final RecordMirror mirror;
    private final Duration interval;
    private final Clock clock;
    private @Nullable ScheduledExecutorService scheduler;
    private @Nullable Producer<String, byte[]> producer;

    StatusReporter(
            String bureau,
            Properties client,
            MirrorStatus status,
            RecordMirror mirror,
            Duration interval,
            Clock clock) {
        this.bureau = bureau;
        this.client = client;
        this.status = status;
        this.mirror = mirror;
        this.interval = interval;
        this.clock = clock;
    }

    synchronized void start() {
        if (scheduler != null) {
            return;
        }
        Properties p = new Properties();
        p.putAll(client);
        p.put("enable.idempotence", "true");
        p.put("acks", "all");
        p.put("request.timeout.ms", "10000");
        p.put("delivery.timeout.ms", String.valueOf(Math.max(interval.toMillis() * 3, 30_000)));
        p.put("max.block.ms", "5000");
        producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "federation-report-" + bureau);
            t.setDaemon(true);
            return t;
        });
        s.scheduleWithFixedDelay(this::report, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        scheduler = s;
    }

    synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }

    boolean running() {
        return scheduler != null;
    }

    /** Sends one report now. */
    void report() {
        Producer<String, byte[]> p = producer;
        if (p == null) {
            return;
        }
        try {
            Instant asOf = status.asOf();
            NodeReport report = new NodeReport(
                    bureau,
                    asOf == null ? null : asOf.toString(),
                    status.lastLagMillis(),
                    mirror.count(),
                    clock.instant().toString());
            p.send(new ProducerRecord<>(NodeReport.topic(bureau), bureau, JSON.writeValueAsBytes(report)));
        } catch (RuntimeException e) {
            log.debug("Node report not sent: {}", e.toString());
        }
    }
}
