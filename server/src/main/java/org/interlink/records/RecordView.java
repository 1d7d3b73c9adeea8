package org.interlink.records;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A record as the API answers it: id, kind, owner, version, then the kind's fields, then the shared fields from the
 * columns that hold them (access, review date, who created and changed it, when).
 */
final class RecordView {

    private RecordView() {}

    static ObjectNode json(StoredRecord r) {
        ObjectNode node = RecordJson.MAPPER.createObjectNode();
        node.put("id", r.id());
        node.put("kind", r.kind().name());
        node.put("owner", r.owner());
        node.put("version", r.version());
        JsonNode body = RecordJson.tree(r.body());
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            node.set(field.getKey(), field.getValue());
        }
        node.set("access", RecordJson.MAPPER.valueToTree(r.restriction()));
        node.put("reviewBy", r.reviewBy().toString());
        if (r.reviewDueSince() != null) {
            node.put("reviewDueSince", r.reviewDueSince().toString());
        }
        node.put("createdAt", r.createdAt().toString());
        node.put("createdBy", r.createdBy());
        node.put("updatedAt", r.updatedAt().toString());
        node.put("updatedBy", r.updatedBy());
        return node;
    }
}
