package org.interlink.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends rows to the audit log, in the caller's transaction: if the row cannot be written, the operation's
 * transaction rolls back and the operation does not happen. Without a transaction, the rows are appended and committed
 * by one statement.
 *
 * <p>Appending takes a transaction-scoped advisory lock, so concurrent transactions (on any node) chain their rows one
 * after the other; the lock is held until the caller commits. High-rate callers append many rows in one call.
 */
@Service
public class AuditLog {

    /** Arbitrary, fixed key of the advisory lock that serialises appends to the chain. */
    static final long CHAIN_LOCK = 0x1A7E_211CL;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.clock = Clock.systemUTC();
    }

    /** Appends one row, in the caller's transaction if there is one. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void record(AuditEntry entry) {
        recordAll(List.of(entry));
    }

    /**
     * Appends rows in the order given, in the caller's transaction if there is one, else committed on return.
     *
     * <p>One round trip: the database function {@code audit_append} (migrations V41, V60, V80) takes the chain lock, reads the
     * chain's head, hashes each row as {@link AuditChain#hash} does and inserts them. Before, the lock and head, the
     * inserts and the commit were three round trips; the audit journal's commits are on the path of every read, and
     * at 2,000 screening checks/s they were most of PostgreSQL's work. A single statement needs no transaction of its
     * own to be all or nothing.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Instant at = AuditChain.truncate(clock.instant());
        jdbc.execute("SELECT audit_append(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", (PreparedStatement statement) -> {
            Connection connection = statement.getConnection();
            statement.setLong(1, CHAIN_LOCK);
            statement.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            statement.setArray(3, texts(connection, entries, AuditEntry::actor));
            statement.setArray(4, texts(connection, entries, AuditEntry::bureau));
            statement.setArray(
                    5, texts(connection, entries, entry -> entry.operation().name()));
            statement.setArray(6, texts(connection, entries, AuditEntry::objectType));
            statement.setArray(7, texts(connection, entries, AuditEntry::objectId));
            statement.setArray(8, texts(connection, entries, AuditEntry::purpose));
            statement.setArray(
                    9, texts(connection, entries, entry -> entry.outcome().name()));
            statement.setArray(10, texts(connection, entries, AuditEntry::location));
            statement.execute();
            return null;
        });
    }

    private static Array texts(Connection connection, List<AuditEntry> entries, Function<AuditEntry, String> field)
            throws SQLException {
        String[] values = new String[entries.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = field.apply(entries.get(i));
        }
        return connection.createArrayOf("text", values);
    }

    /** The number of rows in the log. */
    public long size() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM audit_log", Long.class);
        return count == null ? 0 : count;
    }
}
