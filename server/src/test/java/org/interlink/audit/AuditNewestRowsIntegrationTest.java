package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The probe's attacks on the end of the log, made with SQL as a database administrator could: removing the newest
 * rows, and letting the next append fill the freed sequence numbers. Each happens in a transaction that is rolled
 * back, so the shared log stays intact.
 */
@IntegrationTest
class AuditNewestRowsIntegrationTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    long last;

    @BeforeEach
    void writeSomeRows() {
        for (int i = 0; i < 25; i++) {
            log.record(new AuditEntry(
                    "tester", "FR", Operation.READ, "person", "p-" + i, "investigation", Outcome.SUCCESS));
        }
        last = jdbc.queryForObject("SELECT max(seq) FROM audit_log", Long.class);
    }

    @Test
    void removingTheNewestRowIsCaught() {
        tampered(sql -> sql.update("DELETE FROM audit_log WHERE seq = ?", last), v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstInvalid()).isEqualTo(last);
            assertThat(v.problem()).contains("removed");
        });
    }

    @Test
    void removingTheNewestTwentyRowsIsCaught() {
        tampered(sql -> sql.update("DELETE FROM audit_log WHERE seq > ?", last - 20), v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstInvalid()).isEqualTo(last - 19);
        });
    }

    @Test
    void theNextAppendDoesNotReuseARemovedSequenceNumber() {
        tampered(
                sql -> {
                    sql.update("DELETE FROM audit_log WHERE seq > ?", last - 20);
                    log.record(new AuditEntry(
                            "tester", "FR", Operation.READ, "person", "after", "investigation", Outcome.SUCCESS));
                    assertThat(sql.queryForObject("SELECT max(seq) FROM audit_log", Long.class))
                            .isEqualTo(last + 1);
                },
                v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstInvalid()).isEqualTo(last - 19);
                    assertThat(v.problem()).contains("missing");
                });
    }

    private void tampered(Consumer<JdbcTemplate> tampering, Consumer<AuditVerification> check) {
        new Tampering(transactions, jdbc, verifier).tampered(tampering, check);
    }
}
