package org.interlink.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Describes a record's versions: who wrote each, when, why, and which fields it changed. */
final class History {

    private History() {}

    static List<JsonNode> describe(List<RecordRows.Version> versions) {
        List<JsonNode> result = new ArrayList<>();
        JsonNode previous = null;
        for (RecordRows.Version version : versions) {
            JsonNode body = RecordJson.tree(version.body());
            ObjectNode node = RecordJson.MAPPER.createObjectNode();
            node.put("version", version.version());
            node.put("at", version.at().toString());
            node.put("by", version.by());
            node.put("purpose", version.purpose());
            var changed = node.putArray("changed");
            changedFields(previous, body).forEach(changed::add);
            node.set("record", body);
            result.add(node);
            previous = body;
        }
        return result;
    }

    static List<String> changedFields(JsonNode before, JsonNode after) {
        TreeSet<String> names = new TreeSet<>();
        if (before != null) {
            before.propertyNames().forEach(names::add);
        }
        after.propertyNames().forEach(names::add);
        List<String> changed = new ArrayList<>();
        for (String name : names) {
            if (before == null || !Objects.equals(before.get(name), after.get(name))) {
                changed.add(name);
            }
        }
        return changed;
    }
}
