package org.interlink.audit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for read paths whose only write is their audit row (a consultation, a list, a search): the row must be
 * durable before the answer leaves, but one transaction and one fsync per request, each holding the chain lock,
 * serialises every reader behind the disk. Callers hand their rows to one writer thread, which appends everything
 * waiting in one commit (a single statement when no caller has other work for it) and then releases all of them.
 * Alone, a request waits for just its own commit; under load a commit carries many requests, and waits a moment for
 * more ({@code interlink.audit.journal-linger}).
 *
 * <p>Operations that change data keep calling {@link AuditLog} inside their own transaction, so the change and its row
 * commit together.
 */
@Service
public class AuditJournal {

    private static final Logger log = LoggerFactory.getLogger(AuditJournal.class);
    private static final int MAX_BATCH = 2_000;

    /**
     * A commit this slow is logged: every request in it waited for it, and so did every request that arrived
     * meanwhile. On the test VM such commits were the disk's flush stalling (README, "Running the jar"); the log line
     * points an operator there. Commits are serial, so there are at most ten such lines a second, and only while the
     * database is that slow.
     */
    static final Duration SLOW_COMMIT = Duration.ofMillis(100);

    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Timer commits;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(50_000);
    private final Thread writer;
    private volatile boolean running = true;

    private record Pending(List<AuditEntry> entries, Runnable alsoInCommit, CompletableFuture<Void> done) {}

    private static final Runnable NOTHING = () -> {};

    /** The rows could not be made durable in time: the operation must fail and reveal nothing. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message) {
            super(message);
        }
    }

    /**
     * How long a commit waits for more rows once the previous commit carried {@link #SEVERAL} requests or more, i.e.
     * when rows arrive several times faster than commits complete. A commit costs the same round trips and WAL flush
     * whether it carries one row or fifty: at 1,000 document checks/s, back-to-back commits carried two rows each, and
     * waiting 2 ms for more cut the CPU of a check by a fifth (PostgreSQL 0.31 → 0.20 ms, the JVM 0.70 → 0.59 ms;
     * 2026-11-30, same build with and without). Below that load nothing waits: there the CPU is not short and the
     * wait would only add latency (a read at 500/s answers in about 4 ms).
     */
    private final long lingerNanos;

    /** Requests in one commit from which the next commit waits for more (at about 2 ms a commit: 2,000/s). */
    private static final int SEVERAL = 4;

    AuditJournal(
            AuditLog audit,
            TransactionTemplate transactions,
            @Value("${interlink.audit.journal-linger:2ms}") Duration linger,
            MeterRegistry meters) {
        this.audit = audit;
        this.transactions = transactions;
        this.commits = Timer.builder("interlink.audit.journal.commit")
                .description("Commits of the audit journal; each read and check waits for the one carrying its row")
                .register(meters);
        this.lingerNanos = linger.toNanos();
        this.writer = Thread.ofPlatform().name("audit-journal").daemon(true).start(this::run);
    }

    /**
     * Appends the rows and returns once they are committed.
     *
     * @throws Unavailable when they could not be written within seconds
     */
    public void record(AuditEntry... entries) {
        record(List.of(entries), NOTHING);
    }

    /**
     * Appends the rows and returns once they are committed.
     *
     * @throws Unavailable when they could not be written within seconds
     */
    public void record(List<AuditEntry> entries) {
        record(entries, NOTHING);
    }

    /**
     * Appends the rows and runs {@code alsoInCommit} in the same transaction (e.g. the hits a screening raised), then
     * returns once both are committed. If either fails, the whole batch it travelled in fails and every caller in it
     * is told so.
     *
     * @throws Unavailable when they could not be written within seconds
     */
    public void record(List<AuditEntry> entries, Runnable alsoInCommit) {
        Pending pending = new Pending(List.copyOf(entries), alsoInCommit, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, 2, TimeUnit.SECONDS)) {
                throw new Unavailable("the audit journal is saturated");
            }
            pending.done().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted while recording");
        } catch (ExecutionException | TimeoutException e) {
            throw new Unavailable("the operation could not be recorded");
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        boolean busy = false;
        while (running) {
            try {
                Pending first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                long deadline = System.nanoTime() + (busy ? lingerNanos : 0);
                long left;
                while (batch.size() < MAX_BATCH && (left = deadline - System.nanoTime()) > 0) {
                    Pending next = queue.poll(left, TimeUnit.NANOSECONDS);
                    if (next != null) {
                        batch.add(next);
                        queue.drainTo(batch, MAX_BATCH - batch.size());
                    }
                }
                busy = batch.size() >= SEVERAL;
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
        queue.drainTo(batch);
        if (!batch.isEmpty()) {
            commit(batch);
        }
    }

    private void commit(List<Pending> batch) {
        List<AuditEntry> entries = new ArrayList<>();
        batch.forEach(pending -> entries.addAll(pending.entries()));
        long started = System.nanoTime();
        try {
            if (batch.stream().allMatch(pending -> pending.alsoInCommit() == NOTHING)) {
                audit.recordAll(entries); // one statement, committed on its own: one round trip
            } else {
                transactions.executeWithoutResult(status -> {
                    audit.recordAll(entries);
                    batch.forEach(pending -> pending.alsoInCommit().run());
                });
            }
            long took = System.nanoTime() - started;
            commits.record(took, TimeUnit.NANOSECONDS);
            batch.forEach(pending -> pending.done().complete(null));
            if (took >= SLOW_COMMIT.toNanos()) {
                log.warn(
                        "An audit commit took {} ms for {} requests, which all waited for it (is the database's disk"
                                + " slow to flush?)",
                        took / 1_000_000,
                        batch.size());
            }
        } catch (RuntimeException e) {
            log.error("Could not commit {} audit journal entries", entries.size(), e);
            batch.forEach(pending -> pending.done().completeExceptionally(e));
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(5_000);
    }
}
