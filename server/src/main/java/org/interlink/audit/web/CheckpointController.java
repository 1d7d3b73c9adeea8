package org.interlink.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Checkpoint;
import org.interlink.audit.Checkpoints;
import org.interlink.audit.InclusionProof;
import org.interlink.audit.Outcome;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Signed checkpoints of the audit log for witnesses that poll (any signed-in caller: a checkpoint holds only a size, a
 * root hash and a time), and inclusion proofs of single entries for the General Secretariat and auditors.
 */
@Tag(name = "Audit")
@RestController
@RequestMapping("/api/v1/audit")
class CheckpointController {

    private final Checkpoints checkpoints;
    private final AuditLog log;

    CheckpointController(Checkpoints checkpoints, AuditLog log) {
        this.checkpoints = checkpoints;
        this.log = log;
    }

    @Operation(
            summary = "The newest signed checkpoint of the audit log (tree size, root hash, time, Ed25519 signature)")
    @GetMapping("/checkpoints/latest")
    Checkpoint latest() {
        Viewer viewer = CurrentViewer.get();
        Checkpoint latest = checkpoints.latest().orElse(null);
        log.record(entry(
                viewer,
                org.interlink.audit.Operation.READ,
                "audit-checkpoint",
                latest == null ? "" : Long.toString(latest.size()),
                latest == null ? Outcome.NOT_FOUND : Outcome.SUCCESS));
        if (latest == null) {
            throw new NotFoundException("checkpoint", "latest");
        }
        return latest;
    }

    @Operation(summary = "The public key that verifies checkpoints (X.509 PEM)")
    @GetMapping(value = "/checkpoints/public-key", produces = MediaType.TEXT_PLAIN_VALUE)
    String publicKey() {
        return checkpoints.publicKeyPem();
    }

    @Operation(
            summary =
                    "Proof that an entry is in the log a signed checkpoint describes (General Secretariat or auditor)")
    @GetMapping("/entries/{seq}/proof")
    InclusionProof proof(@PathVariable String seq, @RequestParam(required = false) @Nullable String size) {
        Viewer viewer = CurrentViewer.get();
        long entry = positive("seq", seq);
        Long treeSize = size == null ? null : positive("size", size);
        if (!viewer.isGeneralSecretariat() && !viewer.hasRole("AUDITOR")) {
            // answered as a missing entry: who may not see the log learns nothing of it
            log.record(entry(viewer, org.interlink.audit.Operation.READ, "audit-entry", seq, Outcome.NOT_FOUND));
            throw new NotFoundException("audit entry", seq);
        }
        try {
            InclusionProof proof = checkpoints.proof(entry, treeSize);
            log.record(entry(viewer, org.interlink.audit.Operation.READ, "audit-entry", seq, Outcome.SUCCESS));
            return proof;
        } catch (NotFoundException e) {
            log.record(entry(viewer, org.interlink.audit.Operation.READ, "audit-entry", seq, Outcome.NOT_FOUND));
            throw e;
        } catch (RuntimeException e) {
            log.record(entry(viewer, org.interlink.audit.Operation.READ, "audit-entry", seq, Outcome.FAILED));
            throw e;
        }
    }

    private static long positive(String field, String value) {
        try {
            long number = Long.parseLong(value);
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException(field, "must be a whole number from 1");
    }

    private static AuditEntry entry(
            Viewer viewer, org.interlink.audit.Operation operation, String type, String id, Outcome outcome) {
        return new AuditEntry(viewer.actor(), viewer.bureau(), operation, type, id, "audit", outcome);
    }
}
