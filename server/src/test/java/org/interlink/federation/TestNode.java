package org.interlink.federation;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.interlink.records.MirroredRecord;
import org.interlink.records.PersonRecorded;
import org.interlink.records.PersonUpdated;
import org.interlink.records.RecordChanged;
import org.interlink.records.RecordDeleted;
import org.interlink.records.RecordMirror;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A national node as the tests run it: its own PostgreSQL database (migrated by Flyway like any node's), the real
 * {@link MirrorApplier} and {@link RecordMirror} bound to it, and a real Kafka consumer. The node's Spring context
 * (web, screening) is left out so that five nodes fit on a small machine; the node's screening indexes are fed by the
 * events {@link RecordMirror} publishes, which this node records instead, once committed.
 */
final class TestNode implements AutoCloseable {

    /** Thrown by a node told to crash: an Error, so the applier's thread dies mid-batch as a killed process would. */
    static final class Crash extends Error {
        Crash() {
            super("node killed mid-apply");
        }
    }

    final String bureau;
    final HikariDataSource dataSource;
    final JdbcTemplate jdbc;
    final RecordMirror mirror;
    final MirrorStatus status;
    /** Every change the node committed, in order: "id@version" for an upsert, "id@deleted:version" for a deletion. */
    final List<String> committed = Collections.synchronizedList(new ArrayList<>());

    private final AtomicInteger crashAfter = new AtomicInteger(-1);
    /** The version of each record held, as of the last commit, and as changed by the batch being applied. */
    private final Map<String, Long> committedVersions = new java.util.concurrent.ConcurrentHashMap<>();

    private final Map<String, Long> seen = new java.util.concurrent.ConcurrentHashMap<>();
    private MirrorApplier applier;
    private StatusReporter reporter;

    TestNode(JdbcTemplate centre, String centreUrl, String bureau) {
        this.bureau = bureau;
        String database = "node_" + bureau.toLowerCase(Locale.ROOT);
        centre.execute("DROP DATABASE IF EXISTS " + database);
        centre.execute("CREATE DATABASE " + database);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(centreUrl.replace("/postgres?", "/" + database + "?"));
        config.setMaximumPoolSize(3);
        this.dataSource = new HikariDataSource(config);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .outOfOrder(true)
                .load()
                .migrate();
        this.jdbc = new JdbcTemplate(dataSource);
        this.mirror = new RecordMirror(dataSource, this::announced);
        this.status = new MirrorStatus(null, Duration.ofHours(48));
    }

    private void announced(Object event) {
        int left = crashAfter.getAndDecrement();
        if (left == 0) {
            throw new Crash();
        }
        String change = switch (event) {
            // a record can leave and come back: a deletion is told apart by the version it removed
            case RecordDeleted d -> d.id() + "@deleted:" + seen.remove(d.id());
            case PersonRecorded p -> p.person().id() + "@" + p.person().version();
            case PersonUpdated p -> p.person().id() + "@" + p.person().version();
            case org.interlink.records.DocumentReported d ->
                d.document().id() + "@" + d.document().version();
            case org.interlink.records.DocumentUpdated d ->
                d.document().id() + "@" + d.document().version();
            case org.interlink.records.VehicleRecorded v ->
                v.vehicle().id() + "@" + v.vehicle().version();
            case org.interlink.records.VehicleUpdated v ->
                v.vehicle().id() + "@" + v.vehicle().version();
            case RecordChanged c -> c.id() + "@" + c.version();
            default -> throw new IllegalStateException("unexpected event " + event);
        };
        String id = change.substring(0, change.indexOf('@'));
        String what = change.substring(change.indexOf('@') + 1);
        if (!what.startsWith("deleted")) {
            seen.put(id, Long.parseLong(what));
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                committed.add(change);
                if (what.startsWith("deleted")) {
                    committedVersions.remove(id);
                } else {
                    committedVersions.put(id, Long.parseLong(what));
                }
            }
        });
    }

    /** The next start dies after applying this many messages, inside the batch's transaction. */
    void crashAfter(int applies) {
        crashAfter.set(applies);
    }

    void start() {
        seen.clear();
        seen.putAll(committedVersions); // a killed batch's changes never happened
        applier = new MirrorApplier(
                NodeTopics.of(bureau),
                () -> KafkaClients.mirrorConsumer(KafkaBroker.client()),
                new TransactionTemplate(new DataSourceTransactionManager(dataSource)),
                jdbc,
                mirror,
                status,
                Clock.systemUTC());
        applier.start();
    }

    void stop() {
        if (applier != null) {
            applier.stop();
        }
        if (reporter != null) {
            reporter.stop();
        }
    }

    /** Starts the node's reports to the centre, as a node's context does. */
    void report(Duration interval) {
        reporter = new StatusReporter(bureau, KafkaBroker.client(), status, mirror, interval, Clock.systemUTC());
        reporter.start();
    }

    boolean running() {
        return applier != null && applier.running();
    }

    /** What the node holds, by id. */
    Map<String, MirroredRecord> holds() {
        Map<String, MirroredRecord> held = new TreeMap<>();
        mirror.forEach(r -> held.put(r.id(), r));
        return held;
    }

    /** The next offset stored per partition. */
    Map<Integer, Long> storedOffsets() {
        Map<Integer, Long> offsets = new TreeMap<>();
        jdbc.query(
                "SELECT partition, next_offset FROM federation_offsets WHERE topic = ?",
                rs -> {
                    offsets.put(rs.getInt(1), rs.getLong(2));
                },
                NodeTopics.of(bureau));
        return offsets;
    }

    @Override
    public void close() {
        stop();
        dataSource.close();
    }
}
