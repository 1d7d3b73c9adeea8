package org.interlink.cyber;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.CursorPage;
import org.interlink.common.CyberReportLinks;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Cyber reports, as INTERPOL's Cyber Fusion Centre writes them: a bureau's STIX 2.1 {@code report} with a title, a
 * description, a publication date, the objects it refers to (which the writer may see) and an audience (every member,
 * or chosen countries) with an optional TLP marking. A report is stored as one ordinary STIX object in {@link
 * CyberObjects}, so exports (and anything reading {@code cyber_objects}) hold it once. Each referenced object keeps its
 * own protection: a reader who may not see one finds it absent from the report, its {@code object_refs} and its counts,
 * exactly as an id stored nowhere. Every create, read and list is audited with its purpose.
 */
@Service
class CyberReports implements CyberReportLinks {

    static final int MAX_TITLE = 256;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_REFS = 1_000;
    static final int MAX_PAGE = 200;

    /** The TLP 2.0 marking a writer may choose, by name. */
    private static final Map<String, String> TLP_MARKINGS = Map.of(
            "CLEAR", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487",
            "GREEN", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb",
            "AMBER", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421",
            "AMBER+STRICT", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003",
            "RED", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1");

    private final CyberObjects objects;
    private final BundleReader reader;
    private final AuditLog auditLog;
    private final AuditJournal journal;
    private final Clock clock = Clock.systemUTC();

    CyberReports(CyberObjects objects, AuditLog auditLog, AuditJournal journal) {
        this.objects = objects;
        this.reader = new BundleReader(new StixSchemas());
        this.auditLog = auditLog;
        this.journal = journal;
    }

    /** A report written: its STIX id and the number of objects it refers to. */
    record Created(String id, int objects) {}

    /** A report as a list shows it; {@code objects} counts only the referenced objects the reader may see. */
    record Summary(
            String id, String owner, String title, String published, String tlp, long objects, String dateAdded) {}

    /**
     * Writes a report as the viewer's bureau from {@code {"title", "description", "objectRefs": [...], "access":
     * {...}, "tlp": "AMBER", "published": "..."}}, after checking every field (all problems at once, each named). An
     * object the writer may not see is refused exactly as one that does not exist.
     */
    @Transactional
    Created create(Viewer viewer, JsonNode body, String purpose) {
        List<FieldError> errors = new ArrayList<>();
        String title = text(body, "title", 1, MAX_TITLE, errors);
        String description = text(body, "description", 0, MAX_DESCRIPTION, errors);
        List<String> refs = refs(body.path("objectRefs"), errors);
        ObjectNode access = access(body.path("access"), errors);
        String tlp = tlp(body.path("tlp"), errors);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String published = published(body.path("published"), now, errors);
        if (errors.isEmpty()) {
            Set<String> visible = objects.visibleIds(viewer, refs);
            for (int i = 0; i < refs.size(); i++) {
                if (!visible.contains(refs.get(i))) {
                    errors.add(new FieldError("objectRefs[" + i + "]", "no object you may see has this id"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        ObjectNode report = BundleReader.JSON.createObjectNode();
        report.put("type", "report");
        report.put("spec_version", "2.1");
        report.put("id", "report--" + UUID.randomUUID());
        report.put("created", now.toString());
        report.put("modified", now.toString());
        report.put("name", title);
        if (!description.isEmpty()) {
            report.put("description", description);
        }
        report.putArray("report_types").add("threat-report");
        report.put("published", published);
        ArrayNode refArray = report.putArray("object_refs");
        refs.forEach(refArray::add);
        if (tlp != null) {
            report.putArray("object_marking_refs").add(TLP_MARKINGS.get(tlp));
        }
        report.set("x_interlink_access", access);
        ObjectNode bundle = BundleReader.JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--" + UUID.randomUUID());
        bundle.putArray("objects").add(report);
        List<BundleReader.Incoming> incoming = reader.read(
                BundleReader.JSON.writeValueAsBytes(bundle),
                viewer.bureau(),
                marking -> objects.markingVisible(viewer, marking));
        objects.store(viewer.bureau(), incoming, now);
        String id = report.path("id").asString();
        auditLog.record(new AuditEntry(
                viewer.actor(), viewer.bureau(), Operation.CREATE, "report", id, purpose, Outcome.SUCCESS));
        return new Created(id, refs.size());
    }

    /** One page of the reports the viewer may see, newest first. */
    CursorPage<Summary> list(Viewer viewer, @Nullable String cursor, int limit, String purpose) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
        Instant afterAdded = null;
        long afterRow = 0;
        if (cursor != null && !cursor.isBlank()) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
                afterAdded = Instant.parse(parts[0]);
                afterRow = Long.parseLong(parts[1]);
            } catch (RuntimeException e) {
                throw new InvalidInputException("cursor", "is not a cursor this list gave out");
            }
        }
        List<CyberObjects.ListedReport> found = objects.reports(viewer, afterAdded, afterRow, limit + 1);
        List<Summary> page = new ArrayList<>();
        for (CyberObjects.ListedReport listed : found.subList(0, Math.min(limit, found.size()))) {
            JsonNode body = BundleReader.JSON.readTree(listed.row().body());
            page.add(new Summary(
                    listed.row().id(),
                    listed.row().owner(),
                    body.path("name").asString(""),
                    body.path("published").asString(""),
                    listed.row().protection().tlp().name(),
                    listed.visibleObjects(),
                    listed.row().dateAdded().toString()));
        }
        journal.record(new AuditEntry(
                viewer.actor(), viewer.bureau(), Operation.LIST, "report", "", purpose, Outcome.SUCCESS));
        String next = null;
        if (found.size() > limit) {
            CyberObjects.Row last = found.get(limit - 1).row();
            next = Base64.getUrlEncoder()
                    .withoutPadding()
                    .encodeToString((last.dateAdded() + "|" + last.rowId()).getBytes(StandardCharsets.UTF_8));
        }
        return new CursorPage<>(page, next);
    }

    /**
     * A report as the viewer may see it: the STIX object (its {@code object_refs} without the objects the viewer may
     * not see), its owner, TLP and audience, and the referenced objects the viewer may see (one copy each: the report
     * owner's, else the most recent). 404 as for a missing report when the viewer may not see it.
     */
    ObjectNode get(Viewer viewer, String id, String purpose) {
        CyberObjects.Row row = find(viewer, id, purpose).orElseThrow(() -> new NotFoundException("report", id));
        ObjectNode report = shown(viewer, (ObjectNode) BundleReader.JSON.readTree(row.body()));
        List<String> refs = new ArrayList<>();
        report.path("object_refs").forEach(ref -> refs.add(ref.asString()));
        Map<String, CyberObjects.Row> resolved = new LinkedHashMap<>();
        if (!refs.isEmpty()) {
            objects.forEachVisible(viewer, refs, null, false, object -> {
                CyberObjects.Row held = resolved.get(object.id());
                if (held == null
                        || (!held.owner().equals(row.owner())
                                && (object.owner().equals(row.owner())
                                        || object.modified().isAfter(held.modified())))) {
                    resolved.put(object.id(), object);
                }
            });
        }
        ObjectNode answer = BundleReader.JSON.createObjectNode();
        answer.set("object", report);
        answer.put("owner", row.owner());
        answer.put("tlp", row.protection().tlp().name());
        answer.set("access", BundleReader.JSON.valueToTree(row.protection().restriction()));
        answer.put("dateAdded", row.dateAdded().toString());
        ArrayNode array = answer.putArray("objects");
        for (String ref : refs) {
            CyberObjects.Row object = resolved.get(ref);
            if (object != null) {
                ObjectNode entry = array.addObject();
                entry.put("owner", object.owner());
                entry.set("object", BundleReader.JSON.readTree(object.body()));
            }
        }
        return answer;
    }

    /**
     * The title of the report with this id if the viewer may see it, for a link from another module's page (a message,
     * a notice); empty, with nothing to tell it from a missing report, otherwise. Audited as a read with the purpose.
     */
    @Override
    public Optional<String> title(Viewer viewer, String id, String purpose) {
        return find(viewer, id, purpose)
                .map(row -> BundleReader.JSON.readTree(row.body()).path("name").asString(id));
    }

    /** True when the viewer may see the report with this id; not audited (a writer's check before linking to it). */
    @Override
    public boolean visible(Viewer viewer, String id) {
        return id.startsWith("report--") && objects.latest(viewer, "report", id).isPresent();
    }

    private Optional<CyberObjects.Row> find(Viewer viewer, String id, String purpose) {
        Optional<CyberObjects.Row> found =
                id.startsWith("report--") ? objects.latest(viewer, "report", id) : Optional.empty();
        journal.record(new AuditEntry(
                viewer.actor(),
                viewer.bureau(),
                Operation.READ,
                "report",
                id,
                purpose,
                found.isPresent() ? Outcome.SUCCESS : Outcome.NOT_FOUND));
        return found;
    }

    /**
     * The report without the referenced objects the viewer may not see (stored, but hidden from this viewer): every path
     * that hands a stored report out (reads, exports, TAXII) passes it through here. Ids stored nowhere stay as written.
     */
    ObjectNode shown(Viewer viewer, ObjectNode report) {
        return shown(viewer, List.of(report)).getFirst();
    }

    /**
     * Several reports as {@link #shown(Viewer, ObjectNode)} shows each, with one query for all their references (a
     * TAXII page of reports costs one statement, not one per report).
     */
    List<ObjectNode> shown(Viewer viewer, List<ObjectNode> reports) {
        Set<String> ids = new java.util.HashSet<>();
        reports.forEach(report -> report.path("object_refs").forEach(ref -> ids.add(ref.asString())));
        Set<String> hidden = objects.hiddenIds(viewer, ids);
        List<ObjectNode> shown = new ArrayList<>(reports.size());
        for (ObjectNode report : reports) {
            JsonNode refs = report.path("object_refs");
            List<String> kept = new ArrayList<>();
            refs.forEach(ref -> kept.add(ref.asString()));
            if (!refs.isArray() || !kept.removeIf(hidden::contains)) {
                shown.add(report);
                continue;
            }
            ObjectNode copy = report.deepCopy();
            ArrayNode array = copy.putArray("object_refs");
            kept.forEach(array::add);
            shown.add(copy);
        }
        return shown;
    }

    private static String text(JsonNode body, String field, int min, int max, List<FieldError> errors) {
        JsonNode node = body.path(field);
        if (node.isMissingNode() || node.isNull()) {
            if (min > 0) {
                errors.add(new FieldError(field, "is required"));
            }
            return "";
        }
        if (!node.isString()) {
            errors.add(new FieldError(field, "must be text"));
            return "";
        }
        String text = node.asString().strip();
        if (text.length() < min || text.length() > max) {
            errors.add(new FieldError(
                    field, min > 0 ? "must be 1 to " + max + " characters" : "must be at most " + max + " characters"));
        }
        return text;
    }

    private static List<String> refs(JsonNode node, List<FieldError> errors) {
        if (!node.isArray() || node.isEmpty() || node.size() > MAX_REFS) {
            errors.add(new FieldError("objectRefs", "must be an array of 1 to " + MAX_REFS + " STIX ids"));
            return List.of();
        }
        Set<String> refs = new LinkedHashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode ref = node.get(i);
            if (!ref.isString()
                    || !ref.asString()
                            .matches(
                                    "[a-z0-9][a-z0-9-]*--[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")) {
                errors.add(new FieldError("objectRefs[" + i + "]", "must be a STIX id, e.g. indicator--<UUID>"));
            } else if (!refs.add(ref.asString())) {
                errors.add(new FieldError("objectRefs[" + i + "]", "is listed twice"));
            }
        }
        return List.copyOf(refs);
    }

    /** The audience as {@code x_interlink_access}: every member by default, or chosen countries. */
    private static ObjectNode access(JsonNode node, List<FieldError> errors) {
        ObjectNode access = BundleReader.JSON.createObjectNode();
        access.put("classification", Classification.OFFICIAL.name());
        access.put("audience", Audience.ALL.name());
        access.putArray("countries");
        if (node.isMissingNode() || node.isNull()) {
            return access;
        }
        if (!node.isObject()) {
            errors.add(new FieldError("access", "must be {\"classification\", \"audience\", \"countries\"}"));
            return access;
        }
        String classification = node.path("classification").asString("OFFICIAL").toUpperCase(Locale.ROOT);
        try {
            access.put("classification", Classification.valueOf(classification).name());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("access.classification", "must be OFFICIAL, RESTRICTED or CONFIDENTIAL"));
        }
        String audience = node.path("audience").asString("ALL").toUpperCase(Locale.ROOT);
        Audience chosen = Audience.ALL;
        try {
            chosen = Audience.valueOf(audience);
            access.put("audience", chosen.name());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("access.audience", "must be ALL, ONLY or EXCEPT"));
        }
        ArrayNode countries = access.putArray("countries");
        JsonNode given = node.path("countries");
        if (!given.isMissingNode() && !given.isNull() && !given.isArray()) {
            errors.add(new FieldError("access.countries", "must be an array of ISO 3166-1 alpha-2 codes"));
        }
        for (int i = 0; i < given.size(); i++) {
            String country = given.get(i).asString("");
            if (!country.matches("[A-Za-z]{2}")) {
                errors.add(new FieldError("access.countries[" + i + "]", "must be an ISO 3166-1 alpha-2 code"));
            } else {
                countries.add(country.toUpperCase(Locale.ROOT));
            }
        }
        if (chosen == Audience.ALL && !countries.isEmpty()) {
            errors.add(new FieldError("access.countries", "must be empty when the audience is ALL"));
        }
        if (chosen == Audience.ONLY && countries.isEmpty()) {
            errors.add(new FieldError("access.countries", "must name at least one country when the audience is ONLY"));
        }
        return access;
    }

    private static @Nullable String tlp(JsonNode node, List<FieldError> errors) {
        if (node.isMissingNode() || node.isNull()) {
            return null;
        }
        String tlp = node.asString("").strip().toUpperCase(Locale.ROOT).replace("TLP:", "");
        if (!TLP_MARKINGS.containsKey(tlp)) {
            errors.add(new FieldError("tlp", "must be CLEAR, GREEN, AMBER, AMBER+STRICT or RED"));
            return null;
        }
        return tlp;
    }

    private static String published(JsonNode node, Instant now, List<FieldError> errors) {
        if (node.isMissingNode() || node.isNull()) {
            return now.toString();
        }
        try {
            return Instant.parse(node.asString("")).toString();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("published", "must be an ISO 8601 instant, e.g. 2026-12-07T10:00:00Z"));
            return now.toString();
        }
    }
}
