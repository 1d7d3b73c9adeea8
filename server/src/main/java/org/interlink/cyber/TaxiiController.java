package org.interlink.cyber;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.StatedPurpose;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The TAXII 2.1 server, {@code /taxii2/}: discovery, one API root ({@code /taxii2/interlink/}), its collections
 * ({@link TaxiiCollections}), objects, manifests, versions and status resources, with the bearer tokens of {@code
 * /api/v1}. Every answer is {@code application/taxii+json;version=2.1} ({@link TaxiiMedia}); every error a TAXII error
 * message ({@link TaxiiErrors}). The purpose of each call is the {@code X-Purpose} header, as on the rest of the API.
 */
@Tag(name = "TAXII 2.1")
@RestController
@RequestMapping("/taxii2")
class TaxiiController {

    static final String ROOT = "/taxii2/interlink/";

    private static final String PURPOSE = "X-Purpose";
    private static final String DEFAULT_PURPOSE = "intelligence sharing";

    private final TaxiiServer server;
    private final TaxiiCollections collections;

    TaxiiController(TaxiiServer server, TaxiiCollections collections) {
        this.server = server;
        this.collections = collections;
    }

    @Operation(summary = "TAXII discovery: the API roots")
    @GetMapping("/")
    ResponseEntity<String> discovery(@RequestHeader(value = "Accept", required = false) @Nullable String accept) {
        String type = TaxiiMedia.answer(accept, false);
        String root =
                ServletUriComponentsBuilder.fromCurrentContextPath().path(ROOT).toUriString();
        ObjectNode discovery = BundleReader.JSON.createObjectNode();
        discovery.put("title", "Interlink TAXII 2.1");
        discovery.put(
                "description", "Cyber threat intelligence shared by the bureaus, under Interlink's access policy");
        discovery.put("default", root);
        discovery.putArray("api_roots").add(root);
        return ok(type, discovery);
    }

    @Operation(summary = "The API root")
    @GetMapping("/interlink/")
    ResponseEntity<String> apiRoot(@RequestHeader(value = "Accept", required = false) @Nullable String accept) {
        String type = TaxiiMedia.answer(accept, false);
        ObjectNode root = BundleReader.JSON.createObjectNode();
        root.put("title", "Interlink");
        root.put("description", "One collection of all the objects you may see, and one per bureau");
        root.putArray("versions").add(TaxiiMedia.TAXII);
        root.put("max_content_length", CyberController.MAX_BUNDLE_BYTES);
        return ok(type, root);
    }

    @Operation(summary = "The collections: all, and one per bureau")
    @GetMapping("/interlink/collections/")
    ResponseEntity<String> collections(@RequestHeader(value = "Accept", required = false) @Nullable String accept) {
        String type = TaxiiMedia.answer(accept, false);
        Viewer viewer = CurrentViewer.get();
        ObjectNode answer = BundleReader.JSON.createObjectNode();
        ArrayNode list = answer.putArray("collections");
        collections.list().forEach(c -> list.add(resource(c, viewer)));
        return ok(type, answer);
    }

    @Operation(summary = "One collection, by id or alias")
    @GetMapping("/interlink/collections/{collection}/")
    ResponseEntity<String> collection(
            @PathVariable String collection,
            @RequestHeader(value = "Accept", required = false) @Nullable String accept) {
        String type = TaxiiMedia.answer(accept, false);
        return ok(type, resource(find(collection), CurrentViewer.get()));
    }

    @Operation(summary = "The objects of a collection you may see, paged (added_after, match[...], limit, next)")
    @GetMapping("/interlink/collections/{collection}/objects/")
    ResponseEntity<String> objects(
            @PathVariable String collection,
            HttpServletRequest request,
            @RequestHeader(value = "Accept", required = false) @Nullable String accept,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        String type = TaxiiMedia.answer(accept, true);
        TaxiiCollections.Collection found = find(collection);
        TaxiiServer.Answer answer = server.objects(
                CurrentViewer.get(),
                TaxiiRequests.objects(request, found, "objects"),
                false,
                StatedPurpose.or(purpose, DEFAULT_PURPOSE));
        return page(type, answer);
    }

    @Operation(summary = "Add objects to your bureau's collection (an envelope); answers a status resource")
    @PostMapping(value = "/interlink/collections/{collection}/objects/", consumes = "*/*")
    ResponseEntity<String> add(
            @PathVariable String collection,
            HttpServletRequest request,
            @RequestHeader(value = "Accept", required = false) @Nullable String accept,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        String type = TaxiiMedia.answer(accept, false);
        TaxiiCollections.Collection found = find(collection);
        Viewer viewer = CurrentViewer.get();
        if (!found.canWrite(viewer)) {
            throw new TaxiiException(403, "Forbidden", "This collection is not writable for you (can_write is false)");
        }
        TaxiiMedia.requireBody(request.getContentType());
        byte[] body = CyberController.bytes(request, CyberController.MAX_BUNDLE_BYTES);
        String status = server.add(viewer, body, StatedPurpose.or(purpose, DEFAULT_PURPOSE));
        return ResponseEntity.status(202).header(HttpHeaders.CONTENT_TYPE, type).body(status);
    }

    @Operation(summary = "One object's versions you may see (match[version], default last); 404 when none")
    @GetMapping("/interlink/collections/{collection}/objects/{id}/")
    ResponseEntity<String> object(
            @PathVariable String collection,
            @PathVariable String id,
            HttpServletRequest request,
            @RequestHeader(value = "Accept", required = false) @Nullable String accept,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        String type = TaxiiMedia.answer(accept, true);
        TaxiiCollections.Collection found = find(collection);
        TaxiiServer.Answer answer = server.objects(
                CurrentViewer.get(),
                TaxiiRequests.object(request, found, id),
                true,
                StatedPurpose.or(purpose, DEFAULT_PURPOSE));
        return page(type, answer);
    }

    @Operation(summary = "Delete your own versions of an object (match[version], default all); 404 for others")
    @DeleteMapping("/interlink/collections/{collection}/objects/{id}/")
    ResponseEntity<String> delete(
            @PathVariable String collection,
            @PathVariable String id,
            HttpServletRequest request,
            @RequestHeader(value = "Accept", required = false) @Nullable String accept,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        String type = TaxiiMedia.answer(accept, false);
        TaxiiCollections.Collection found = find(collection);
        server.delete(
                CurrentViewer.get(),
                found,
                id,
                TaxiiRequests.versions(request, "all"),
                TaxiiRequests.specVersions(request),
                StatedPurpose.or(purpose, DEFAULT_PURPOSE));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type).body("{}");
    }

    @Operation(summary = "The versions of an object you may see, paged; 404 when none")
    @GetMapping("/interlink/collections/{collection}/objects/{id}/versions/")
    ResponseEntity<String> versions(
            @PathVariable String collection,
            @PathVariable String id,
            HttpServletRequest request,
            @RequestHeader(value = "Accept", required = false) @Nullable String accept,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        String type = TaxiiMedia.answer(accept, false);
        TaxiiCollections.Collection found = find(collection);
        TaxiiServer.Answer answer = server.versions(
                CurrentViewer.get(),
                TaxiiRequests.versions(request, found, id),
                StatedPurpose.or(purpose, DEFAULT_PURPOSE));
        return page(type, answer);
    }

    @Operation(summary = "The manifest of a collection: id, date_added, version and media type of each object")
    @GetMapping("/interlink/collections/{collection}/manifest/")
    ResponseEntity<String> manifest(
            @PathVariable String collection,
            HttpServletRequest request,
            @RequestHeader(value = "Accept", required = false) @Nullable String accept,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        String type = TaxiiMedia.answer(accept, false);
        TaxiiCollections.Collection found = find(collection);
        TaxiiServer.Answer answer = server.manifest(
                CurrentViewer.get(),
                TaxiiRequests.objects(request, found, "manifest"),
                StatedPurpose.or(purpose, DEFAULT_PURPOSE));
        return page(type, answer);
    }

    @Operation(summary = "A status resource of an add; only its creator sees it")
    @GetMapping("/interlink/status/{id}/")
    ResponseEntity<String> status(
            @PathVariable String id,
            @RequestHeader(value = "Accept", required = false) @Nullable String accept,
            @RequestHeader(value = PURPOSE, required = false) @Nullable String purpose) {
        String type = TaxiiMedia.answer(accept, false);
        String status = server.status(CurrentViewer.get(), id, StatedPurpose.or(purpose, DEFAULT_PURPOSE));
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type).body(status);
    }

    /** Any other path under {@code /taxii2}: a TAXII 404, not the API's problem+json. */
    @RequestMapping("/**")
    ResponseEntity<String> none() {
        throw TaxiiException.notFound();
    }

    private TaxiiCollections.Collection find(String collection) {
        return collections.find(collection).orElseThrow(TaxiiException::notFound);
    }

    private static ObjectNode resource(TaxiiCollections.Collection collection, Viewer viewer) {
        ObjectNode resource = BundleReader.JSON.createObjectNode();
        resource.put("id", collection.id());
        resource.put("title", collection.title());
        resource.put("description", collection.description());
        resource.put("alias", collection.alias());
        resource.put("can_read", true);
        resource.put("can_write", collection.canWrite(viewer));
        resource.putArray("media_types").add(TaxiiMedia.STIX);
        return resource;
    }

    private static ResponseEntity<String> ok(String type, ObjectNode body) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, type)
                .body(BundleReader.JSON.writeValueAsString(body));
    }

    private static ResponseEntity<String> page(String type, TaxiiServer.Answer answer) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.ok().header(HttpHeaders.CONTENT_TYPE, type);
        if (answer.firstAdded() != null && answer.lastAdded() != null) {
            builder.header("X-TAXII-Date-Added-First", TaxiiTimestamps.format(answer.firstAdded()))
                    .header("X-TAXII-Date-Added-Last", TaxiiTimestamps.format(answer.lastAdded()));
        }
        return builder.body(answer.json());
    }
}
