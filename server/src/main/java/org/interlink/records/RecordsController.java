package org.interlink.records;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.interlink.common.CursorPage;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The records API: {@code /api/v1/{persons,documents,vehicles,firearms,artworks}}. Create (201 with Location and
 * ETag), read, replace with {@code If-Match}, delete; lists with filters and cursors, counts, NDJSON export, history and
 * photos. The purpose of each call is the {@code X-Purpose} header.
 */
@Tag(name = "Records")
@RestController
@RequestMapping("/api/v1/{collection:persons|documents|vehicles|firearms|artworks}")
class RecordsController {

    private static final String PURPOSE = "X-Purpose";

    private final Records records;

    RecordsController(Records records) {
        this.records = records;
    }

    @Operation(summary = "Create a record; a document only by its issuing country's bureau (or the GS)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "The record, as a JSON object of the collection's fields",
            content = {@Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    @PostMapping(consumes = MediaType.ALL_VALUE)
    ResponseEntity<JsonNode> create(
            @PathVariable String collection,
            HttpServletRequest request,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        RecordKind kind = kind(collection);
        Viewer viewer = CurrentViewer.get();
        String body = Bodies.text(request, Bodies.MAX_RECORD_BYTES);
        StoredRecord created =
                records.create(viewer, records.parse(kind, body, viewer), Purposes.of(purpose, Purposes.WRITE));
        return ResponseEntity.created(URI.create("/api/v1/" + collection + "/" + created.id()))
                .eTag(created.etag())
                .body(RecordView.json(created));
    }

    @Operation(summary = "Read a record (404 when missing or not visible to you)")
    @GetMapping("/{id}")
    ResponseEntity<JsonNode> read(
            @PathVariable String collection,
            @PathVariable String id,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        StoredRecord record =
                records.read(CurrentViewer.get(), kind(collection), id, Purposes.of(purpose, Purposes.READ));
        return ResponseEntity.ok().eTag(record.etag()).body(RecordView.json(record));
    }

    @Operation(summary = "Replace a record: If-Match with its ETag is required (428 without, 412 when stale)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "The whole record, as a JSON object of the collection's fields",
            content = {@Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    @PutMapping(value = "/{id}", consumes = MediaType.ALL_VALUE)
    ResponseEntity<JsonNode> replace(
            @PathVariable String collection,
            @PathVariable String id,
            @Parameter(description = "the ETag (version) you read, e.g. \"3\"")
                    @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                    @Nullable
                    String ifMatch,
            HttpServletRequest request,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        RecordKind kind = kind(collection);
        long expected = expectedVersion(ifMatch);
        Viewer viewer = CurrentViewer.get();
        Validated validated = records.parse(kind, Bodies.text(request, Bodies.MAX_RECORD_BYTES), viewer);
        StoredRecord next =
                records.replace(viewer, kind, id, expected, validated, Purposes.of(purpose, Purposes.WRITE));
        return ResponseEntity.ok().eTag(next.etag()).body(RecordView.json(next));
    }

    @Operation(
            summary = "Delete a record for good (its owner only), saying why; only an audit row keeps its id and the"
                    + " reason")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable String collection,
            @PathVariable String id,
            @Parameter(
                            description = "why the record is deleted for good (at most 200 characters); required unless"
                                    + " X-Purpose says it")
                    @RequestParam(required = false)
                    @Nullable
                    String reason,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        // A client that states its purpose already says why: that is the reason when none is given.
        String why = reason == null || reason.isBlank() ? Purposes.of(purpose, "") : reason;
        records.delete(CurrentViewer.get(), kind(collection), id, why);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "List the records you may see, newest first, with filters and a cursor")
    @GetMapping
    CursorPage<JsonNode> list(
            @PathVariable String collection,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String updatedSince,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        RecordFilter filter = filter(collection, q, country, status, category, updatedSince, mine);
        CursorPage<StoredRecord> page =
                records.list(CurrentViewer.get(), filter, limit, cursor, Purposes.of(purpose, Purposes.READ));
        return new CursorPage<>(
                page.items().stream().map(r -> (JsonNode) RecordView.json(r)).toList(), page.nextCursor());
    }

    @Operation(summary = "Count the records you may see, with the list's filters")
    @GetMapping("/count")
    Map<String, Long> count(
            @PathVariable String collection,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String updatedSince,
            @RequestParam(defaultValue = "false") boolean mine) {
        return Map.of(
                "count",
                records.count(
                        CurrentViewer.get(), filter(collection, q, country, status, category, updatedSince, mine)));
    }

    @Operation(summary = "Export the records you may see as NDJSON, one record per line (audited)")
    @GetMapping(value = "/export", produces = "application/x-ndjson")
    void export(
            @PathVariable String collection,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String updatedSince,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose,
            HttpServletResponse response)
            throws IOException {
        RecordFilter filter = filter(collection, q, country, status, category, updatedSince, mine);
        response.setContentType("application/x-ndjson");
        response.setCharacterEncoding("UTF-8");
        OutputStream out = response.getOutputStream();
        records.export(
                CurrentViewer.get(),
                filter,
                record -> {
                    try {
                        out.write(RecordJson.write(RecordView.json(record)).getBytes(StandardCharsets.UTF_8));
                        out.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                },
                Purposes.of(purpose, Purposes.READ));
        out.flush();
    }

    @Operation(summary = "Every version of a record: who changed what, when and why")
    @GetMapping("/{id}/history")
    List<JsonNode> history(
            @PathVariable String collection,
            @PathVariable String id,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        List<RecordRows.Version> versions =
                records.history(CurrentViewer.get(), kind(collection), id, Purposes.of(purpose, Purposes.READ));
        return History.describe(versions);
    }

    @Operation(summary = "The photos of a person or work of art: numbers and types")
    @GetMapping("/{id}/photos")
    List<RecordRows.Photo> photos(
            @PathVariable String collection,
            @PathVariable String id,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        return records.photos(CurrentViewer.get(), kind(collection), id, Purposes.of(purpose, Purposes.READ));
    }

    @Operation(summary = "One photo")
    @GetMapping("/{id}/photos/{n}")
    ResponseEntity<byte[]> photo(
            @PathVariable String collection,
            @PathVariable String id,
            @PathVariable int n,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        byte[] bytes = records.photo(CurrentViewer.get(), kind(collection), id, n, Purposes.of(purpose, Purposes.READ));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Photos.contentType(bytes)))
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    @Operation(summary = "Add a photo: the body is the JPEG or PNG image itself, at most 5 MB")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "The image itself, at most 5 MB",
            content = {
                @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary"))
            })
    @PostMapping(value = "/{id}/photos", consumes = MediaType.ALL_VALUE)
    ResponseEntity<Map<String, Object>> addPhoto(
            @PathVariable String collection,
            @PathVariable String id,
            HttpServletRequest request,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        byte[] bytes = Bodies.bytes(request, Photos.MAX_BYTES, "photo", "must be at most 5 MB");
        int n = records.addPhoto(
                CurrentViewer.get(), kind(collection), id, bytes, Purposes.of(purpose, Purposes.WRITE));
        return ResponseEntity.created(URI.create("/api/v1/" + collection + "/" + id + "/photos/" + n))
                .body(Map.of("n", n));
    }

    @Operation(summary = "Extend a record past its review date, with a reason (its owner only)")
    @PostMapping("/{id}/review")
    ResponseEntity<JsonNode> extendReview(
            @PathVariable String collection, @PathVariable String id, @RequestBody ObjectNode body) {
        JsonNode until = body.get("reviewBy");
        JsonNode reason = body.get("reason");
        LocalDate date;
        try {
            date = LocalDate.parse(until != null && until.isString() ? until.asString() : "");
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("reviewBy", "must be a date YYYY-MM-DD");
        }
        if (reason != null && !reason.isNull() && !reason.isString()) {
            throw new InvalidInputException("reason", "must be text");
        }
        StoredRecord next = records.extendReview(
                CurrentViewer.get(),
                kind(collection),
                id,
                date,
                reason == null || reason.isNull() ? "" : reason.asString());
        return ResponseEntity.ok().eTag(next.etag()).body(RecordView.json(next));
    }

    static RecordKind kind(String collection) {
        RecordKind kind = RecordKind.ofCollection(collection);
        if (kind == null) {
            throw new NotFoundException("collection", collection);
        }
        return kind;
    }

    static RecordFilter filter(
            String collection,
            @Nullable String q,
            @Nullable String country,
            @Nullable String status,
            @Nullable String category,
            @Nullable String updatedSince,
            boolean mine) {
        Instant since = null;
        if (updatedSince != null && !updatedSince.isBlank()) {
            try {
                since = updatedSince.length() == 10
                        ? LocalDate.parse(updatedSince)
                                .atStartOfDay(java.time.ZoneOffset.UTC)
                                .toInstant()
                        : Instant.parse(updatedSince);
            } catch (DateTimeParseException e) {
                throw new InvalidInputException("updatedSince", "must be a date or an ISO 8601 UTC time");
            }
        }
        if (q != null && q.length() > 200) {
            throw new InvalidInputException("q", "must be at most 200 characters");
        }
        return new RecordFilter(kind(collection), q, country, status, category, since, mine, false);
    }

    /** The version named by an If-Match header: required (428), a quoted number. */
    static long expectedVersion(@Nullable String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ConflictException(
                    428, "If-Match is required: send the ETag of the version you read, so no one's change is lost");
        }
        String tag = ifMatch.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        tag = tag.replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new ConflictException(412, "If-Match does not name a version of this record");
        }
    }
}
