package org.interlink.matching;

import org.jspecify.annotations.Nullable;

/**
 * What a screening knows about a traveller: a name in any script, and optionally date of birth, nationality and sex.
 *
 * <p>Example: {@code new PersonQuery("PUTIN VLADIMIR", PartialDate.parse("1952-10-07"), "RU", Sex.MALE)}.
 *
 * @param name the full name in any script and token order
 * @param dateOfBirth null when unknown
 * @param nationality ISO 3166-1 alpha-2, upper-cased on construction; null when unknown
 * @param sex null when unknown
 */
public record PersonQuery(
        String name,
        @Nullable PartialDate dateOfBirth,
        @Nullable String nationality,
        @Nullable Sex sex) {

    public PersonQuery {
        if (name.isBlank()) {
            throw new IllegalArgumentException("blank name");
        }
        nationality = nationality == null ? null : PersonEntry.alpha2(nationality);
    }

    /** A query by name only. */
    public PersonQuery(String name) {
        this(name, null, null, null);
    }
}
