package org.interlink.cyber;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.interlink.access.CurrentViewer;
import org.interlink.common.BoundedBodies;
import org.interlink.common.InvalidInputException;
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
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The cyber API, {@code /api/v1/cyber}: bundle import and export, value checks, indicators, sightings and counts. The
 * purpose of each call is the {@code X-Purpose} header.
 */
@Tag(name = "Cyber")
@RestController
@RequestMapping("/api/v1/cyber")
class CyberController {

    /** A bundle is read into memory to be checked whole before anything is stored: ATT&CK for ICS is 3.4 MB. */
    static final int MAX_BUNDLE_BYTES = 32 * 1024 * 1024;

    /** 10,000 values of typical length (a URL of 100 characters) fit with room to spare. */
    static final int MAX_CHECK_BYTES = 4 * 1024 * 1024;

    static final int MAX_SIGHTING_BYTES = 64 * 1024;

    private static final String PURPOSE = "X-Purpose";

    private final CyberIntelligence intelligence;
    private final Checks checks;

    CyberController(CyberIntelligence intelligence, Checks checks) {
        this.intelligence = intelligence;
        this.checks = checks;
    }

    @Operation(summary = "Import a STIX 2.1 bundle, all or nothing, as your bureau's objects")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "A STIX 2.1 bundle; objects may carry x_interlink_access (default: every member)",
            content = {@Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    @PostMapping(value = "/bundles", consumes = MediaType.ALL_VALUE)
    ResponseEntity<CyberIntelligence.Imported> importBundle(
            HttpServletRequest request, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        byte[] body = bytes(request, MAX_BUNDLE_BYTES);
        CyberIntelligence.Imported imported =
                intelligence.importBundle(CurrentViewer.get(), body, StatedPurpose.or(purpose, "intelligence sharing"));
        return ResponseEntity.status(201).body(imported);
    }

    @Operation(summary = "Export the objects you may see as a STIX 2.1 bundle (by ids, or all; of one owner, or all)")
    @GetMapping("/bundles")
    ObjectNode export(
            @RequestParam(required = false) @Nullable String ids,
            @RequestParam(defaultValue = "latest") String versions,
            @RequestParam(required = false) @Nullable String owner,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        if (!versions.equals("latest") && !versions.equals("all")) {
            throw new InvalidInputException("versions", "must be latest or all");
        }
        if (owner != null && !owner.matches("[A-Z]{2}")) {
            throw new InvalidInputException("owner", "must be a bureau code, e.g. FR or GS");
        }
        List<String> list = ids == null || ids.isBlank()
                ? List.of()
                : Arrays.stream(ids.split(","))
                        .map(String::strip)
                        .filter(id -> !id.isEmpty())
                        .toList();
        if (list.size() > 10_000) {
            throw new InvalidInputException("ids", "must name at most 10,000 objects");
        }
        return intelligence.export(
                CurrentViewer.get(), list, owner, versions.equals("all"), StatedPurpose.or(purpose, "investigation"));
    }

    @Operation(summary = "Export as GET does, with the ids in the body (for lists too long for a URL)")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            description = "{\"ids\": [\"indicator--…\", …], \"versions\": \"latest\" | \"all\", \"owner\": \"FR\"}",
            content = {@Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    @PostMapping(value = "/bundles/export", consumes = MediaType.ALL_VALUE)
    ObjectNode exportListed(
            HttpServletRequest request, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        JsonNode body = json(bytes(request, MAX_CHECK_BYTES));
        JsonNode ids = body.path("ids");
        if (!ids.isArray() || ids.size() > 10_000) {
            throw new InvalidInputException("ids", "must be an array of at most 10,000 ids");
        }
        List<String> list = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (!ids.get(i).isString()) {
                throw new InvalidInputException("ids[" + i + "]", "must be a string");
            }
            list.add(ids.get(i).asString());
        }
        String owner = body.path("owner").isString() ? body.path("owner").asString() : null;
        return export(String.join(",", list), body.path("versions").asString("latest"), owner, purpose);
    }

    /** A check request. */
    record CheckRequest(@Nullable List<String> values) {}

    /** A check's answer: one result per value, in the order given. */
    record CheckAnswer(List<Checks.Result> results) {}

    @Operation(summary = "Check up to 10,000 values (IP, domain, URL, hash, e-mail, wallet) against the indicators")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {@Content(mediaType = "application/json", schema = @Schema(implementation = CheckRequest.class))})
    @PostMapping(value = "/checks", consumes = MediaType.ALL_VALUE)
    CheckAnswer check(
            HttpServletRequest request, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        JsonNode body = json(bytes(request, MAX_CHECK_BYTES));
        JsonNode values = body.path("values");
        if (!values.isArray()) {
            throw new InvalidInputException("values", "must be an array of strings");
        }
        List<String> list = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            if (!values.get(i).isString()) {
                throw new InvalidInputException("values[" + i + "]", "must be a string");
            }
            list.add(values.get(i).asString());
        }
        return new CheckAnswer(checks.check(CurrentViewer.get(), list, StatedPurpose.or(purpose, "cyber check")));
    }

    @Operation(summary = "Read an indicator (404 when missing or not visible to you)")
    @GetMapping("/indicators/{id}")
    ObjectNode indicator(
            @PathVariable String id, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        return intelligence.indicator(CurrentViewer.get(), id, StatedPurpose.or(purpose, "investigation"));
    }

    @Operation(summary = "File a STIX sighting of an indicator you may see; its owner sees it counted")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {@Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    @PostMapping(value = "/sightings", consumes = MediaType.ALL_VALUE)
    ResponseEntity<CyberIntelligence.Filed> sighting(
            HttpServletRequest request, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        JsonNode body = json(bytes(request, MAX_SIGHTING_BYTES));
        CyberIntelligence.Filed filed =
                intelligence.sighting(CurrentViewer.get(), body, StatedPurpose.or(purpose, "intelligence sharing"));
        return ResponseEntity.created(URI.create("/api/v1/cyber/sightings/" + filed.id()))
                .body(filed);
    }

    @Operation(summary = "Count the objects you may see, by STIX type")
    @GetMapping("/counts")
    Map<String, Long> counts(@RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        return intelligence.counts(CurrentViewer.get(), StatedPurpose.or(purpose, "investigation"));
    }

    static JsonNode json(byte[] bytes) {
        try {
            JsonNode node = BundleReader.JSON.readTree(bytes);
            if (node == null || !node.isObject()) {
                throw new InvalidInputException("body", "must be a JSON object");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "is not JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * The body, refused before it is buffered when its declared length, or what arrives, passes {@code max}; a declared
     * oversize body is answered before any of it is read.
     */
    static byte[] bytes(HttpServletRequest request, int max) {
        return BoundedBodies.read(request, max, false, () -> new TooLarge(max));
    }

    /** A body over its limit: 413 problem+json naming the body. */
    static final class TooLarge extends org.springframework.web.ErrorResponseException {
        TooLarge(int max) {
            super(org.springframework.http.HttpStatus.CONTENT_TOO_LARGE, problem(max), null);
        }

        private static org.springframework.http.ProblemDetail problem(int max) {
            var problem = org.springframework.http.ProblemDetail.forStatusAndDetail(
                    org.springframework.http.HttpStatus.CONTENT_TOO_LARGE, "body must be at most " + max + " bytes");
            problem.setTitle("Content too large");
            problem.setType(URI.create("about:blank"));
            problem.setProperty(
                    "errors",
                    List.of(new org.interlink.common.FieldError("body", "must be at most " + max + " bytes")));
            return problem;
        }
    }
}
