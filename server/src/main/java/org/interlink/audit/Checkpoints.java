package org.interlink.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs checkpoints of the audit log's Merkle tree and hands them to the witnesses, every few seconds
 * ({@code interlink.audit.checkpoint-interval}, default 5 s) when the log has grown.
 *
 * <p>The tree is extended, never recomputed: the right edge of the tree ({@link MerkleTree.Frontier}) is kept in memory
 * and the new rows are appended to it after their chain is checked, so a row that was rewritten after a checkpoint is
 * never signed. On start, or when another node has signed meanwhile, the edge is rebuilt from the stored subtrees and
 * must give the root of the newest checkpoint in the witness file and in the database; if it does not, or rows it
 * covered are gone, the log was rolled back or rewritten and nothing more is signed ({@link Refused}).
 *
 * <p>Nodes sign one at a time (an advisory lock); appending to the log never waits for a checkpoint.
 */
@Service
public class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    /** Arbitrary, fixed key of the advisory lock held by the node that is signing. */
    static final long CHECKPOINT_LOCK = 0x1A7E_211DL;

    private static final int ROWS_PER_READ = 10_000;

    private final AuditTree tree;
    private final CheckpointSigner signer;
    private final WitnessFile witnessFile;
    private final List<Witness> witnesses;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    /** The tree as last signed by this node; null when it must be rebuilt. */
    private @Nullable Edge edge;

    /** The log does not match what was signed before: it was rolled back or rewritten. */
    public static class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    /** The right edge of the tree, and the hash of its last row (the next row's previous hash). */
    private static final class Edge {
        final MerkleTree.Frontier frontier;
        String lastRowHash;

        Edge(MerkleTree.Frontier frontier, String lastRowHash) {
            this.frontier = frontier;
            this.lastRowHash = lastRowHash;
        }

        boolean isAt(Optional<Checkpoint> checkpoint) {
            long size = checkpoint.map(Checkpoint::size).orElse(0L);
            return frontier.size() == size
                    && checkpoint
                            .map(c -> MessageDigest.isEqual(c.rootBytes(), frontier.root()))
                            .orElse(true);
        }
    }

    Checkpoints(
            AuditTree tree,
            CheckpointSigner signer,
            WitnessFile witnessFile,
            List<Witness> witnesses,
            JdbcTemplate jdbc,
            TransactionTemplate transactions) {
        this.tree = tree;
        this.signer = signer;
        this.witnessFile = witnessFile;
        this.witnesses = List.copyOf(witnesses);
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Scheduled(
            initialDelayString = "${interlink.audit.checkpoint-interval:5s}",
            fixedDelayString = "${interlink.audit.checkpoint-interval:5s}")
    void scheduled() {
        try {
            publish();
        } catch (Refused e) {
            log.error("AUDIT LOG TAMPERED — no checkpoint signed: {}", e.getMessage());
        } catch (RuntimeException e) {
            log.warn("Could not sign an audit checkpoint: {}", e.toString());
        }
    }

    /**
     * Signs a checkpoint of the whole log if it has grown since the last one, stores it and gives it to the witnesses.
     *
     * @return the new checkpoint; empty when the log has not grown or another node is signing
     * @throws Refused when the log no longer matches the checkpoints signed before
     */
    public synchronized Optional<Checkpoint> publish() {
        Checkpoint signed;
        try {
            signed = transactions.execute(status -> sign());
        } catch (RuntimeException e) {
            edge = null;
            throw e;
        }
        if (signed == null) {
            return Optional.empty();
        }
        for (Witness witness : witnesses) {
            try {
                witness.witness(signed);
            } catch (RuntimeException e) {
                log.error("Checkpoint {} could not be given to a witness: {}", signed.size(), e.toString());
            }
        }
        return Optional.of(signed);
    }

    private @Nullable Checkpoint sign() {
        if (!Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT pg_try_advisory_xact_lock(?)", Boolean.class, CHECKPOINT_LOCK))) {
            return null;
        }
        String logId = tree.logId();
        Optional<Checkpoint> stored = tree.latestStored(logId);
        Edge current = edge;
        if (current == null || !current.isAt(stored)) {
            current = rebuild(anchors(logId, stored));
        }
        edge = null; // until this transaction commits
        extend(current, Long.MAX_VALUE);
        if (current.frontier.size() == stored.map(Checkpoint::size).orElse(0L)) {
            edge = current;
            return null;
        }
        Checkpoint checkpoint =
                signed(logId, current.frontier.size(), HexFormat.of().formatHex(current.frontier.root()));
        tree.store(checkpoint);
        edge = current;
        return checkpoint;
    }

    private Checkpoint signed(String logId, long size, String root) {
        String time = clock.instant().truncatedTo(ChronoUnit.SECONDS).toString();
        String keyId = Checkpoint.keyIdOf(signer.publicKey());
        Checkpoint unsigned = new Checkpoint(logId, size, root, time, keyId, "");
        byte[] signature = signer.sign(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
        return new Checkpoint(
                logId, size, root, time, keyId, Base64.getEncoder().encodeToString(signature));
    }

    /**
     * The checkpoints the log must match, smallest first: the newest in the witness file and the newest in the
     * database, each signed by this key.
     *
     * @throws Refused when one of them is not signed by this key, or two of the same size differ
     */
    List<Checkpoint> anchors(String logId, Optional<Checkpoint> stored) {
        List<Checkpoint> anchors = new ArrayList<>();
        witnessFile.latest(logId).ifPresent(anchors::add);
        stored.ifPresent(anchors::add);
        anchors.sort(Comparator.comparingLong(Checkpoint::size));
        for (Checkpoint anchor : anchors) {
            if (!anchor.signedBy(signer.publicKey())) {
                throw new Refused("checkpoint " + anchor.size() + " is not signed by the audit signing key");
            }
        }
        if (anchors.size() == 2
                && anchors.get(0).size() == anchors.get(1).size()
                && !anchors.get(0).root().equals(anchors.get(1).root())) {
            throw new Refused("two signed checkpoints of size " + anchors.get(0).size() + " differ");
        }
        return anchors;
    }

    /** The anchors of this database's log, for the verifier. */
    List<Checkpoint> anchors() {
        String logId = tree.logId();
        return anchors(logId, tree.latestStored(logId));
    }

    private Edge rebuild(List<Checkpoint> anchors) {
        if (anchors.isEmpty()) {
            return new Edge(new MerkleTree.Frontier(), AuditChain.GENESIS);
        }
        Checkpoint first = anchors.getFirst();
        Edge rebuilt;
        try {
            rebuilt = new Edge(MerkleTree.Frontier.of(first.size(), tree), tree.rowHash(first.size()));
        } catch (AuditTree.MissingRows e) {
            throw new Refused("checkpoint " + first.size() + " was signed, but " + e.getMessage()
                    + ": the log was rolled back or rows were removed");
        }
        check(rebuilt, first);
        for (Checkpoint anchor : anchors.subList(1, anchors.size())) {
            extend(rebuilt, anchor.size());
            if (rebuilt.frontier.size() < anchor.size()) {
                throw new Refused("checkpoint " + anchor.size() + " was signed, but the log holds only "
                        + rebuilt.frontier.size() + " entries: it was rolled back or rows were removed");
            }
            check(rebuilt, anchor);
        }
        return rebuilt;
    }

    private static void check(Edge edge, Checkpoint anchor) {
        if (!MessageDigest.isEqual(edge.frontier.root(), anchor.rootBytes())) {
            throw new Refused("the first " + anchor.size() + " entries no longer give the root signed at "
                    + anchor.time() + ": entries were changed");
        }
    }

    /** Appends the rows after the edge, up to {@code upTo}, checking their chain, and stores completed subtrees. */
    private void extend(Edge edge, long upTo) {
        while (edge.frontier.size() < upTo) {
            List<AuditTree.Row> rows = tree.rowsAfter(edge.frontier.size(), upTo, ROWS_PER_READ);
            List<AuditTree.Node> nodes = new ArrayList<>();
            for (AuditTree.Row row : rows) {
                long expected = edge.frontier.size() + 1;
                if (row.seq() != expected) {
                    throw new Refused("row " + expected + " is missing");
                }
                if (!row.prevHash().equals(edge.lastRowHash) || !row.hash().equals(row.recomputed())) {
                    throw new Refused("row " + row.seq() + " breaks the chain");
                }
                edge.frontier.append(MerkleTree.leafOfRow(row.hash()), (level, index, hash) -> {
                    if (level >= AuditTree.STORED_LEVEL) {
                        nodes.add(new AuditTree.Node(level, index, hash));
                    }
                });
                edge.lastRowHash = row.hash();
            }
            tree.store(nodes);
            if (rows.size() < ROWS_PER_READ) {
                return;
            }
        }
    }

    /** The newest checkpoint stored, as served to witnesses that poll. */
    public Optional<Checkpoint> latest() {
        return tree.latestStored(tree.logId());
    }

    /** The public key that verifies checkpoints, as X.509 PEM. */
    public String publicKeyPem() {
        return KeyFileSigner.publicKeyPem(signer.publicKey());
    }

    /**
     * The proof that entry {@code seq} is in the tree of a signed checkpoint: the one of {@code size} entries if given,
     * else the newest.
     *
     * @throws org.interlink.common.NotFoundException when there is no such entry or checkpoint
     * @throws org.interlink.common.ConflictException (409) when no checkpoint covers the entry yet
     */
    public InclusionProof proof(long seq, @Nullable Long size) {
        String logId = tree.logId();
        Optional<Checkpoint> chosen = size == null ? tree.latestStored(logId) : tree.stored(logId, size);
        if (size != null && chosen.isEmpty()) {
            throw new org.interlink.common.NotFoundException("checkpoint", Long.toString(size));
        }
        List<InclusionProof.Entry> entries = jdbc.query(
                "SELECT seq, at, actor, bureau, operation, object_type, object_id, purpose, outcome, location, prev_hash,"
                        + " hash"
                        + " FROM audit_log WHERE seq = ?",
                (rs, i) -> new InclusionProof.Entry(
                        rs.getLong("seq"),
                        rs.getObject("at", java.time.OffsetDateTime.class)
                                .toInstant()
                                .toString(),
                        rs.getString("actor"),
                        rs.getString("bureau"),
                        rs.getString("operation"),
                        rs.getString("object_type"),
                        rs.getString("object_id"),
                        rs.getString("purpose"),
                        rs.getString("outcome"),
                        rs.getString("prev_hash"),
                        rs.getString("hash")),
                seq);
        if (entries.isEmpty()) {
            throw new org.interlink.common.NotFoundException("audit entry", Long.toString(seq));
        }
        Checkpoint checkpoint = chosen.filter(c -> c.size() >= seq)
                .orElseThrow(() -> new org.interlink.common.ConflictException(
                        409,
                        "entry " + seq + " is not covered by "
                                + (size == null
                                        ? "a signed checkpoint yet; ask again in a few seconds"
                                        : "the checkpoint of size " + size)));
        List<String> path = MerkleTree.inclusionPath(seq - 1, 0, checkpoint.size(), tree).stream()
                .map(HexFormat.of()::formatHex)
                .toList();
        return new InclusionProof(checkpoint, entries.getFirst(), seq - 1, path);
    }
}
