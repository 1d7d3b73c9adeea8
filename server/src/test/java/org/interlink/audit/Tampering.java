package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tampers with the log as a database administrator could (the append-only trigger disabled), checks the verifier's
 * verdict, then rolls everything back, so the log shared by all integration tests stays intact.
 */
record Tampering(TransactionTemplate transactions, JdbcTemplate jdbc, AuditVerifier verifier) {

    void tampered(Consumer<JdbcTemplate> tampering, Consumer<AuditVerification> check) {
        transactions.executeWithoutResult(status -> {
            jdbc.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_delete");
            tampering.accept(jdbc);
            check.accept(verifier.verify());
            status.setRollbackOnly();
        });
        assertThat(verifier.verify().valid())
                .as("the rollback restored the log")
                .isTrue();
    }
}
