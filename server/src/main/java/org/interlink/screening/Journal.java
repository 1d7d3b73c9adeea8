package org.interlink.screening;

import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Group commit for screening: every check's audit row (and any hits it raised) must be durable before the check is
 * answered, but one fsync per check would cap the platform at a few hundred checks a second. So checks hand their rows
 * to one writer thread, which commits everything waiting in one transaction and then releases all their answers.
 * Under load a commit carries many checks; alone, a check waits for just its own commit.
 *
 * <p>Every check waits for a commit whether or not it raised a hit — and silent hits travel in the same commit — so
 * the answer's timing does not reveal a silent hit.
 */
@Component
class Journal {

    private static final Logger log = LoggerFactory.getLogger(Journal.class);
    private static final int MAX_BATCH = 2_000;

    private final AuditLog audit;
    private final HitRows hits;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(50_000);
    private final Thread writer;
    private volatile boolean running = true;

    private record Pending(List<AuditEntry> entries, List<NewHit> hits, CompletableFuture<Void> done) {}

    Journal(AuditLog audit, HitRows hits, TransactionTemplate transactions) {
        this.audit = audit;
        this.hits = hits;
        this.transactions = transactions;
        this.writer = Thread.ofPlatform().name("screening-journal").daemon().start(this::run);
    }

    /**
     * Writes the rows and returns once they are committed.
     *
     * @throws JournalUnavailable when they could not be written in time: the check must not be answered
     */
    void write(List<AuditEntry> entries, List<NewHit> newHits) {
        Pending pending = new Pending(entries, newHits, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, 2, TimeUnit.SECONDS)) {
                throw new JournalUnavailable("the audit journal is saturated");
            }
            pending.done().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JournalUnavailable("interrupted");
        } catch (ExecutionException | TimeoutException e) {
            throw new JournalUnavailable("the check could not be recorded");
        }
    }

    private void run() {
        List<Pending> batch = new ArrayList<>(MAX_BATCH);
        while (running) {
            try {
                Pending first = queue.poll(500, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                queue.drainTo(batch, MAX_BATCH - 1);
                commit(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } finally {
                batch.clear();
            }
        }
        queue.drainTo(batch); // answer whatever arrived before shutdown
        if (!batch.isEmpty()) {
            commit(batch);
        }
    }

    private void commit(List<Pending> batch) {
        List<AuditEntry> entries = new ArrayList<>();
        List<NewHit> newHits = new ArrayList<>();
        for (Pending pending : batch) {
            entries.addAll(pending.entries());
            newHits.addAll(pending.hits());
        }
        try {
            transactions.executeWithoutResult(status -> {
                audit.recordAll(entries);
                hits.insertAll(newHits);
            });
            batch.forEach(pending -> pending.done().complete(null));
        } catch (RuntimeException e) {
            log.error("Could not commit {} screening journal entries", entries.size(), e);
            batch.forEach(pending -> pending.done().completeExceptionally(e));
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(5_000);
    }
}
