package org.interlink.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.AuditVerification;
import org.interlink.audit.AuditVerifier;
import org.interlink.audit.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

@Tag(name = "Audit")
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {

    private final AuditVerifier verifier;
    private final AuditLog log;

    AuditController(AuditVerifier verifier, AuditLog log) {
        this.verifier = verifier;
        this.log = log;
    }

    @Operation(summary = "Verify the audit chain (auditors)")
    @GetMapping("/verify")
    AuditVerification verify() {
        Viewer viewer = CurrentViewer.get();
        if (!AuditReading.mayRead(viewer)) {
            log.record(entry(viewer, Outcome.DENIED));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an auditor may verify the audit log");
        }
        log.record(entry(viewer, Outcome.SUCCESS));
        return verifier.verify();
    }

    private static AuditEntry entry(Viewer viewer, Outcome outcome) {
        return new AuditEntry(
                viewer.actor(),
                viewer.bureau(),
                org.interlink.audit.Operation.AUDIT_VERIFY,
                "audit-log",
                "",
                "audit",
                outcome);
    }
}
