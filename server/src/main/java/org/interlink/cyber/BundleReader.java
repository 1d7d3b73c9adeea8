package org.interlink.cyber;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a STIX 2.1 bundle and checks every object before anything is stored: the schema, the pattern of each indicator,
 * the markings (TLP ids, marking definitions in the bundle or already shared) and the {@code x_interlink_access}
 * restriction. Every problem is reported at once, each naming the object ({@code objects[3]}, with its id) and the
 * field.
 */
final class BundleReader {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** The key version of objects that have no {@code modified} (SCOs, marking definitions without {@code created}). */
    static final Instant NO_VERSION = Instant.EPOCH;

    private final StixSchemas schemas;

    BundleReader(StixSchemas schemas) {
        this.schemas = schemas;
    }

    /** One object of the bundle, checked and ready to store. */
    record Incoming(
            String id,
            String type,
            Instant modified,
            Protection protection,
            List<String> markings,
            @Nullable Instant validFrom,
            @Nullable Instant validUntil,
            @Nullable Integer confidence,
            boolean revoked,
            List<StixPattern.Value> values,
            ObjectNode body) {}

    /**
     * The bundle's objects, for the owner bureau {@code owner}.
     *
     * @param storedMarking whether a marking-definition id is already shared (and visible to the importer)
     * @throws InvalidInputException listing every problem; nothing is to be stored then
     */
    List<Incoming> read(byte[] bytes, String owner, Predicate<String> storedMarking) {
        JsonNode bundle;
        try {
            bundle = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "is not JSON: " + e.getOriginalMessage());
        }
        if (bundle == null
                || !bundle.isObject()
                || !"bundle".equals(bundle.path("type").asString(""))) {
            throw new InvalidInputException("type", "must be \"bundle\": the body is a STIX 2.1 bundle");
        }
        if (!bundle.path("id").asString("").matches("bundle--[0-9a-fA-F-]{36}")) {
            throw new InvalidInputException("id", "must be a bundle id, bundle--<UUID>");
        }
        JsonNode objects = bundle.path("objects");
        if (!objects.isArray()) {
            throw new InvalidInputException("objects", "must be an array of STIX objects");
        }
        Set<String> bundleMarkings = new HashSet<>();
        for (JsonNode object : objects) {
            if ("marking-definition".equals(object.path("type").asString(""))) {
                bundleMarkings.add(object.path("id").asString(""));
            }
        }
        List<FieldError> errors = new ArrayList<>();
        List<Incoming> incoming = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < objects.size(); i++) {
            JsonNode object = objects.get(i);
            String at = "objects[" + i + "]";
            if (!object.isObject()) {
                errors.add(new FieldError(at, "must be a STIX object"));
                continue;
            }
            String id = object.path("id").asString("");
            Errors found = new Errors(at, id, errors);
            for (StixSchemas.Problem problem : schemas.validate(object)) {
                found.add(problem.field(), problem.message());
            }
            if (found.any()) {
                continue;
            }
            Incoming checked = check((ObjectNode) object, owner, found, bundleMarkings, storedMarking);
            if (checked != null && !seen.add(id + " " + checked.modified())) {
                found.add("modified", "the bundle holds this version twice");
            } else if (checked != null) {
                incoming.add(checked);
            }
            if (errors.size() > 100) {
                break;
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return incoming;
    }

    private @Nullable Incoming check(
            ObjectNode object, String owner, Errors found, Set<String> bundleMarkings, Predicate<String> stored) {
        String id = object.path("id").asString();
        String type = object.path("type").asString();
        if (!id.startsWith(type + "--")) {
            found.add("id", "must start with the object's type, " + type + "--");
        }
        Tlp tlp = Tlp.CLEAR;
        Set<String> markings = new LinkedHashSet<>();
        object.path("object_marking_refs").forEach(ref -> markings.add(ref.asString()));
        object.path("granular_markings").forEach(granular -> {
            if (granular.path("marking_ref").isString()) {
                markings.add(granular.path("marking_ref").asString());
            }
        });
        for (String marking : markings) {
            var level = Tlp.of(marking);
            if (level.isPresent()) {
                tlp = tlp.and(level.get());
            } else if (!bundleMarkings.contains(marking) && !stored.test(marking)) {
                found.add("object_marking_refs", "unknown marking definition " + marking);
            }
        }
        Restriction restriction = restriction(object.path("x_interlink_access"), found);
        List<StixPattern.Value> values = List.of();
        Instant validFrom = null;
        Instant validUntil = null;
        Integer confidence =
                object.path("confidence").isInt() ? object.path("confidence").asInt() : null;
        if (type.equals("indicator")) {
            if (!object.path("pattern_type").asString().equals("stix")) {
                found.add("pattern_type", "only STIX patterns (\"stix\") are supported");
            } else {
                try {
                    values =
                            StixPattern.parse(object.path("pattern").asString()).values();
                } catch (StixPattern.Malformed e) {
                    found.add("pattern", e.getMessage());
                }
            }
            validFrom = instant(object.path("valid_from"), "valid_from", found);
            validUntil = object.has("valid_until") ? instant(object.path("valid_until"), "valid_until", found) : null;
            if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
                found.add("valid_until", "must be later than valid_from");
            }
            if (validFrom != null && validUntil == null) {
                validUntil = Decay.validUntil(
                        values.isEmpty() ? "" : values.getFirst().type(), validFrom);
            }
            confidence = confidence == null ? Decay.DEFAULT_CONFIDENCE : confidence;
        }
        Instant modified = version(object, found);
        if (found.any()) {
            return null;
        }
        return new Incoming(
                id,
                type,
                modified,
                new Protection(owner, restriction, tlp),
                List.copyOf(markings),
                validFrom,
                validUntil,
                confidence,
                object.path("revoked").asBoolean(false),
                values,
                object);
    }

    private static Instant version(ObjectNode object, Errors found) {
        String field = object.has("modified") ? "modified" : object.has("created") ? "created" : null;
        if (field == null) {
            return NO_VERSION;
        }
        Instant at = instant(object.path(field), field, found);
        return at == null ? NO_VERSION : at;
    }

    private static @Nullable Instant instant(JsonNode node, String field, Errors found) {
        try {
            return Instant.parse(node.asString());
        } catch (DateTimeParseException e) {
            found.add(field, "must be a STIX timestamp, e.g. 2026-12-07T10:00:00.000Z");
            return null;
        }
    }

    private static Restriction restriction(JsonNode access, Errors found) {
        if (access.isMissingNode()) {
            return Restriction.OPEN;
        }
        Set<String> countries = new TreeSet<>();
        access.path("countries").forEach(country -> countries.add(country.asString()));
        try {
            return new Restriction(
                    Classification.valueOf(access.path("classification").asString("OFFICIAL")),
                    Audience.valueOf(access.path("audience").asString()),
                    countries);
        } catch (IllegalArgumentException e) {
            found.add("x_interlink_access", e.getMessage());
            return Restriction.OPEN;
        }
    }

    /** Problems of one object: each field is written {@code objects[i].field} and each message names the object. */
    private static final class Errors {
        private final String at;
        private final String id;
        private final List<FieldError> errors;
        private boolean any;

        Errors(String at, String id, List<FieldError> errors) {
            this.at = at;
            this.id = id;
            this.errors = errors;
        }

        void add(String field, String message) {
            errors.add(new FieldError(at + "." + field, (id.isEmpty() ? "" : id + ": ") + message));
            any = true;
        }

        boolean any() {
            return any;
        }
    }
}
