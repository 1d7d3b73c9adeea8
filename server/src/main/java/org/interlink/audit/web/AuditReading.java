package org.interlink.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntries;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditQuery;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** What the API and the page share when an auditor reads the log: who may, how it is recorded, the export format. */
final class AuditReading {

    static final String PURPOSE = "X-Purpose";
    static final int DEFAULT_LIMIT = 50;

    private AuditReading() {}

    /**
     * Reading the log is the auditor's role alone: the General Secretariat's system client {@code gs} holds it; an
     * administrator, a reviewer or an officer does not (they are what the log watches).
     */
    static boolean mayRead(Viewer viewer) {
        return viewer.hasRole("AUDITOR");
    }

    /** The row recording a reading of the log; its object id is the filter used, so a search is itself traceable. */
    static AuditEntry entry(
            Viewer viewer, Operation operation, AuditQuery query, @Nullable String purpose, Outcome outcome) {
        return new AuditEntry(
                viewer.actor(),
                viewer.bureau(),
                operation,
                "audit-log",
                query.toQueryString(),
                purpose == null || purpose.isBlank() ? "audit" : purpose.strip(),
                outcome);
    }

    static int limit(@Nullable String limit) {
        if (limit == null || limit.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int size = Integer.parseInt(limit.strip());
            if (size >= 1 && size <= AuditEntries.MAX_LIMIT) {
                return size;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidInputException("limit", "must be a whole number from 1 to " + AuditEntries.MAX_LIMIT);
    }

    /** Streams the matching rows as NDJSON, one entry a line, in the API's JSON form. */
    static void ndjson(HttpServletResponse response, JsonMapper json, AuditEntries entries, AuditQuery query)
            throws IOException {
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.ndjson\"");
        OutputStream out = response.getOutputStream();
        entries.export(query, entry -> {
            try {
                out.write(json.writeValueAsBytes(entry));
                out.write('\n');
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }
}
