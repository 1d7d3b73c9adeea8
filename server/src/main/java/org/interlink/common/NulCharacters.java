package org.interlink.common;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses the NUL character (U+0000) in every text field a request binds: PostgreSQL's {@code text} cannot hold it, so
 * a NUL that reached the database failed the statement (a 500, or an import stopped half way). Refused while binding,
 * the error names the field like any other bad value. Every JSON mapper that reads request bodies registers
 * {@link #module()}.
 */
public final class NulCharacters {

    /** What a refused field is told. */
    public static final String MESSAGE = "must not contain a NUL character (U+0000)";

    private NulCharacters() {}

    /** The Jackson module whose text deserializer refuses NUL with an {@link InvalidFormatException}. */
    public static JacksonModule module() {
        return new SimpleModule("interlink-nul-characters").addDeserializer(String.class, new Refusing());
    }

    /** Whether a binding failure is this refusal. */
    public static boolean isRefusal(Throwable e) {
        return e instanceof InvalidFormatException format
                && format.getValue() instanceof String value
                && value.indexOf('\0') >= 0;
    }

    /**
     * The JSON path of the first text (a value or a field name) in the tree holding a NUL, {@code ""} for the root
     * itself, or null when there is none; e.g. {@code names[0].value}.
     */
    public static @Nullable String firstIn(JsonNode tree) {
        return firstNul(tree, "");
    }

    private static @Nullable String firstNul(JsonNode node, String path) {
        if (node.isString()) {
            return node.asString().indexOf('\0') >= 0 ? path : null;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String found = firstNul(node.get(i), path + "[" + i + "]");
                if (found != null) {
                    return found;
                }
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                String name = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getKey().indexOf('\0') >= 0) {
                    return name.replace('\0', '?');
                }
                String found = firstNul(field.getValue(), name);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static final class Refusing extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null && value.indexOf('\0') >= 0) {
                throw InvalidFormatException.from(p, MESSAGE, value, String.class);
            }
            return value;
        }
    }
}
