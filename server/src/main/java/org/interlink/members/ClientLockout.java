package org.interlink.members;

import java.time.Duration;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Machine clients lock like people ({@link SignInProvider}): five refused token requests in a row lock the client for
 * ten minutes, in PostgreSQL so that every node agrees; an administrator can unlock it sooner. A locked client is
 * refused before its secret is compared ({@link ClientRegistrations} does not find it), so an attack on a locked
 * client costs no password hash. Each refusal is counted once and audited once, in one transaction.
 */
@Component
class ClientLockout {

    static final int MAX_FAILURES = 5;
    static final Duration LOCK_DURATION = Duration.ofMinutes(10);

    private final AccountRows rows;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    ClientLockout(AccountRows rows, AuditLog audit, TransactionTemplate transactions) {
        this.rows = rows;
        this.audit = audit;
        this.transactions = transactions;
    }

    /** A token request of this client (or of an unknown id) was refused. */
    void refused(String clientId) {
        transactions.executeWithoutResult(status -> {
            boolean locked = rows.recordClientFailure(clientId, MAX_FAILURES, LOCK_DURATION);
            audit.record(refusal(clientId, "client", ""));
            if (locked) {
                audit.record(refusal(clientId, "client-lock", clientId));
            }
        });
    }

    private static AuditEntry refusal(String clientId, String type, String id) {
        return new AuditEntry(clientId, "-", Operation.TOKEN_REFUSED, type, id, "authentication", Outcome.DENIED);
    }

    /** A token was issued: the client's count starts again (no write when there was nothing to count). */
    void succeeded(String clientId) {
        rows.resetClientAttempts(clientId);
    }
}
