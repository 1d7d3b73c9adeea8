package org.interlink.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntries;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.AuditLog;
import org.interlink.audit.AuditQuery;
import org.interlink.audit.AuditVerifier;
import org.interlink.audit.LogWindow;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.json.JsonMapper;

/**
 * The auditor's page: the log filtered and paged (newest first), the export of what the filters match, and, on
 * request, a verification of the whole chain.
 */
@Controller
class AuditPage {

    private final AuditLog log;
    private final AuditVerifier verifier;
    private final AuditEntries entries;
    private final AuditJournal journal;
    private final JsonMapper json;

    AuditPage(AuditLog log, AuditVerifier verifier, AuditEntries entries, AuditJournal journal, JsonMapper json) {
        this.log = log;
        this.verifier = verifier;
        this.entries = entries;
        this.journal = journal;
        this.json = json;
    }

    @GetMapping("/audit")
    String page(
            AuditFilters filters,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable String newer,
            Model model,
            HttpServletResponse response) {
        Viewer viewer = allowed();
        model.addAttribute("entries", log.size());
        model.addAttribute("operations", Operation.values());
        try {
            AuditQuery query = filters.query();
            AuditEntries.checkCursor(cursor);
            AuditEntries.checkCursor(newer);
            journal.record(AuditReading.entry(viewer, Operation.LIST, query, null, Outcome.SUCCESS));
            LogWindow window = newer != null && !newer.isBlank()
                    ? entries.newer(query, newer, AuditReading.DEFAULT_LIMIT)
                    : entries.older(query, cursor, AuditReading.DEFAULT_LIMIT);
            model.addAttribute("window", window);
            model.addAttribute("query", query.toQueryString());
            model.addAttribute("filtered", !query.filters().isEmpty());
        } catch (InvalidInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("errors", e.errors());
        }
        return "audit";
    }

    /** The export button: the same NDJSON as the API's export, for the filters on the page. */
    @GetMapping(value = "/audit/export", produces = "application/x-ndjson")
    void export(AuditFilters filters, HttpServletResponse response) throws IOException {
        Viewer viewer = allowed();
        AuditQuery query = filters.query();
        journal.record(AuditReading.entry(viewer, Operation.EXPORT, query, null, Outcome.SUCCESS));
        AuditReading.ndjson(response, json, entries, query);
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
        if (!AuditReading.mayRead(viewer)) {
            throw new NotFoundException("page", "audit");
        }
        return viewer;
    }
}
