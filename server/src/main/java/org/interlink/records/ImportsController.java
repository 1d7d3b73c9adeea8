package org.interlink.records;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.interlink.access.CurrentViewer;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bulk imports: {@code POST /api/v1/imports/{persons,documents,vehicles}} with NDJSON (one create body per line,
 * streamed, idempotent by {@code externalId}), {@code POST /api/v1/imports/un-consolidated} with the UN list's XML
 * (General Secretariat), and {@code GET /api/v1/imports/{id}} for an import's progress.
 */
@Tag(name = "Records")
@RestController
@RequestMapping("/api/v1/imports")
class ImportsController {

    private final Imports imports;
    private final UnListImport unList;

    ImportsController(Imports imports, UnListImport unList) {
        this.imports = imports;
        this.unList = unList;
    }

    @Operation(summary = "Import NDJSON, one create body per line: bad lines are reported, the rest kept")
    @RequestBody(
            required = true,
            description = "One create body (a JSON object) per line",
            content = {
                @Content(mediaType = "application/x-ndjson", schema = @Schema(type = "string", format = "binary"))
            })
    @PostMapping(value = "/{collection:persons|documents|vehicles}", consumes = MediaType.ALL_VALUE)
    ImportReport importNdjson(
            @PathVariable String collection,
            HttpServletRequest request,
            @RequestHeader(value = "X-Purpose", required = false) @Nullable String purpose) {
        try (InputStream in = request.getInputStream()) {
            return imports.importNdjson(
                    CurrentViewer.get(), RecordsController.kind(collection), in, Purposes.of(purpose, "bulk import"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "Import the UN Security Council Consolidated List (its official XML); General Secretariat")
    @RequestBody(
            required = true,
            description = "The UN Security Council Consolidated List in its official XML",
            content = {@Content(mediaType = "application/xml", schema = @Schema(type = "string", format = "binary"))})
    @PostMapping(value = "/un-consolidated", consumes = MediaType.ALL_VALUE)
    ImportReport importUnList(HttpServletRequest request) {
        try (InputStream in = request.getInputStream()) {
            return unList.run(CurrentViewer.get(), in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Operation(summary = "An import's progress and report")
    @GetMapping("/{id}")
    ImportReport status(@PathVariable String id) {
        return imports.report(CurrentViewer.get(), id);
    }
}
