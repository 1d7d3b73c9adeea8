package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.interlink.IntegrationTest;
import org.interlink.Interlink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampering with the log through SQL, as a database administrator could: each kind is caught, and the verifier names
 * the first bad row. Tampering happens in a transaction that is rolled back, so the shared log stays intact.
 */
@IntegrationTest
class AuditTamperingIntegrationTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    long first;

    @BeforeEach
    void writeSomeRows() {
        for (int i = 0; i < 5; i++) {
            log.record(new AuditEntry(
                    "tester", "FR", Operation.READ, "person", "p-" + i, "investigation", Outcome.SUCCESS));
        }
        first = jdbc.queryForObject("SELECT max(seq) FROM audit_log", Long.class) - 4;
    }

    @Test
    void intactLogVerifies() {
        AuditVerification verdict = verifier.verify();
        assertThat(verdict.valid()).isTrue();
        assertThat(verdict.entries()).isEqualTo(log.size());
        assertThat(verdict.firstInvalid()).isNull();
    }

    @Test
    void applicationCannotChangeOrRemoveRows() {
        assertThatThrownBy(() -> jdbc.update("UPDATE audit_log SET purpose = 'x' WHERE seq = ?", first))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_log WHERE seq = ?", first))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_log")).hasMessageContaining("append-only");
    }

    @Test
    void changedRowIsNamed() {
        tampered(sql -> sql.update("UPDATE audit_log SET purpose = 'nothing to see' WHERE seq = ?", first + 2), v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstInvalid()).isEqualTo(first + 2);
            assertThat(v.problem()).contains("changed");
        });
    }

    @Test
    void changedHashIsNamed() {
        tampered(sql -> sql.update("UPDATE audit_log SET hash = ? WHERE seq = ?", "f".repeat(64), first + 1), v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstInvalid()).isEqualTo(first + 1);
        });
    }

    @Test
    void deletedRowIsNamed() {
        tampered(sql -> sql.update("DELETE FROM audit_log WHERE seq = ?", first + 3), v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstInvalid()).isEqualTo(first + 3);
            assertThat(v.problem()).contains("missing");
        });
    }

    @Test
    void deletedAndRenumberedRowsAreCaught() {
        // Remove a row, then close the gap by renumbering the rest: the chain of hashes still breaks there.
        tampered(
                sql -> {
                    sql.update("DELETE FROM audit_log WHERE seq = ?", first + 1);
                    sql.update("UPDATE audit_log SET seq = seq - 1 WHERE seq > ?", first + 1);
                },
                v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstInvalid()).isEqualTo(first + 1);
                });
    }

    @Test
    void removingTheNewestRowIsCaught() {
        tampered(sql -> sql.update("DELETE FROM audit_log WHERE seq = ?", newest()), v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstInvalid()).isEqualTo(newest());
            assertThat(v.problem()).contains("removed");
        });
    }

    @Test
    void removingTheNewestTwentyRowsIsCaught() {
        tampered(sql -> sql.update("DELETE FROM audit_log WHERE seq > ?", newest() - 20), v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstInvalid()).isEqualTo(newest() - 19);
        });
    }

    @Test
    void theNextAppendDoesNotReuseARemovedSequenceNumber() {
        tampered(
                sql -> {
                    sql.update("DELETE FROM audit_log WHERE seq > ?", newest() - 20);
                    log.record(new AuditEntry(
                            "tester", "FR", Operation.READ, "person", "after", "investigation", Outcome.SUCCESS));
                    assertThat(sql.queryForObject("SELECT max(seq) FROM audit_log", Long.class))
                            .isEqualTo(newest() + 1);
                },
                v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstInvalid()).isEqualTo(newest() - 19);
                    assertThat(v.problem()).contains("missing");
                });
    }

    @Test
    void reorderedRowsAreNamed() {
        tampered(
                sql -> {
                    sql.update("UPDATE audit_log SET seq = -1 WHERE seq = ?", first + 1);
                    sql.update("UPDATE audit_log SET seq = ? WHERE seq = ?", first + 1, first + 2);
                    sql.update("UPDATE audit_log SET seq = ? WHERE seq = -1", first + 2);
                },
                v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstInvalid()).isEqualTo(first + 1);
                });
    }

    @Test
    void unknownOperationWrittenBySqlIsCaught() {
        tampered(sql -> sql.update("UPDATE audit_log SET operation = 'ERASE' WHERE seq = ?", first), v -> {
            assertThat(v.valid()).isFalse();
            assertThat(v.firstInvalid()).isEqualTo(first);
        });
    }

    @Test
    void commandLineVerifierReportsTamperingAndIntactChain() throws Exception {
        // unwrap: the test context may wrap the pool (StatementCounter counts a request's statements through a proxy)
        String url = dataSource.unwrap(HikariDataSource.class).getJdbcUrl();
        String[] args = {
            "verify-audit",
            "--spring.datasource.url=" + url,
            "--spring.datasource.username=postgres",
            "--spring.profiles.active=test"
        };
        assertThat(AuditCommandLine.run(Interlink.class, args)).isZero();

        String original = jdbc.queryForObject("SELECT purpose FROM audit_log WHERE seq = ?", String.class, first);
        setPurpose(first, "tampered");
        try {
            assertThat(AuditCommandLine.run(Interlink.class, args)).isEqualTo(1);
        } finally {
            setPurpose(first, original);
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    private long newest() {
        return first + 4;
    }

    private void setPurpose(long seq, String purpose) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete");
            jdbc.update("UPDATE audit_log SET purpose = ? WHERE seq = ?", purpose, seq);
            jdbc.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_update_delete");
        });
    }

    private void tampered(Consumer<JdbcTemplate> tampering, Consumer<AuditVerification> check) {
        new Tampering(transactions, jdbc, verifier).tampered(tampering, check);
    }
}
