package org.interlink.messaging;

import java.util.Locale;
import java.util.Set;

/**
 * An opaque, typed reference from a message to an item of another module, e.g. {@code {"type": "PERSON", "id":
 * "..."}}. Only its shape is checked: the item may live in a module this one does not know, and the reference reveals
 * nothing beyond what the sender wrote. A {@link #CYBER_REPORT} is the exception: see there.
 *
 * @param type one of {@link #TYPES}, upper case
 * @param id the item's id: 1 to 100 letters, digits, {@code . _ : -}
 */
public record Reference(String type, String id) {

    /**
     * A cyber report, by its STIX id ({@code report--<UUID>}): unlike the other kinds, checked when the message is
     * written (the sender must see the report) and shown to a reader only when they may see the report too.
     */
    public static final String CYBER_REPORT = "CYBER_REPORT";

    /** The kinds of item a message may refer to. */
    public static final Set<String> TYPES = Set.of(
            "PERSON",
            "DOCUMENT",
            "VEHICLE",
            "FIREARM",
            "ARTWORK",
            "NOTICE",
            "DIFFUSION",
            "HIT",
            "MESSAGE",
            CYBER_REPORT);

    public Reference {
        type = type == null ? "" : type.trim().toUpperCase(Locale.ROOT);
        if (!TYPES.contains(type)) {
            throw new IllegalArgumentException("type must be one of " + new java.util.TreeSet<>(TYPES));
        }
        id = id == null ? "" : id.trim();
        if (!id.matches("[A-Za-z0-9._:-]{1,100}")) {
            throw new IllegalArgumentException("id must be 1 to 100 letters, digits, '.', '_', ':' or '-'");
        }
    }
}
