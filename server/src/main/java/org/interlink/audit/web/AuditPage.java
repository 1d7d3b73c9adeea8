package org.interlink.audit.web;

import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.AuditVerifier;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.NotFoundException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The auditor's page: the size of the log and, on request, a verification of the whole chain. */
@Controller
class AuditPage {

    private final AuditLog log;
    private final AuditVerifier verifier;

    AuditPage(AuditLog log, AuditVerifier verifier) {
        this.log = log;
        this.verifier = verifier;
    }

    @GetMapping("/audit")
    String page(Model model) {
        allowed();
        model.addAttribute("entries", log.size());
        return "audit";
    }

    /** htmx: verifies the chain and answers the verdict fragment. */
    @PostMapping("/audit/verify")
    String verify(Model model) {
        Viewer viewer = allowed();
        log.record(new AuditEntry(
                viewer.actor(), viewer.bureau(), Operation.AUDIT_VERIFY, "audit-log", "", "audit", Outcome.SUCCESS));
        model.addAttribute("verdict", verifier.verify());
        return "audit :: verdict";
    }

    /** Anyone else is told there is no such page. */
    private static Viewer allowed() {
        Viewer viewer = CurrentViewer.get();
        if (!viewer.isGeneralSecretariat() && !viewer.hasRole("AUDITOR")) {
            throw new NotFoundException("page", "audit");
        }
        return viewer;
    }
}
