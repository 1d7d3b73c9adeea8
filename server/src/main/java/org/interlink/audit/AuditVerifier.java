package org.interlink.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from the first row and names the first row that was changed (its hash no longer matches its
 * content), removed (a sequence number is missing) or reordered (a row's previous hash is not its predecessor's hash).
 *
 * <p>Streams the rows with a cursor: memory stays flat however long the log is.
 */
@Service
public class AuditVerifier {

    private final JdbcTemplate jdbc;

    AuditVerifier(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        Walk walk = new Walk();
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(5_000);
        streaming.query(
                "SELECT seq, at, actor, bureau, operation, object_type, object_id, purpose, outcome, location, prev_hash,"
                        + " hash"
                        + " FROM audit_log ORDER BY seq",
                walk::accept);
        return walk.verdict();
    }

    /** The state of one pass over the chain. */
    private static final class Walk {
        private long entries;
        private long expectedSeq = 1;
        private String previousHash = AuditChain.GENESIS;
        private @Nullable AuditVerification broken;

        void accept(ResultSet rs) throws SQLException {
            entries++;
            if (broken != null) {
                return;
            }
            long seq = rs.getLong("seq");
            if (seq != expectedSeq) {
                broken = AuditVerification.broken(
                        entries, expectedSeq, "row " + expectedSeq + " is missing (next row found is " + seq + ")");
                return;
            }
            String storedPrevious = rs.getString("prev_hash");
            if (!previousHash.equals(storedPrevious)) {
                broken = AuditVerification.broken(
                        entries, seq, "row " + seq + " does not follow its predecessor (removed or reordered rows)");
                return;
            }
            String stored = rs.getString("hash");
            if (!stored.equals(recompute(rs, seq, storedPrevious))) {
                broken = AuditVerification.broken(entries, seq, "row " + seq + " was changed after it was written");
                return;
            }
            previousHash = stored;
            expectedSeq++;
        }

        private static String recompute(ResultSet rs, long seq, String previous) throws SQLException {
            AuditEntry entry;
            try {
                entry = new AuditEntry(
                        rs.getString("actor"),
                        rs.getString("bureau"),
                        Operation.valueOf(rs.getString("operation")),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("purpose"),
                        Outcome.valueOf(rs.getString("outcome")),
                        rs.getString("location"));
            } catch (IllegalArgumentException e) {
                return "an operation or outcome no version of Interlink writes";
            }
            return AuditChain.hash(seq, rs.getObject("at", OffsetDateTime.class).toInstant(), entry, previous);
        }

        AuditVerification verdict() {
            return broken != null
                    ? new AuditVerification(false, entries, broken.firstInvalid(), broken.problem())
                    : AuditVerification.intact(entries);
        }
    }
}
