package org.interlink.records;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The web form of each kind of record, and its translation to and from the API's JSON body, so a page goes through
 * exactly the same rules as the API: the form becomes a body, the body is parsed and validated like any other.
 */
final class RecordForm {

    /** How a field is entered. */
    enum Input {
        TEXT,
        TEXTAREA,
        SELECT,
        CHECKBOXES,
        DATE,
        NUMBER,
        LIST
    }

    /**
     * One field of a form.
     *
     * @param name the form parameter, and the API field it fills (except the person's names)
     * @param hint a short help text under the field, or empty
     */
    record Field(String name, String label, Input input, List<String> options, String hint) {

        Field(String name, String label, Input input) {
            this(name, label, input, List.of(), "");
        }

        Field hint(String text) {
            return new Field(name, label, input, options, text);
        }

        boolean multiple() {
            return input == Input.CHECKBOXES;
        }
    }

    private static List<String> names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static Field select(String name, String label, Class<? extends Enum<?>> type) {
        return new Field(name, label, Input.SELECT, names(type), "");
    }

    static final List<Field> COMMON = List.of(
            new Field("externalId", "Your reference (external id)", Input.TEXT),
            select("classification", "Classification", Classification.class),
            select("audience", "Shared with", Audience.class),
            new Field("countries", "Countries (for Only / All except)", Input.LIST).hint("alpha-2 codes, e.g. DE, IT"),
            new Field("purpose", "Purpose", Input.TEXT),
            new Field("legalReference", "Legal reference", Input.TEXT),
            new Field("reviewBy", "Review by", Input.DATE).hint("default: 5 years for persons, 10 for the others"));

    static List<Field> fields(RecordKind kind) {
        return switch (kind) {
            case PERSON ->
                List.of(
                        new Field("primaryName", "Primary name (Latin script)", Input.TEXT)
                                .hint("given names, then FAMILY NAME"),
                        new Field("originalScriptName", "Name in original script", Input.TEXT)
                                .hint("e.g. Cyrillic, Arabic, Chinese"),
                        new Field("aliases", "Aliases", Input.TEXTAREA).hint("one per line; \"name | quality\""),
                        select("sex", "Sex", Sex.class),
                        new Field("dateOfBirth", "Date of birth", Input.TEXT).hint("YYYY-MM-DD, YYYY-MM or YYYY"),
                        new Field("placeOfBirth", "Place of birth", Input.TEXT),
                        new Field("nationalities", "Nationalities", Input.LIST).hint("alpha-2 codes, e.g. FR, DZ"),
                        new Field("identityDocuments", "Identity document numbers", Input.LIST),
                        new Field("distinguishingMarks", "Distinguishing marks", Input.TEXTAREA).hint("one per line"),
                        new Field("categories", "Categories", Input.CHECKBOXES, names(PersonCategory.class), ""),
                        new Field("summary", "Summary", Input.TEXTAREA));
            case DOCUMENT ->
                List.of(
                        new Field("number", "Document number", Input.TEXT),
                        select("type", "Type", DocumentInput.Type.class),
                        new Field("issuingCountry", "Issuing country (ICAO code)", Input.TEXT)
                                .hint("e.g. FRA, D, GBR; only the issuing country may report"),
                        select("status", "Status", DocumentInput.Status.class),
                        new Field("reportedOn", "Reported on", Input.DATE),
                        new Field("holderPersonId", "Holder (person record id)", Input.TEXT));
            case VEHICLE ->
                List.of(
                        new Field("vin", "VIN", Input.TEXT),
                        new Field("plate", "Plate", Input.TEXT),
                        new Field("registrationCountry", "Registration country", Input.TEXT).hint("alpha-2 code"),
                        new Field("make", "Make", Input.TEXT),
                        new Field("model", "Model", Input.TEXT),
                        new Field("year", "Year", Input.NUMBER),
                        new Field("colour", "Colour", Input.TEXT),
                        select("status", "Status", VehicleInput.Status.class));
            case FIREARM ->
                List.of(
                        new Field("make", "Make", Input.TEXT),
                        new Field("model", "Model", Input.TEXT),
                        new Field("calibre", "Calibre", Input.TEXT),
                        select("type", "Type", FirearmInput.Type.class),
                        new Field("serialNumber", "Serial number", Input.TEXT),
                        select("status", "Status", FirearmInput.Status.class));
            case ARTWORK ->
                List.of(
                        new Field("title", "Title", Input.TEXT),
                        new Field("artist", "Artist", Input.TEXT),
                        select("type", "Type", ArtworkInput.Type.class),
                        new Field("period", "Period", Input.TEXT),
                        new Field("dimensions", "Dimensions", Input.TEXT),
                        new Field("description", "Description", Input.TEXTAREA),
                        select("status", "Status", ArtworkInput.Status.class));
        };
    }

    /** The API body the submitted form stands for. */
    static String body(RecordKind kind, MultiValueMap<String, String> form) {
        ObjectNode body = RecordJson.MAPPER.createObjectNode();
        for (Field field : fields(kind)) {
            if (kind == RecordKind.PERSON && field.name().endsWith("Name")
                    || field.name().equals("aliases")) {
                continue;
            }
            put(body, field, form);
        }
        if (kind == RecordKind.PERSON) {
            ArrayNode names = body.putArray("names");
            addName(names, form.getFirst("primaryName"), "PRIMARY", null);
            addName(names, form.getFirst("originalScriptName"), "ORIGINAL_SCRIPT", null);
            for (String line : lines(form.getFirst("aliases"))) {
                int bar = line.lastIndexOf('|');
                addName(
                        names,
                        bar < 0 ? line : line.substring(0, bar),
                        "ALIAS",
                        bar < 0 ? null : line.substring(bar + 1).strip());
            }
        }
        for (Field field : List.of(COMMON.get(0), COMMON.get(4), COMMON.get(5), COMMON.get(6))) {
            put(body, field, form);
        }
        ObjectNode access = body.putObject("access");
        access.put("classification", value(form, "classification", "OFFICIAL"));
        access.put("audience", value(form, "audience", "ALL"));
        ArrayNode countries = access.putArray("countries");
        split(form.getFirst("countries")).forEach(countries::add);
        return RecordJson.write(body);
    }

    private static void put(ObjectNode body, Field field, MultiValueMap<String, String> form) {
        String value = form.getFirst(field.name());
        switch (field.input()) {
            case CHECKBOXES -> {
                ArrayNode array = body.putArray(field.name());
                List<String> values = form.get(field.name());
                if (values != null) {
                    values.forEach(array::add);
                }
            }
            case LIST -> {
                ArrayNode array = body.putArray(field.name());
                (field.name().equals("identityDocuments") ? items(value) : split(value)).forEach(array::add);
            }
            case TEXTAREA -> {
                if (field.name().equals("distinguishingMarks")) {
                    ArrayNode array = body.putArray(field.name());
                    lines(value).forEach(array::add);
                } else if (value != null && !value.isBlank()) {
                    body.put(field.name(), value);
                }
            }
            case NUMBER -> {
                if (value != null && !value.isBlank()) {
                    try {
                        body.put(field.name(), Integer.parseInt(value.strip()));
                    } catch (NumberFormatException e) {
                        body.put(field.name(), value);
                    }
                }
            }
            default -> {
                if (value != null && !value.isBlank()) {
                    body.put(field.name(), value);
                }
            }
        }
    }

    private static void addName(ArrayNode names, String value, String type, String quality) {
        if (value != null && !value.isBlank()) {
            ObjectNode name = names.addObject();
            name.put("value", value.strip());
            name.put("type", type);
            if (quality != null && !quality.isBlank()) {
                name.put("quality", quality);
            }
        }
    }

    /** The form values showing a stored record, for editing. */
    static Map<String, Object> values(StoredRecord record) {
        JsonNode body = RecordJson.tree(record.body());
        Map<String, Object> values = new LinkedHashMap<>();
        for (Field field : fields(record.kind())) {
            JsonNode node = body.get(field.name());
            if (node == null || node.isNull()) {
                continue;
            }
            if (field.input() == Input.CHECKBOXES) {
                List<String> items = new ArrayList<>();
                node.forEach(n -> items.add(n.asString()));
                values.put(field.name(), items);
            } else if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(n -> items.add(n.asString()));
                values.put(field.name(), String.join(field.input() == Input.TEXTAREA ? "\n" : ", ", items));
            } else {
                values.put(field.name(), node.asString());
            }
        }
        if (record.kind() == RecordKind.PERSON && body.has("names")) {
            List<String> aliases = new ArrayList<>();
            for (JsonNode name : body.get("names")) {
                String value = name.get("value").asString();
                switch (name.get("type").asString()) {
                    case "PRIMARY" -> values.putIfAbsent("primaryName", value);
                    case "ORIGINAL_SCRIPT" -> values.putIfAbsent("originalScriptName", value);
                    default ->
                        aliases.add(
                                name.has("quality")
                                        ? value + " | " + name.get("quality").asString()
                                        : value);
                }
            }
            values.put("aliases", String.join("\n", aliases));
        }
        for (String common : List.of("externalId", "purpose", "legalReference")) {
            if (body.hasNonNull(common)) {
                values.put(common, body.get(common).asString());
            }
        }
        values.put("reviewBy", record.reviewBy().toString());
        values.put("classification", record.restriction().classification().name());
        values.put("audience", record.restriction().audience().name());
        values.put(
                "countries",
                String.join(
                        ", ", record.restriction().countries().stream().sorted().toList()));
        return values;
    }

    /** The submitted values, to show the form again after a refusal. */
    static Map<String, Object> values(RecordKind kind, MultiValueMap<String, String> form) {
        Map<String, Object> values = new LinkedHashMap<>();
        form.forEach((name, list) -> {
            boolean multiple = fields(kind).stream().anyMatch(f -> f.name().equals(name) && f.multiple());
            values.put(name, multiple ? list : list.isEmpty() ? "" : list.getFirst());
        });
        return values;
    }

    private static List<String> split(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[,;\\s]+")).filter(s -> !s.isBlank()).toList();
    }

    /** Comma-, semicolon- or line-separated items that may contain spaces (document numbers). */
    private static List<String> items(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(value.split("[,;\\n]+"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<String> lines(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return value.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String value(MultiValueMap<String, String> form, String name, String fallback) {
        String value = form.getFirst(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
