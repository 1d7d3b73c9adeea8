package org.interlink.matching;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A person as indexed for screening: a record id and every name the record knows (primary name and aliases, in any
 * script), with what else identifies them.
 *
 * <p>Example: {@code new PersonEntry("notice-42", List.of("Владимир Путин", "Vladimir Putin"),
 * PartialDate.parse("1952-10-07"), Set.of("RU"), Sex.MALE)}.
 *
 * @param id the caller's record id, unique in an index
 * @param names at least one name, in any script and order
 * @param dateOfBirth null when unknown
 * @param nationalities ISO 3166-1 alpha-2 codes, upper-cased on construction; empty when unknown
 * @param sex null when unknown
 */
public record PersonEntry(
        String id,
        List<String> names,
        @Nullable PartialDate dateOfBirth,
        Set<String> nationalities,
        @Nullable Sex sex) {

    public PersonEntry {
        if (id.isBlank()) {
            throw new IllegalArgumentException("blank id");
        }
        if (names.isEmpty() || names.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a person needs at least one non-blank name: " + id);
        }
        names = List.copyOf(names);
        TreeSet<String> codes = new TreeSet<>();
        for (String code : nationalities) {
            codes.add(alpha2(code));
        }
        nationalities = Set.copyOf(codes);
    }

    /** A person known only by names. */
    public PersonEntry(String id, List<String> names) {
        this(id, names, null, Set.of(), null);
    }

    static String alpha2(String code) {
        String upper = code.strip().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + code);
        }
        return upper;
    }
}
