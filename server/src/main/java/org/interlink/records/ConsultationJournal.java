package org.interlink.records;

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
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Group commit for consultations: reading a record is answered only once its audit row is durable, but one fsync per
 * read would cap reads at a few hundred a second (the chain's lock is held through each commit). So reads hand their
 * rows to one writer thread, which commits everything waiting in one transaction and then releases all of them. Alone,
 * a read waits for just its own commit; under load a commit carries many reads.
 *
 * <p>The same design as screening's journal; both belong in the audit module once a second module needs it (see
 * docs/RECORDS.md).
 */
@Component
class ConsultationJournal {

    private static final Logger log = LoggerFactory.getLogger(ConsultationJournal.class);
    private static final int MAX_BATCH = 2_000;

    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>(20_000);
    private volatile boolean running = true;

    private record Pending(AuditEntry entry, CompletableFuture<Void> done) {}

    ConsultationJournal(AuditLog audit, PlatformTransactionManager transactionManager) {
        this.audit = audit;
        this.transactions = new TransactionTemplate(transactionManager);
        Thread.ofPlatform().name("records-consultations").daemon().start(this::run);
    }

    /**
     * Returns once the row is committed.
     *
     * @throws ResponseStatusException 503 when it could not be written: the record must not be shown
     */
    void record(AuditEntry entry) {
        Pending pending = new Pending(entry, new CompletableFuture<>());
        try {
            if (!queue.offer(pending, 2, TimeUnit.SECONDS)) {
                throw unavailable();
            }
            pending.done().get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unavailable();
        } catch (ExecutionException | TimeoutException e) {
            throw unavailable();
        }
    }

    private static ResponseStatusException unavailable() {
        return new ResponseStatusException(
                HttpStatus.SERVICE_UNAVAILABLE, "The consultation could not be recorded in the audit log; try again");
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
                List<AuditEntry> entries = batch.stream().map(Pending::entry).toList();
                transactions.executeWithoutResult(status -> audit.recordAll(entries));
                batch.forEach(p -> p.done().complete(null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.error("Consultation audit rows could not be written; {} reads refused", batch.size(), e);
                batch.forEach(p -> p.done().completeExceptionally(e));
            } finally {
                batch.clear();
            }
        }
    }

    @PreDestroy
    void stop() {
        running = false;
    }
}
