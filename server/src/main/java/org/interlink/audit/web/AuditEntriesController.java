package org.interlink.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntries;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.AuditQuery;
import org.interlink.audit.LogWindow;
import org.interlink.audit.LoggedEntry;
import org.interlink.audit.Outcome;
import org.interlink.common.CursorPage;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.json.JsonMapper;

/** The audit log for auditors and national audit systems: filtered pages and an NDJSON export. */
@Tag(name = "Audit")
@RestController
@RequestMapping("/api/v1/audit/entries")
class AuditEntriesController {

    private final AuditEntries entries;
    private final AuditJournal journal;
    private final JsonMapper json;

    AuditEntriesController(AuditEntries entries, AuditJournal journal, JsonMapper json) {
        this.entries = entries;
        this.journal = journal;
        this.json = json;
    }

    @Operation(summary = "Audit log entries, newest first, filtered and paged with a cursor (auditors)")
    @GetMapping
    CursorPage<LoggedEntry> list(
            @ParameterObject AuditFilters filters,
            @RequestParam(required = false) @Nullable String limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestHeader(name = AuditReading.PURPOSE, required = false) @Nullable String reason) {
        Viewer viewer = auditor(org.interlink.audit.Operation.LIST);
        AuditQuery query = filters.query();
        int size = AuditReading.limit(limit);
        AuditEntries.checkCursor(cursor);
        journal.record(AuditReading.entry(viewer, org.interlink.audit.Operation.LIST, query, reason, Outcome.SUCCESS));
        LogWindow window = entries.older(query, cursor, size);
        return new CursorPage<>(window.items(), window.olderCursor());
    }

    @Operation(summary = "Every matching audit log entry as NDJSON, newest first, streamed (auditors)")
    @GetMapping(value = "/export", produces = "application/x-ndjson")
    void export(
            @ParameterObject AuditFilters filters,
            @RequestHeader(name = AuditReading.PURPOSE, required = false) @Nullable String reason,
            HttpServletResponse response)
            throws IOException {
        Viewer viewer = auditor(org.interlink.audit.Operation.EXPORT);
        AuditQuery query = filters.query();
        journal.record(
                AuditReading.entry(viewer, org.interlink.audit.Operation.EXPORT, query, reason, Outcome.SUCCESS));
        AuditReading.ndjson(response, json, entries, query);
    }

    /** A caller without the auditor role is refused for its role (403), and the refusal is recorded. */
    private Viewer auditor(org.interlink.audit.Operation operation) {
        Viewer viewer = CurrentViewer.get();
        if (!AuditReading.mayRead(viewer)) {
            journal.record(AuditReading.entry(viewer, operation, AuditQuery.ALL, null, Outcome.DENIED));
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only an auditor may read the audit log");
        }
        return viewer;
    }
}
