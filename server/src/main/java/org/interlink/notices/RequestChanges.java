package org.interlink.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;

/**
 * What changed between two versions of a request, field by field, for the reviewer of an edited request. Pure: fields
 * are the request's JSON paths (e.g. {@code offence.summary}); lists are compared as a whole.
 *
 * <p>Example: a summary rewritten after an Article 3 flag gives one change {@code offence.summary}, the old text before
 * and the new text after.
 */
final class RequestChanges {

    /** One changed field; {@code before} or {@code after} is empty when the field was absent. Public: templates read it. */
    public record Change(String field, String before, String after) {}

    private RequestChanges() {}

    static List<Change> between(NoticeRequest before, NoticeRequest after) {
        Map<String, String> old = flatten(Notices.JSON.valueToTree(before));
        Map<String, String> now = flatten(Notices.JSON.valueToTree(after));
        List<Change> changes = new ArrayList<>();
        TreeSet<String> fields = new TreeSet<>(old.keySet());
        fields.addAll(now.keySet());
        for (String field : fields) {
            String was = old.getOrDefault(field, "");
            String is = now.getOrDefault(field, "");
            if (!Objects.equals(was, is)) {
                changes.add(new Change(field, was, is));
            }
        }
        return List.copyOf(changes);
    }

    private static Map<String, String> flatten(JsonNode node) {
        Map<String, String> fields = new TreeMap<>();
        flatten("", node, fields);
        return fields;
    }

    private static void flatten(String path, JsonNode node, Map<String, String> fields) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                flatten(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getValue(), fields);
            }
        } else if (node.isArray()) {
            List<String> items = new ArrayList<>();
            node.forEach(item -> items.add(item.isValueNode() ? item.asString() : item.toString()));
            if (!items.isEmpty()) {
                fields.put(path, String.join(", ", items.stream().sorted().toList()));
            }
        } else {
            fields.put(path, node.asString());
        }
    }
}
