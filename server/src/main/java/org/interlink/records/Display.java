package org.interlink.records;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** A stored record as a page shows it: labelled rows, and a person's names with their types. */
final class Display {

    /** One labelled value. */
    record Row(String label, String value) {}

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
            String value;
            if (node.isArray()) {
                List<String> items = new ArrayList<>();
                node.forEach(n -> items.add(n.asString()));
                value = String.join(", ", items);
            } else {
                value = node.asString();
            }
            rows.add(new Row(field.label(), value));
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
