package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends from many threads at once, through both doors (the journal's group commits and {@link AuditLog} in callers'
 * own transactions that stay open a moment after appending): every row lands exactly once and the chain stays
 * intact. A head read that did not see the previous lock holder's rows would reuse a sequence number (the insert
 * fails) or fork the chain (the verifier fails).
 */
@IntegrationTest
class AuditConcurrencyIntegrationTest {

    private static final int THREADS = 8;
    private static final int APPENDS = 30;

    @Autowired
    AuditLog log;

    @Autowired
    AuditJournal journal;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrentAppendsKeepTheChain() throws Exception {
        long before = log.size();
        List<Future<?>> done = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(THREADS)) {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < APPENDS; i++) {
                        AuditEntry entry = new AuditEntry(
                                "t" + thread, "FR", Operation.READ, "person", "p-" + i, "test", Outcome.SUCCESS);
                        if (i % 2 == 0) {
                            journal.record(entry);
                        } else {
                            transactions.executeWithoutResult(status -> {
                                log.record(entry);
                                pause(); // hold the chain lock while others queue behind it
                            });
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        }
        assertThat(log.size()).isEqualTo(before + THREADS * APPENDS);
        AuditVerification verdict = verifier.verify();
        assertThat(verdict.firstInvalid()).isNull();
        assertThat(verdict.valid()).isTrue();
    }

    private static void pause() {
        try {
            Thread.sleep(2);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
