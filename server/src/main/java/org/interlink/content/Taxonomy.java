package org.interlink.content;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interlink.common.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * The labels a bank or an entry may carry: GIFCT's hash-sharing taxonomy in three dimensions, each label written
 * {@code dimension:value} (docs/CONTENT.md lists them). A fixed vocabulary, so labels can be counted and filtered
 * across bureaus.
 */
public final class Taxonomy {

    /** Who produced the content. */
    public static final List<String> ENTITY =
            List.of("entity:un-listed", "entity:attacker-manifesto", "entity:content-incident", "entity:other");

    /** What form it takes. */
    public static final List<String> CONTENT_TYPE = List.of(
            "content:image", "content:video", "content:audio", "content:document", "content:url", "content:text");

    /** What it does. */
    public static final List<String> BEHAVIOUR = List.of(
            "behaviour:imminent-threat",
            "behaviour:graphic-violence",
            "behaviour:glorification",
            "behaviour:recruitment",
            "behaviour:instruction",
            "behaviour:incitement",
            "behaviour:propaganda");

    /** Every label, in the order above. */
    public static final List<String> ALL = concat();

    static final int MAX_LABELS = 20;

    private Taxonomy() {}

    /** The labels in lower case, each once, in the given order; bad ones are added to {@code errors}. */
    static List<String> check(@Nullable List<String> labels, String field, List<FieldError> errors) {
        if (labels == null) {
            return List.of();
        }
        if (labels.size() > MAX_LABELS) {
            errors.add(new FieldError(field, "at most " + MAX_LABELS + " labels"));
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i) == null ? "" : labels.get(i).strip().toLowerCase(Locale.ROOT);
            if (!ALL.contains(label)) {
                errors.add(new FieldError(
                        field + "[" + i + "]", "is not a label of the taxonomy (entity:…, content:…, behaviour:…)"));
            } else {
                out.add(label);
            }
        }
        return List.copyOf(out);
    }

    private static List<String> concat() {
        List<String> all = new ArrayList<>(ENTITY);
        all.addAll(CONTENT_TYPE);
        all.addAll(BEHAVIOUR);
        return List.copyOf(all);
    }
}
