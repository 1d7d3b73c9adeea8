package org.interlink.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * The chain: each row's hash is SHA-256 over a canonical encoding of the row and the previous row's hash.
 *
 * <p>Canonical encoding: every field as its UTF-8 byte length in decimal, a colon, then the bytes, in a fixed order
 * (sequence, time in microseconds since the epoch, actor, bureau, operation, object type, object id, purpose, outcome,
 * location, previous hash). The location is left out when it is empty, so rows written before it was recorded keep
 * their hashes. Length prefixes make the encoding unambiguous: no choice of field contents can produce the bytes of
 * another row, and an encoding of eleven fields is never one of ten.
 */
final class AuditChain {

    /** The previous hash of the first row. */
    static final String GENESIS = "0".repeat(64);

    private AuditChain() {}

    /** Times are kept to the microsecond, as PostgreSQL stores them, so a row hashes the same after a round trip. */
    static Instant truncate(Instant time) {
        return time.truncatedTo(ChronoUnit.MICROS);
    }

    static String hash(long seq, Instant at, AuditEntry entry, String previousHash) {
        StringBuilder canonical = new StringBuilder(256);
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, truncate(at));
        append(canonical, Long.toString(seq));
        append(canonical, Long.toString(micros));
        append(canonical, entry.actor());
        append(canonical, entry.bureau());
        append(canonical, entry.operation().name());
        append(canonical, entry.objectType());
        append(canonical, entry.objectId());
        append(canonical, entry.purpose());
        append(canonical, entry.outcome().name());
        if (!entry.location().isEmpty()) {
            append(canonical, entry.location());
        }
        append(canonical, previousHash);
        return HexFormat.of().formatHex(sha256().digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The hash a row read from {@code audit_log} should have: its fields and previous hash as stored, hashed again.
     * A row whose operation or outcome no version of Interlink writes gets a text that is no hash.
     */
    static String recompute(ResultSet rs) throws SQLException {
        AuditEntry entry;
        try {
            entry = entry(rs);
        } catch (IllegalArgumentException e) {
            return "an operation or outcome no version of Interlink writes";
        }
        return hash(
                rs.getLong("seq"),
                rs.getObject("at", OffsetDateTime.class).toInstant(),
                entry,
                rs.getString("prev_hash"));
    }

    /**
     * The operation a row read from {@code audit_log} records.
     *
     * @throws IllegalArgumentException for an operation or outcome no version of Interlink writes
     */
    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getString("actor"),
                rs.getString("bureau"),
                Operation.valueOf(rs.getString("operation")),
                rs.getString("object_type"),
                rs.getString("object_id"),
                rs.getString("purpose"),
                Outcome.valueOf(rs.getString("outcome")),
                rs.getString("location"));
    }

    private static void append(StringBuilder canonical, String field) {
        canonical
                .append(field.getBytes(StandardCharsets.UTF_8).length)
                .append(':')
                .append(field);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
