package org.interlink.cyber;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interlink.access.CurrentViewer;
import org.interlink.common.NotFoundException;
import org.interlink.common.StatedPurpose;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * TAXII 2.1 feeds, {@code /api/v1/cyber/feeds}: configured, listed, changed, deleted and pulled on demand by the
 * owner bureau's and the General Secretariat's editors and administrators. The purpose is the {@code X-Purpose}
 * header.
 */
@Tag(name = "Cyber")
@RestController
@RequestMapping("/api/v1/cyber/feeds")
class FeedController {

    static final int MAX_FEED_BYTES = 16 * 1024;

    private static final String PURPOSE = "X-Purpose";
    private static final String DEFAULT_PURPOSE = "intelligence sharing";

    private final FeedManagement management;

    FeedController(FeedManagement management) {
        this.management = management;
    }

    @Operation(summary = "Configure a TAXII 2.1 feed pulled on a schedule into a bureau's STIX objects")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {@Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    @PostMapping(consumes = MediaType.ALL_VALUE)
    ResponseEntity<Map<String, Object>> create(
            HttpServletRequest request, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        var viewer = CurrentViewer.get();
        FeedRequests.NewFeed feed =
                FeedRequests.create(CyberController.json(CyberController.bytes(request, MAX_FEED_BYTES)), viewer);
        Feed created = management.create(viewer, feed, StatedPurpose.or(purpose, DEFAULT_PURPOSE));
        return ResponseEntity.created(URI.create("/api/v1/cyber/feeds/" + created.id()))
                .body(answer(created));
    }

    @Operation(summary = "The feeds you manage, with the outcome of their last pull")
    @GetMapping
    Map<String, Object> list(@RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        List<Map<String, Object>> items =
                management.list(CurrentViewer.get(), StatedPurpose.or(purpose, DEFAULT_PURPOSE)).stream()
                        .map(FeedController::answer)
                        .toList();
        return Map.of("items", items);
    }

    @Operation(summary = "A feed (404 when missing or not yours to manage)")
    @GetMapping("/{id}")
    Map<String, Object> read(
            @PathVariable String id, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        return answer(management.read(CurrentViewer.get(), uuid(id), StatedPurpose.or(purpose, DEFAULT_PURPOSE)));
    }

    @Operation(summary = "Change a feed's schedule: enabled, intervalSeconds")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {@Content(mediaType = "application/json", schema = @Schema(type = "object"))})
    @PatchMapping(value = "/{id}", consumes = MediaType.ALL_VALUE)
    Map<String, Object> change(
            @PathVariable String id,
            HttpServletRequest request,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        UUID feed = uuid(id);
        FeedRequests.Change change =
                FeedRequests.change(CyberController.json(CyberController.bytes(request, MAX_FEED_BYTES)));
        return answer(management.change(CurrentViewer.get(), feed, change, StatedPurpose.or(purpose, DEFAULT_PURPOSE)));
    }

    @Operation(summary = "Delete a feed (what it pulled stays)")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(
            @PathVariable String id, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        management.delete(CurrentViewer.get(), uuid(id), StatedPurpose.or(purpose, DEFAULT_PURPOSE));
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Pull a feed now; answers the feed after the pull (409 while another pull runs)")
    @PostMapping(value = "/{id}/pulls", consumes = MediaType.ALL_VALUE)
    Map<String, Object> pull(
            @PathVariable String id, @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        return answer(management.pull(CurrentViewer.get(), uuid(id), StatedPurpose.or(purpose, DEFAULT_PURPOSE)));
    }

    /** A malformed id is missing, as an id of a feed the viewer may not manage. */
    private static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("feed", id);
        }
    }

    /** A feed as the API shows it: its configuration (never a secret, only where it is configured) and its state. */
    static Map<String, Object> answer(Feed feed) {
        Map<String, Object> auth = new LinkedHashMap<>();
        auth.put("type", feed.auth().type().name());
        if (feed.auth().tokenUrl() != null) {
            auth.put("tokenUrl", feed.auth().tokenUrl().toString());
        }
        if (feed.auth().clientId() != null) {
            auth.put("clientId", feed.auth().clientId());
        }
        if (feed.auth().secretRef() != null) {
            auth.put("secretRef", feed.auth().secretRef());
        }
        Map<String, Object> access = new LinkedHashMap<>();
        access.put("classification", feed.restriction().classification().name());
        access.put("audience", feed.restriction().audience().name());
        access.put("countries", feed.restriction().countries().stream().sorted().toList());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id", feed.id().toString());
        answer.put("owner", feed.owner());
        answer.put("apiRoot", feed.apiRoot().toString());
        answer.put("collection", feed.collection());
        answer.put("auth", auth);
        answer.put("intervalSeconds", feed.interval().toSeconds());
        answer.put("enabled", feed.enabled());
        answer.put("defaultAccess", access);
        answer.put("runAs", feed.runAs());
        answer.put("status", status(feed));
        answer.put("addedAfter", feed.addedAfter());
        answer.put("objectsPulled", feed.objectsPulled());
        answer.put("nextPullAt", text(feed.nextPullAt()));
        answer.put("lastPullAt", text(feed.lastPullAt()));
        answer.put("lastSuccessAt", text(feed.lastSuccessAt()));
        answer.put("lastErrorAt", text(feed.lastErrorAt()));
        answer.put("lastError", feed.lastError());
        return answer;
    }

    /** NEVER_PULLED, OK (the last pull succeeded) or FAILING (the last pull failed: lastError says why). */
    private static String status(Feed feed) {
        if (feed.lastSuccessAt() == null && feed.lastErrorAt() == null) {
            return "NEVER_PULLED";
        }
        if (feed.lastErrorAt() == null) {
            return "OK";
        }
        return feed.lastSuccessAt() != null && !feed.lastSuccessAt().isBefore(feed.lastErrorAt()) ? "OK" : "FAILING";
    }

    private static @Nullable String text(@Nullable Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
