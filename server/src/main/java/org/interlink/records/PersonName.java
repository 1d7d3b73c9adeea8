package org.interlink.records;

import org.jspecify.annotations.Nullable;

/**
 * One name of a person, in any script, e.g. {@code new PersonName("Владимир Путин", NameType.ORIGINAL_SCRIPT, null)}.
 *
 * @param value the name as written, Unicode NFC
 * @param type how the name belongs to the person
 * @param quality for aliases, how reliable the alias is as the source states it (the UN list's {@code Good} or {@code
 *     Low}); null when unknown or not an alias
 */
public record PersonName(
        String value, NameType type, @Nullable String quality) {

    public PersonName {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a name needs a value");
        }
        if (type == null) {
            throw new IllegalArgumentException("a name needs a type");
        }
    }

    public PersonName(String value, NameType type) {
        this(value, type, null);
    }
}
