package org.interlink.audit;

import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Walks the chain from the first row and names the first row that was changed (its hash no longer matches its
 * content), removed (a sequence number is missing) or reordered (a row's previous hash is not its predecessor's hash);
 * then checks what the chain alone cannot show:
 *
 * <ul>
 *   <li>the newest rows are all there: the last row is the high-water mark {@code audit_head};
 *   <li>the log is the one that was signed: the Merkle tree over its first {@code n} rows has the root of the newest
 *       signed checkpoint of {@code n} entries, in the witness file (outside the database) and in the database. A
 *       rewritten and re-chained row, or a database restored from an older backup, fails here.
 * </ul>
 *
 * <p>Streams the rows with a cursor: memory stays flat however long the log is.
 */
@Service
public class AuditVerifier {

    private final JdbcTemplate jdbc;
    private final AuditTree tree;
    private final Checkpoints checkpoints;

    AuditVerifier(JdbcTemplate jdbc, AuditTree tree, Checkpoints checkpoints) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.checkpoints = checkpoints;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        AuditTree.Head head = tree.head();
        List<Checkpoint> anchors;
        try {
            anchors = checkpoints.anchors();
        } catch (Checkpoints.Refused e) {
            return AuditVerification.broken(0, 1, e.getMessage());
        }
        Walk walk = new Walk(head, anchors);
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
        private final AuditTree.Head head;
        private final List<Checkpoint> anchors;
        private final MerkleTree.Frontier tree = new MerkleTree.Frontier();
        private int nextAnchor;
        private long entries;
        private long expectedSeq = 1;
        private String previousHash = AuditChain.GENESIS;
        private boolean headSeen;
        private @Nullable AuditVerification broken;

        Walk(AuditTree.Head head, List<Checkpoint> anchors) {
            this.head = head;
            this.anchors = anchors;
        }

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
            if (!stored.equals(AuditChain.recompute(rs))) {
                broken = AuditVerification.broken(entries, seq, "row " + seq + " was changed after it was written");
                return;
            }
            if (seq == head.seq()) {
                headSeen = stored.equals(head.hash());
            }
            tree.append(MerkleTree.leafOfRow(stored), (level, index, hash) -> {});
            checkAnchorsAt(seq);
            previousHash = stored;
            expectedSeq++;
        }

        /** Every checkpoint of {@code size} entries must have the root of the tree over the first {@code size} rows. */
        private void checkAnchorsAt(long size) {
            while (broken == null
                    && nextAnchor < anchors.size()
                    && anchors.get(nextAnchor).size() == size) {
                Checkpoint anchor = anchors.get(nextAnchor++);
                if (!MessageDigest.isEqual(tree.root(), anchor.rootBytes())) {
                    long from = nextAnchor >= 2 ? anchors.get(nextAnchor - 2).size() + 1 : 1;
                    broken = AuditVerification.broken(
                            entries,
                            from,
                            "entries " + from + " to " + size + " do not give the root signed at " + anchor.time()
                                    + " for " + size + " entries: an entry was changed and the chain recomputed");
                }
            }
        }

        AuditVerification verdict() {
            if (broken != null) {
                return new AuditVerification(false, entries, broken.firstInvalid(), broken.problem());
            }
            long last = expectedSeq - 1;
            if (last < head.seq() || (head.seq() > 0 && !headSeen)) {
                return AuditVerification.broken(
                        entries,
                        last + 1,
                        "rows " + (last + 1) + " to " + head.seq() + " were removed: the log's last row is " + last
                                + " but its high-water mark is " + head.seq());
            }
            if (nextAnchor < anchors.size()) {
                Checkpoint anchor = anchors.getLast();
                return AuditVerification.broken(
                        entries,
                        last + 1,
                        "a checkpoint of " + anchor.size() + " entries was signed at " + anchor.time()
                                + ", but the log holds " + last + ": rows were removed or an older backup restored");
            }
            return AuditVerification.intact(entries);
        }
    }
}
