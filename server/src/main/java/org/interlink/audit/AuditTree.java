package org.interlink.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The Merkle tree's storage: leaves are read from {@code audit_log}, hashes of perfect subtrees of {@value #BLOCK}
 * leaves and more from {@code audit_tree_node} (written as checkpoints extend the tree), so any subtree's hash costs at
 * most a few hundred rows and a few dozen lookups. Nothing here is trusted: whatever it answers is checked against a
 * signed root.
 */
@Component
class AuditTree implements MerkleTree.Subtrees {

    /** Subtrees of this many leaves (2^{@value #STORED_LEVEL}) and more are stored; smaller ones are hashed anew. */
    static final int BLOCK = 256;

    static final int STORED_LEVEL = 8;

    private final JdbcTemplate jdbc;

    AuditTree(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The log's rows are not all there: the tree over them cannot be built. */
    static class MissingRows extends RuntimeException {
        MissingRows(String message) {
            super(message);
        }
    }

    /** A stored perfect subtree. */
    record Node(int level, long index, byte[] hash) {}

    /** The high-water mark: the last sequence number handed out and that row's hash. */
    record Head(long seq, String hash) {}

    /** One row as the chain stores it. */
    record Row(long seq, String prevHash, String hash, String recomputed) {}

    @Override
    public byte[] hash(long start, long end) {
        long n = end - start;
        if (n <= BLOCK) {
            return MerkleTree.root(leaves(start, end));
        }
        if (Long.bitCount(n) == 1 && start % n == 0) {
            int level = Long.numberOfTrailingZeros(n);
            List<byte[]> stored = jdbc.query(
                    "SELECT hash FROM audit_tree_node WHERE level = ? AND idx = ?",
                    (rs, i) -> rs.getBytes(1),
                    level,
                    start >> level);
            if (!stored.isEmpty()) {
                return stored.getFirst();
            }
        }
        long k = MerkleTree.split(n);
        return MerkleTree.nodeHash(hash(start, start + k), hash(start + k, end));
    }

    /** The leaf hashes of leaves {@code [start, end)}, i.e. of the rows with sequence numbers start+1 … end. */
    private List<byte[]> leaves(long start, long end) {
        List<byte[]> leaves = new ArrayList<>((int) (end - start));
        jdbc.query(
                "SELECT seq, hash FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq",
                (ResultSet rs) -> {
                    long expected = start + leaves.size() + 1;
                    if (rs.getLong("seq") != expected) {
                        throw new MissingRows("row " + expected + " is missing");
                    }
                    leaves.add(MerkleTree.leafOfRow(rs.getString("hash")));
                },
                start,
                end);
        if (leaves.size() != end - start) {
            throw new MissingRows("row " + (start + leaves.size() + 1) + " is missing");
        }
        return leaves;
    }

    /** Up to {@code limit} rows after {@code seq}, in order, each with the hash its content gives. */
    List<Row> rowsAfter(long seq, long upTo, int limit) {
        return jdbc.query(
                "SELECT seq, at, actor, bureau, operation, object_type, object_id, purpose, outcome, location, prev_hash,"
                        + " hash"
                        + " FROM audit_log WHERE seq > ? AND seq <= ? ORDER BY seq LIMIT ?",
                (rs, i) -> row(rs),
                seq,
                upTo,
                limit);
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong("seq"), rs.getString("prev_hash"), rs.getString("hash"), AuditChain.recompute(rs));
    }

    /** The chain hash of row {@code seq}; the genesis hash for 0. */
    String rowHash(long seq) {
        if (seq == 0) {
            return AuditChain.GENESIS;
        }
        List<String> hash = jdbc.queryForList("SELECT hash FROM audit_log WHERE seq = ?", String.class, seq);
        if (hash.isEmpty()) {
            throw new MissingRows("row " + seq + " is missing");
        }
        return hash.getFirst();
    }

    void store(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "INSERT INTO audit_tree_node (level, idx, hash) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                nodes,
                nodes.size(),
                (statement, node) -> {
                    statement.setInt(1, node.level());
                    statement.setLong(2, node.index());
                    statement.setBytes(3, node.hash());
                });
    }

    Head head() {
        return jdbc.queryForObject(
                "SELECT seq, hash FROM audit_head", (rs, i) -> new Head(rs.getLong("seq"), rs.getString("hash")));
    }

    String logId() {
        return jdbc.queryForObject("SELECT id::text FROM audit_log_identity", String.class);
    }

    Optional<Checkpoint> latestStored(String log) {
        return jdbc
                .query(
                        "SELECT size, root, at, key_id, signature FROM audit_checkpoint ORDER BY size DESC LIMIT 1",
                        (rs, i) -> checkpoint(rs, log))
                .stream()
                .findFirst();
    }

    Optional<Checkpoint> stored(String log, long size) {
        return jdbc
                .query(
                        "SELECT size, root, at, key_id, signature FROM audit_checkpoint WHERE size = ?",
                        (rs, i) -> checkpoint(rs, log),
                        size)
                .stream()
                .findFirst();
    }

    void store(Checkpoint checkpoint) {
        jdbc.update(
                "INSERT INTO audit_checkpoint (size, root, at, key_id, signature) VALUES (?, ?, ?::timestamptz, ?, ?)",
                checkpoint.size(),
                checkpoint.root(),
                checkpoint.time(),
                checkpoint.keyId(),
                checkpoint.signature());
    }

    private static Checkpoint checkpoint(ResultSet rs, String log) throws SQLException {
        return new Checkpoint(
                log,
                rs.getLong("size"),
                rs.getString("root"),
                rs.getObject("at", java.time.OffsetDateTime.class).toInstant().toString(),
                rs.getString("key_id"),
                rs.getString("signature"));
    }
}
