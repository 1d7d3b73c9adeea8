package org.interlink.audit;

import java.security.PublicKey;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Proof that one audit entry is in the log a signed checkpoint describes: the entry as stored, its leaf index ({@code
 * seq - 1}) and the RFC 9162 audit path (hex hashes, deepest first) from its leaf to the checkpoint's root. Checkable
 * with the public key alone ({@link #problem}), e.g. by {@code java -jar interlink-server.jar verify-audit --proof=…
 * --public-key=…}.
 */
public record InclusionProof(Checkpoint checkpoint, Entry entry, long leafIndex, List<String> auditPath) {

    /** The entry as the log stores it; {@code hash} is its chain hash, the leaf's data. */
    public record Entry(
            long seq,
            String at,
            String actor,
            String bureau,
            String operation,
            String objectType,
            String objectId,
            String purpose,
            String outcome,
            String prevHash,
            String hash) {}

    /** What is wrong with this proof, checked against {@code key}; empty when it proves the entry. */
    public Optional<String> problem(PublicKey key) {
        if (!checkpoint.signedBy(key)) {
            return Optional.of("the checkpoint is not signed by this key");
        }
        String recomputed;
        try {
            recomputed = AuditChain.hash(
                    entry.seq(),
                    Instant.parse(entry.at()),
                    new AuditEntry(
                            entry.actor(),
                            entry.bureau(),
                            Operation.valueOf(entry.operation()),
                            entry.objectType(),
                            entry.objectId(),
                            entry.purpose(),
                            Outcome.valueOf(entry.outcome())),
                    entry.prevHash());
        } catch (RuntimeException e) {
            return Optional.of("the entry cannot be read: " + e.getMessage());
        }
        if (!recomputed.equals(entry.hash())) {
            return Optional.of("entry " + entry.seq() + " does not hash to its stated hash: it was changed");
        }
        if (leafIndex != entry.seq() - 1) {
            return Optional.of("the leaf index is not the entry's");
        }
        List<byte[]> path;
        try {
            path = auditPath.stream().map(HexFormat.of()::parseHex).toList();
        } catch (IllegalArgumentException e) {
            return Optional.of("the audit path is not hexadecimal");
        }
        if (!MerkleTree.verifyInclusion(
                leafIndex, checkpoint.size(), MerkleTree.leafOfRow(entry.hash()), path, checkpoint.rootBytes())) {
            return Optional.of(
                    "entry " + entry.seq() + " is not in the tree of the checkpoint of size " + checkpoint.size());
        }
        return Optional.empty();
    }
}
