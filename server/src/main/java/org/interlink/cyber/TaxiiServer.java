package org.interlink.cyber;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The TAXII 2.1 resources of the API root over the bureaus' STIX objects: pages of objects, manifests and versions
 * (only what the caller may see, each read audited with its purpose), adding objects (the bundle import, all or
 * nothing, answered as a status resource) and deleting an owner's versions.
 */
@Service
class TaxiiServer {

    private static final Pattern OBJECT_FIELD = Pattern.compile("objects\\[(\\d+)]\\.?(.*)");

    private final TaxiiObjects objects;
    private final TaxiiCursors cursors;
    private final CyberIntelligence intelligence;
    private final CyberReports reports;
    private final AuditJournal journal;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    TaxiiServer(
            TaxiiObjects objects,
            TaxiiCursors cursors,
            CyberIntelligence intelligence,
            CyberReports reports,
            AuditJournal journal,
            AuditLog auditLog,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc) {
        this.objects = objects;
        this.cursors = cursors;
        this.intelligence = intelligence;
        this.reports = reports;
        this.journal = journal;
        this.auditLog = auditLog;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** A page answered: its JSON and the {@code date_added} of its first and last object (null when empty). */
    record Answer(
            String json,
            @Nullable Instant firstAdded,
            @Nullable Instant lastAdded) {}

    /** Where a request pages: the filter, the cursor's scope, the cursor (or null) and the page size. */
    record Paging(
            TaxiiObjects.Filter filter,
            String scope,
            @Nullable String next,
            int limit) {}

    /**
     * An envelope of objects; a single object's ({@code single}) is 404 when it holds none. A report leaves out the
     * referenced objects the viewer may not see, as on every other path that hands a report out.
     */
    Answer objects(Viewer viewer, Paging paging, boolean single, String purpose) {
        return page(viewer, paging, single, purpose, Operation.READ, "objects", rows -> {
            List<JsonNode> items = new ArrayList<>(rows.size());
            List<Integer> at = new ArrayList<>();
            List<ObjectNode> found = new ArrayList<>();
            for (CyberObjects.Row row : rows) {
                JsonNode object = BundleReader.JSON.readTree(row.body());
                if (row.type().equals("report") && object instanceof ObjectNode report) {
                    at.add(items.size());
                    found.add(report);
                }
                items.add(object);
            }
            List<ObjectNode> shown = found.isEmpty() ? List.of() : reports.shown(viewer, found);
            for (int i = 0; i < at.size(); i++) {
                items.set(at.get(i), shown.get(i));
            }
            return items;
        });
    }

    /** A manifest page: each object's id, {@code date_added}, version and media type. */
    Answer manifest(Viewer viewer, Paging paging, String purpose) {
        return page(viewer, paging, false, purpose, Operation.LIST, "objects", each(row -> {
            ObjectNode record = BundleReader.JSON.createObjectNode();
            record.put("id", row.id());
            record.put("date_added", TaxiiTimestamps.format(row.dateAdded()));
            record.put("version", version(row));
            record.put("media_type", TaxiiMedia.STIX);
            return record;
        }));
    }

    /** The versions of one object the caller may see; 404 when there is none. */
    Answer versions(Viewer viewer, Paging paging, String purpose) {
        return page(
                viewer,
                paging,
                true,
                purpose,
                Operation.READ,
                "versions",
                each(row -> BundleReader.JSON.getNodeFactory().stringNode(version(row))));
    }

    /** A page's items made one row at a time. */
    private static Function<List<CyberObjects.Row>, List<JsonNode>> each(Function<CyberObjects.Row, JsonNode> item) {
        return rows -> rows.stream().map(item).toList();
    }

    private Answer page(
            Viewer viewer,
            Paging paging,
            boolean single,
            String purpose,
            Operation operation,
            String member,
            Function<List<CyberObjects.Row>, List<JsonNode>> items) {
        TaxiiCursors.Position after = paging.next() == null ? null : cursors.decode(paging.next(), paging.scope());
        TaxiiObjects.Page page = objects.page(viewer, paging.filter(), after, paging.limit());
        List<AuditEntry> entries = new ArrayList<>();
        if (page.rows().isEmpty()) {
            String target =
                    paging.filter().ids().isEmpty() ? "" : paging.filter().ids().getFirst();
            entries.add(new AuditEntry(
                    viewer.actor(),
                    viewer.bureau(),
                    operation,
                    single ? "cyber-object" : "taxii-collection",
                    single ? target : collectionOf(paging),
                    purpose,
                    single && after == null ? Outcome.NOT_FOUND : Outcome.SUCCESS));
            journal.record(entries);
            if (single && after == null) {
                throw TaxiiException.notFound();
            }
            return new Answer(BundleReader.JSON.writeValueAsString(envelope(false)), null, null);
        }
        ObjectNode envelope = envelope(page.more());
        if (page.more()) {
            CyberObjects.Row last = page.rows().getLast();
            envelope.put(
                    "next", cursors.encode(new TaxiiCursors.Position(last.dateAdded(), last.rowId()), paging.scope()));
        }
        envelope.putArray(member).addAll(items.apply(page.rows()));
        for (CyberObjects.Row row : page.rows()) {
            entries.add(new AuditEntry(
                    viewer.actor(), viewer.bureau(), operation, row.type(), row.id(), purpose, Outcome.SUCCESS));
        }
        journal.record(entries);
        return new Answer(
                BundleReader.JSON.writeValueAsString(envelope),
                page.rows().getFirst().dateAdded(),
                page.rows().getLast().dateAdded());
    }

    private static String collectionOf(Paging paging) {
        return paging.scope().substring(0, paging.scope().indexOf(' '));
    }

    private static ObjectNode envelope(boolean more) {
        ObjectNode envelope = BundleReader.JSON.createObjectNode();
        envelope.put("more", more);
        return envelope;
    }

    /** The version TAXII shows: the object's {@code modified}, else {@code created}, else its {@code date_added}. */
    private static String version(CyberObjects.Row row) {
        return row.modified().equals(BundleReader.NO_VERSION)
                ? TaxiiTimestamps.format(row.dateAdded())
                : TaxiiTimestamps.format(row.modified());
    }

    /**
     * Adds an envelope's objects to the caller's own collection through the bundle import: every object is checked
     * first and all are stored, or none. The answer is a status resource, complete at once: every object a success,
     * or every object a failure (those at fault with their problems, the others as not added because of them).
     *
     * @throws TaxiiException 400 when the body is not an envelope
     */
    String add(Viewer viewer, byte[] body, String purpose) {
        JsonNode envelope;
        try {
            envelope = BundleReader.JSON.readTree(body);
        } catch (JacksonException e) {
            throw TaxiiException.invalid("body", "is not JSON: " + e.getOriginalMessage());
        }
        if (envelope == null || !envelope.isObject()) {
            throw TaxiiException.invalid("body", "must be a TAXII envelope, {\"objects\": [...]}");
        }
        if (!envelope.path("objects").isArray()) {
            throw TaxiiException.invalid("objects", "must be an array of STIX objects");
        }
        ArrayNode list = (ArrayNode) envelope.path("objects");
        ObjectNode bundle = BundleReader.JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        bundle.set("objects", list);
        Instant requested = clock.instant();
        Map<Integer, List<String>> problems = new TreeMap<>();
        try {
            intelligence.importBundle(viewer, BundleReader.JSON.writeValueAsBytes(bundle), purpose);
        } catch (InvalidInputException e) {
            for (FieldError error : e.errors()) {
                Matcher at = OBJECT_FIELD.matcher(error.field());
                int index = at.matches() ? Integer.parseInt(at.group(1)) : 0;
                problems.computeIfAbsent(index, i -> new ArrayList<>())
                        .add((at.matches() && !at.group(2).isEmpty() ? at.group(2) + ": " : "") + error.message());
            }
            journal.record(new AuditEntry(
                    viewer.actor(), viewer.bureau(), Operation.CREATE, "taxii-envelope", "", purpose, Outcome.FAILED));
        }
        ObjectNode status = BundleReader.JSON.createObjectNode();
        String statusId = UUID.randomUUID().toString();
        status.put("id", statusId);
        status.put("status", "complete");
        status.put("request_timestamp", TaxiiTimestamps.format(requested));
        status.put("total_count", list.size());
        ArrayNode successes = BundleReader.JSON.createArrayNode();
        ArrayNode failures = BundleReader.JSON.createArrayNode();
        for (int i = 0; i < list.size(); i++) {
            JsonNode object = list.get(i);
            ObjectNode result = BundleReader.JSON.createObjectNode();
            result.put("id", object.path("id").asString("objects[" + i + "]"));
            String version =
                    object.path("modified").asString(object.path("created").asString(""));
            if (!version.isEmpty()) {
                result.put("version", version);
            }
            if (problems.isEmpty()) {
                successes.add(result);
            } else {
                result.put(
                        "message",
                        problems.containsKey(i)
                                ? String.join("; ", problems.get(i))
                                : "not added: the envelope is added all or nothing, and another object was refused");
                failures.add(result);
            }
        }
        status.put("success_count", successes.size());
        if (!successes.isEmpty()) {
            status.set("successes", successes);
        }
        status.put("failure_count", failures.size());
        if (!failures.isEmpty()) {
            status.set("failures", failures);
        }
        status.put("pending_count", 0);
        String json = BundleReader.JSON.writeValueAsString(status);
        jdbc.update(
                "INSERT INTO taxii_statuses (id, actor, bureau, created, body) VALUES (?::uuid, ?, ?, now(),"
                        + " CAST(? AS jsonb))",
                statusId,
                viewer.actor(),
                viewer.bureau(),
                json);
        return json;
    }

    /** A status resource, for the client that created it only; 404 for anyone else, as for a missing one. */
    String status(Viewer viewer, String id, String purpose) {
        List<String> found = List.of();
        if (id.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")) {
            found = jdbc.queryForList(
                    "SELECT body::text FROM taxii_statuses WHERE id = ?::uuid AND actor = ? AND bureau = ?",
                    String.class,
                    id,
                    viewer.actor(),
                    viewer.bureau());
        }
        journal.record(new AuditEntry(
                viewer.actor(),
                viewer.bureau(),
                Operation.READ,
                "taxii-status",
                id,
                purpose,
                found.isEmpty() ? Outcome.NOT_FOUND : Outcome.SUCCESS));
        if (found.isEmpty()) {
            throw TaxiiException.notFound();
        }
        return found.getFirst();
    }

    /**
     * Deletes the caller's own versions of an object in its own collection that {@code match[version]} selects, each
     * audited; 404 when the caller holds none there (whether another bureau's copy exists or not).
     */
    @Transactional
    void delete(
            Viewer viewer,
            TaxiiCollections.Collection collection,
            String id,
            List<String> versions,
            List<String> specVersions,
            String purpose) {
        List<CyberObjects.Row> deleted =
                collection.canWrite(viewer) ? objects.delete(viewer, id, versions, specVersions) : List.of();
        if (deleted.isEmpty()) {
            journal.record(new AuditEntry(
                    viewer.actor(), viewer.bureau(), Operation.DELETE, "cyber-object", id, purpose, Outcome.NOT_FOUND));
            throw TaxiiException.notFound();
        }
        List<AuditEntry> entries = new ArrayList<>();
        for (CyberObjects.Row row : deleted) {
            entries.add(new AuditEntry(
                    viewer.actor(), viewer.bureau(), Operation.DELETE, row.type(), row.id(), purpose, Outcome.SUCCESS));
        }
        auditLog.recordAll(entries);
        if (deleted.stream().anyMatch(row -> row.type().equals("indicator"))) {
            events.publishEvent(new IndicatorsDeleted(viewer.bureau(), List.of(id)));
        }
    }
}
