package org.interlink.members;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Access tokens revoked before they expire, by {@code jti}, in PostgreSQL ({@code revoked_tokens}) so that every node
 * refuses them. Each node keeps the list of tokens not yet expired in memory and reads it again when it is older than
 * {@code interlink.tokens.revocation-refresh} (2 s by default): a token revoked on one node is refused there at once
 * and on every other node within that time. Checking a token costs a set lookup; reading the list again, one query
 * by one request thread while the others use the list they have.
 */
@Component
class RevokedTokens {

    private static final Logger log = LoggerFactory.getLogger(RevokedTokens.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final long refreshNanos;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Set<String> revoked = Set.of();
    private volatile long loadedAt;
    private volatile boolean loaded;

    RevokedTokens(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            AuditLog audit,
            @Value("${interlink.tokens.revocation-refresh:2s}") Duration refresh) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.audit = audit;
        this.refreshNanos = refresh.toNanos();
    }

    /** Whether the token with this id was revoked (as this node last read the list). */
    boolean isRevoked(String jti) {
        if (!loaded || System.nanoTime() - loadedAt > refreshNanos) {
            reload();
        }
        return jti != null && revoked.contains(jti);
    }

    /** Revokes a token of {@code clientId}, audited; the row is kept until the token expires. */
    void revoke(String jti, String clientId, String bureau, Instant expiresAt) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM revoked_tokens WHERE expires_at < now()");
            jdbc.update(
                    "INSERT INTO revoked_tokens (jti, client_id, expires_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    jti,
                    clientId,
                    OffsetDateTime.ofInstant(expiresAt, ZoneOffset.UTC));
            audit.record(new AuditEntry(
                    clientId, bureau, Operation.DELETE, "access-token", jti, "token revocation", Outcome.SUCCESS));
        });
        Set<String> more = new HashSet<>(revoked);
        more.add(jti);
        revoked = Set.copyOf(more);
    }

    private void reload() {
        if (!loading.tryLock()) {
            return; // another thread is reading the list; use the one we have
        }
        try {
            // a token is refused up to 5 s past its expiry anyway (the clock skew allowed), so keep it that long
            revoked = Set.copyOf(jdbc.queryForList(
                    "SELECT jti FROM revoked_tokens WHERE expires_at > now() - interval '10 seconds'", String.class));
            loadedAt = System.nanoTime();
            loaded = true;
        } catch (RuntimeException e) {
            log.warn("The list of revoked tokens could not be read; the previous one is used: {}", e.toString());
        } finally {
            loading.unlock();
        }
    }
}
