package org.interlink.records;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * A stored record as a page shows it: labelled rows, and a person's names with their types. Codes stay codes here; the
 * page turns them into words through {@code @labels}, using each row's group.
 */
final class Display {

    /**
     * One labelled value or list of values.
     *
     * @param group how the page puts the values into words: {@code country} for alpha-2 codes, an enum's label group
     *     (e.g. {@code category}), or empty for free text
     */
    record Row(String label, List<String> values, String group) {

        Row(String label, String value) {
            this(label, List.of(value), "");
        }
    }

    /** One name of a person. */
    record Name(String value, String type, String quality) {}

    private Display() {}

    static List<Row> rows(StoredRecord record) {
        JsonNode body = RecordJson.tree(record.body());
        List<Row> rows = new ArrayList<>();
        for (RecordForm.Field field : RecordForm.fields(record.kind())) {
            JsonNode node = body.get(field.name());
            if (node == null || node.isNull() || (node.isArray() && node.isEmpty())) {
                continue;
            }
            List<String> values = new ArrayList<>();
            if (node.isArray()) {
                node.forEach(n -> values.add(n.asString()));
            } else {
                values.add(node.asString());
            }
            rows.add(new Row(field.label(), values, group(field)));
        }
        for (String common : List.of("externalId", "purpose", "legalReference")) {
            if (body.hasNonNull(common)) {
                rows.add(new Row(
                        RecordForm.COMMON.stream()
                                .filter(f -> f.name().equals(common))
                                .findFirst()
                                .orElseThrow()
                                .label(),
                        body.get(common).asString()));
            }
        }
        return rows;
    }

    private static String group(RecordForm.Field field) {
        return switch (field.name()) {
            case "nationalities", "registrationCountry" -> "country";
            case "categories" -> "category";
            default -> field.options().isEmpty() ? "" : field.name();
        };
    }

    static List<Name> names(StoredRecord record) {
        if (record.kind() != RecordKind.PERSON) {
            return List.of();
        }
        JsonNode body = RecordJson.tree(record.body());
        List<Name> names = new ArrayList<>();
        if (body.has("names")) {
            for (JsonNode name : body.get("names")) {
                names.add(new Name(
                        name.get("value").asString(),
                        name.get("type").asString(),
                        name.has("quality") ? name.get("quality").asString() : ""));
            }
        }
        return names;
    }
}
