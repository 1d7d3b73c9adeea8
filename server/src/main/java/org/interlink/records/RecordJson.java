package org.interlink.records;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.List;
import org.interlink.access.Viewer;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NulCharacters;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads record bodies strictly (unknown fields, wrong types and malformed JSON are rejected naming the field) and
 * writes them as stored. One instance is shared: Jackson mappers are thread-safe once built.
 */
final class RecordJson {

    static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .addModule(NulCharacters.module())
            .build();

    private RecordJson() {}

    /** The body's JSON as stored: null fields left out. */
    static String write(Object body) {
        return MAPPER.writeValueAsString(body);
    }

    static <T> T read(String json, Class<T> type) {
        return MAPPER.readValue(json, type);
    }

    static JsonNode tree(String json) {
        return MAPPER.readTree(json);
    }

    /**
     * Parses and validates one body of the kind: every problem at once as {@link InvalidInputException} (the
     * validation's errors are kept in {@code v} too).
     */
    static Validated parse(RecordKind kind, String json, Viewer viewer, Validation v) {
        Object input = bind(kind, json);
        Validated validated = validate(kind, input, viewer, v);
        v.throwIfInvalid();
        return validated;
    }

    static Validated validate(RecordKind kind, Object input, Viewer viewer, Validation v) {
        return switch (kind) {
            case PERSON -> PersonRules.validate((PersonInput) input, viewer, v);
            case DOCUMENT -> DocumentRules.validate((DocumentInput) input, viewer, v);
            case VEHICLE -> VehicleRules.validate((VehicleInput) input, viewer, v);
            case FIREARM -> FirearmRules.validate((FirearmInput) input, viewer, v);
            case ARTWORK -> ArtworkRules.validate((ArtworkInput) input, viewer, v);
        };
    }

    static Class<?> inputType(RecordKind kind) {
        return switch (kind) {
            case PERSON -> PersonInput.class;
            case DOCUMENT -> DocumentInput.class;
            case VEHICLE -> VehicleInput.class;
            case FIREARM -> FirearmInput.class;
            case ARTWORK -> ArtworkInput.class;
        };
    }

    /** Binds the JSON to the kind's input record, or throws {@link InvalidInputException} naming the field. */
    static Object bind(RecordKind kind, String json) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidInputException("body", "is not valid JSON");
        }
        if (tree == null || !tree.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        String nul = NulCharacters.firstIn(tree);
        if (nul != null) {
            throw new InvalidInputException(nul.isEmpty() ? "body" : nul, NulCharacters.MESSAGE);
        }
        return bind(kind, (ObjectNode) tree);
    }

    static Object bind(RecordKind kind, ObjectNode tree) {
        JsonNode access = tree.get("access");
        if (access instanceof ObjectNode object) {
            // The API's defaults: OFFICIAL, shared with ALL.
            if (!object.has("classification") || object.get("classification").isNull()) {
                object.put("classification", "OFFICIAL");
            }
            if (!object.has("audience") || object.get("audience").isNull()) {
                object.put("audience", "ALL");
            }
        }
        try {
            return MAPPER.treeToValue(tree, inputType(kind));
        } catch (JacksonException e) {
            throw new InvalidInputException(List.of(describe(e)));
        }
    }

    static FieldError describe(JacksonException e) {
        if (e instanceof StreamReadException && !(e instanceof tools.jackson.databind.DatabindException)) {
            return new FieldError("body", "is not valid JSON");
        }
        String field = path(e.getPath());
        if (NulCharacters.isRefusal(e)) {
            return new FieldError(field, NulCharacters.MESSAGE);
        }
        if (e instanceof UnrecognizedPropertyException) {
            return new FieldError(field, "is not a known field");
        }
        if (e instanceof ValueInstantiationException && rootCause(e) instanceof IllegalArgumentException cause) {
            return new FieldError(field, cause.getMessage() == null ? "is invalid" : cause.getMessage());
        }
        return new FieldError(field, "has the wrong type or format");
    }

    private static Throwable rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    static String path(@Nullable List<JacksonException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference :
                references == null ? new ArrayList<JacksonException.Reference>() : references) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
