package org.interlink.cyber;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bureaus' STIX objects: bundle import (all or nothing, each object audited), reading an indicator, export as a
 * bundle, counts, and sightings filed back to an indicator's owner. Every answer holds only what the viewer may see
 * ({@link Protection}); what they may not see is answered as missing.
 */
@Service
class CyberIntelligence {

    private final CyberObjects objects;
    private final CyberReports reports;
    private final BundleReader reader;
    private final AuditLog auditLog;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final Clock clock = Clock.systemUTC();

    CyberIntelligence(
            CyberObjects objects,
            CyberReports reports,
            AuditLog auditLog,
            AuditJournal journal,
            ApplicationEventPublisher events,
            JdbcTemplate jdbc) {
        this.objects = objects;
        this.reports = reports;
        this.reader = new BundleReader(new StixSchemas());
        this.auditLog = auditLog;
        this.journal = journal;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** What an import did. */
    record Imported(int created, int unchanged) {}

    /**
     * Imports a bundle as the viewer's bureau: every object is checked first, then all are stored in one transaction
     * with one audit row each, or none is.
     */
    @Transactional
    Imported importBundle(Viewer viewer, byte[] bundle, String purpose) {
        List<BundleReader.Incoming> incoming =
                reader.read(bundle, viewer.bureau(), marking -> objects.markingVisible(viewer, marking));
        CyberObjects.Stored stored = objects.store(viewer.bureau(), incoming, clock.instant());
        List<AuditEntry> entries = new ArrayList<>(incoming.size());
        for (BundleReader.Incoming object : incoming) {
            entries.add(new AuditEntry(
                    viewer.actor(),
                    viewer.bureau(),
                    Operation.CREATE,
                    object.type(),
                    object.id(),
                    purpose,
                    Outcome.SUCCESS));
        }
        auditLog.recordAll(entries);
        if (!stored.indicators().isEmpty()) {
            events.publishEvent(new IndicatorsStored(stored.indicators()));
        }
        return new Imported(stored.created(), stored.unchanged());
    }

    /** An indicator as the viewer may see it, with its lifecycle; its owner also sees its sightings. */
    ObjectNode indicator(Viewer viewer, String id, String purpose) {
        var found = objects.indicator(viewer, id);
        journal.record(new AuditEntry(
                viewer.actor(),
                viewer.bureau(),
                Operation.READ,
                "indicator",
                id,
                purpose,
                found.isPresent() ? Outcome.SUCCESS : Outcome.NOT_FOUND));
        CyberObjects.Row row = found.orElseThrow(() -> new NotFoundException("indicator", id));
        IndicatorSnapshot snapshot = CyberObjects.snapshot(row);
        ObjectNode answer = BundleReader.JSON.createObjectNode();
        answer.set("object", BundleReader.JSON.readTree(row.body()));
        answer.put("owner", row.owner());
        answer.put("tlp", row.protection().tlp().name());
        answer.put("validFrom", snapshot.validFrom().toString());
        answer.put("validUntil", snapshot.validUntil().toString());
        answer.put("confidence", snapshot.confidence());
        answer.put(
                "confidenceNow",
                Decay.confidenceAt(
                        snapshot.confidence(), snapshot.validFrom(), snapshot.validUntil(), clock.instant()));
        answer.put("revoked", row.revoked());
        answer.put("action", snapshot.action());
        answer.put("dateAdded", row.dateAdded().toString());
        if (row.owner().equals(viewer.bureau())) {
            ObjectNode sightings = answer.putObject("sightings");
            jdbc.query(
                    "SELECT coalesce(sum(count), 0), count(DISTINCT bureau) FROM cyber_sightings"
                            + " WHERE indicator_owner = ? AND indicator_id = ?",
                    rs -> {
                        sightings.put("count", rs.getLong(1));
                        sightings.put("bureaus", rs.getLong(2));
                    },
                    row.owner(),
                    id);
        }
        return answer;
    }

    /**
     * A bundle of the objects the viewer may see (with these ids, or all; of one owner bureau, or of all), each export
     * audited per object. A report's {@code object_refs} leave out the objects the viewer may not see.
     */
    ObjectNode export(Viewer viewer, List<String> ids, @Nullable String owner, boolean allVersions, String purpose) {
        ObjectNode bundle = BundleReader.JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        ArrayNode array = bundle.putArray("objects");
        List<AuditEntry> entries = new ArrayList<>();
        objects.forEachVisible(viewer, ids, owner, allVersions, row -> {
            ObjectNode object = (ObjectNode) BundleReader.JSON.readTree(row.body());
            array.add(row.type().equals("report") ? reports.shown(viewer, object) : object);
            entries.add(new AuditEntry(
                    viewer.actor(), viewer.bureau(), Operation.EXPORT, row.type(), row.id(), purpose, Outcome.SUCCESS));
        });
        if (entries.isEmpty()) {
            entries.add(new AuditEntry(
                    viewer.actor(), viewer.bureau(), Operation.EXPORT, "cyber-bundle", "", purpose, Outcome.SUCCESS));
        }
        journal.record(entries);
        return bundle;
    }

    /** The number of objects of each type the viewer may see (latest versions). */
    Map<String, Long> counts(Viewer viewer, String purpose) {
        Map<String, Long> counts = objects.counts(viewer);
        journal.record(new AuditEntry(
                viewer.actor(), viewer.bureau(), Operation.LIST, "cyber-object", "", purpose, Outcome.SUCCESS));
        return counts;
    }

    /** A line of the objects list. Public: the template reads it. {@code page}: the object's page, when it has one. */
    public record Listed(
            String id,
            String type,
            String name,
            String owner,
            String tlp,
            Instant modified,
            boolean revoked,
            @Nullable String page) {}

    /** A page of the objects list; {@code more} when another page follows. */
    record Listing(List<Listed> objects, boolean more) {}

    /** One page of the latest objects the viewer may see, newest first, filtered; audited as a list. */
    Listing list(Viewer viewer, CyberObjects.Filter filter, int offset, int limit, String purpose) {
        List<CyberObjects.Row> rows = objects.page(viewer, filter, offset, limit);
        journal.record(new AuditEntry(
                viewer.actor(), viewer.bureau(), Operation.LIST, "cyber-object", "", purpose, Outcome.SUCCESS));
        List<Listed> listed =
                rows.stream().limit(limit).map(CyberIntelligence::listed).toList();
        return new Listing(listed, rows.size() > limit);
    }

    private static Listed listed(CyberObjects.Row row) {
        JsonNode body = BundleReader.JSON.readTree(row.body());
        String name = body.path("name").asString("");
        if (name.isEmpty()) {
            name = body.path("pattern").asString(body.path("value").asString(""));
        }
        return new Listed(
                row.id(),
                row.type(),
                name,
                row.owner(),
                row.protection().tlp().name(),
                row.modified(),
                row.revoked(),
                row.type().equals("indicator") ? "/cyber/indicators/" + row.id() : null);
    }

    /** A version of an indicator. Public: the template reads it. */
    public record Version(
            Instant modified, boolean revoked, @Nullable Integer confidence, boolean latest) {}

    /**
     * Every version the viewer may see of one owner's copy of an indicator, newest first: part of reading the indicator
     * (call after {@link #indicator}, which audits the read).
     */
    List<Version> versions(Viewer viewer, String owner, String id) {
        return objects.versions(viewer, owner, id).stream()
                .map(r -> new Version(r.modified(), r.revoked(), r.confidence(), r.latest()))
                .toList();
    }

    /** A sighting filed. */
    record Filed(String id, String indicator, String owner) {}

    /**
     * Files a STIX sighting of an indicator the viewer may see: stored as the viewer's object, restricted to the
     * indicator's owner, and counted for that owner. An indicator the viewer may not see is answered as missing.
     */
    @Transactional
    Filed sighting(Viewer viewer, JsonNode body, String purpose) {
        if (!body.isObject()) {
            throw new InvalidInputException("body", "must be a STIX sighting object");
        }
        ObjectNode sighting = ((ObjectNode) body).deepCopy();
        if (!sighting.has("id")) {
            sighting.put("id", "sighting--" + UUID.randomUUID());
        }
        String now = clock.instant().toString();
        sighting.put("type", "sighting");
        sighting.put("spec_version", "2.1");
        if (!sighting.has("created")) {
            sighting.put("created", now);
        }
        if (!sighting.has("modified")) {
            sighting.put("modified", sighting.path("created").asString());
        }
        String indicatorId = sighting.path("sighting_of_ref").asString("");
        if (!indicatorId.startsWith("indicator--")) {
            throw new InvalidInputException("sighting_of_ref", "must name an indicator, indicator--<UUID>");
        }
        var indicator = objects.indicator(viewer, indicatorId);
        if (indicator.isEmpty()) {
            journal.record(new AuditEntry(
                    viewer.actor(),
                    viewer.bureau(),
                    Operation.CREATE,
                    "sighting",
                    indicatorId,
                    purpose,
                    Outcome.NOT_FOUND));
            throw new NotFoundException("indicator", indicatorId);
        }
        String owner = indicator.get().owner();
        sighting.set(
                "x_interlink_access",
                BundleReader.JSON.valueToTree(Map.of(
                        "classification",
                        Classification.OFFICIAL.name(),
                        "audience",
                        Audience.ONLY.name(),
                        "countries",
                        List.of(owner))));
        ObjectNode bundle = BundleReader.JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        bundle.putArray("objects").add(sighting);
        List<BundleReader.Incoming> incoming = reader.read(
                BundleReader.JSON.writeValueAsBytes(bundle),
                viewer.bureau(),
                marking -> objects.markingVisible(viewer, marking));
        BundleReader.Incoming checked = incoming.getFirst();
        objects.store(viewer.bureau(), incoming, clock.instant());
        jdbc.update(
                "INSERT INTO cyber_sightings (sighting_id, indicator_owner, indicator_id, bureau, count, filed_at)"
                        + " VALUES (?, ?, ?, ?, ?, now()) ON CONFLICT (sighting_id) DO NOTHING",
                checked.id(),
                owner,
                indicatorId,
                viewer.bureau(),
                Math.max(1, sighting.path("count").asInt(1)));
        auditLog.record(new AuditEntry(
                viewer.actor(), viewer.bureau(), Operation.CREATE, "sighting", checked.id(), purpose, Outcome.SUCCESS));
        return new Filed(checked.id(), indicatorId, owner);
    }
}
