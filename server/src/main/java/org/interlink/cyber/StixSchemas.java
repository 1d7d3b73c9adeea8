package org.interlink.cyber;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Validates STIX objects against Interlink's JSON schemas ({@code cyber/schemas/stix-2.1.json}, JSON Schema 2020-12),
 * written from the STIX 2.1 specification's required properties and formats for the supported types; any other type
 * (e.g. ATT&CK's {@code x-mitre-tactic}) is checked against the common properties alone, and an SDO or SRO without
 * {@code spec_version} (STIX 2.0, as in the TAXII reference data) against the properties 2.0 and 2.1 share.
 */
final class StixSchemas {

    private static final String RESOURCE = "/cyber/schemas/stix-2.1.json";

    private final ObjectNode document;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> byType = new ConcurrentHashMap<>();

    StixSchemas() {
        try (InputStream in = StixSchemas.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            document = (ObjectNode) JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What is wrong with {@code object}, one entry per problem: {@code field} is the property's path inside the
     * object (e.g. {@code pattern}, {@code external_references[0].source_name}). Empty when it is valid.
     */
    List<Problem> validate(JsonNode object) {
        String type = object.path("type").isString() ? object.path("type").asString() : "";
        String definition = document.path("$defs").has(type) ? type : "base";
        if (!object.has("spec_version") && object.has("modified") && !type.equals("marking-definition")) {
            definition = "stix-2.0"; // 2.0 kept the version on the bundle; its SDOs lack 2.1's new required properties
        }
        Schema schema = byType.computeIfAbsent(definition, this::schema);
        List<Problem> problems = new ArrayList<>();
        for (Error error : schema.validate(object)) {
            String field = field(error.getInstanceLocation().toString());
            if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
                field = field.isEmpty() ? error.getProperty() : field + "." + error.getProperty();
            }
            Problem problem = new Problem(field.isEmpty() ? "type" : field, error.getMessage());
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** A JSON pointer ({@code /external_references/0/source_name}) as a field path ({@code external_references[0].source_name}). */
    static String field(String pointer) {
        StringBuilder field = new StringBuilder();
        for (String segment : pointer.split("/")) {
            if (segment.isEmpty() || segment.equals("$")) {
                continue;
            }
            String name = segment.replace("~1", "/").replace("~0", "~");
            if (name.matches("\\d+")) {
                field.append('[').append(name).append(']');
            } else {
                field.append(field.isEmpty() ? "" : ".").append(name);
            }
        }
        return field.toString();
    }

    /** One schema violation: the property's path inside the object and the validator's message. */
    record Problem(String field, String message) {}

    private Schema schema(String definition) {
        ObjectNode root = document.deepCopy();
        root.put("$ref", "#/$defs/" + definition);
        return registry.getSchema(root);
    }
}
