package org.interlink.cyber;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.interlink.access.CurrentViewer;
import org.interlink.common.CursorPage;
import org.interlink.common.StatedPurpose;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.node.ObjectNode;

/** Cyber reports, {@code /api/v1/cyber/reports}: write one, list them, read one. Purpose: {@code X-Purpose}. */
@Tag(name = "Cyber")
@RestController
@RequestMapping("/api/v1/cyber/reports")
class CyberReportsController {

    static final int MAX_REPORT_BYTES = 256 * 1024;

    private static final String PURPOSE = "X-Purpose";

    private final CyberReports reports;

    CyberReportsController(CyberReports reports) {
        this.reports = reports;
    }

    @Operation(summary = "Write a cyber report on objects you may see, addressed to every member or chosen countries")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "{\"title\", \"description\", \"objectRefs\": [\"indicator--…\"], \"access\": {…},"
                    + " \"tlp\": \"AMBER\", \"published\": \"2026-12-07T10:00:00Z\"}",
            content = {@Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    @PostMapping(consumes = MediaType.ALL_VALUE)
    ResponseEntity<CyberReports.Created> create(
            HttpServletRequest request, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        var body = CyberController.json(CyberController.bytes(request, MAX_REPORT_BYTES));
        CyberReports.Created created =
                reports.create(CurrentViewer.get(), body, StatedPurpose.or(purpose, "intelligence sharing"));
        return ResponseEntity.created(URI.create("/api/v1/cyber/reports/" + created.id()))
                .body(created);
    }

    @Operation(summary = "The cyber reports you may see, newest first, paged")
    @GetMapping
    CursorPage<CyberReports.Summary> list(
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        return reports.list(CurrentViewer.get(), cursor, limit, StatedPurpose.or(purpose, "investigation"));
    }

    @Operation(summary = "Read a cyber report with the referenced objects you may see (404 when missing or hidden)")
    @GetMapping("/{id}")
    ObjectNode get(
            @PathVariable String id, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        return reports.get(CurrentViewer.get(), id, StatedPurpose.or(purpose, "investigation"));
    }
}
