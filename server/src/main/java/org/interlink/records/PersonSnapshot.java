package org.interlink.records;

import java.util.List;
import java.util.Set;
import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A person record as it stands after a committed change: what screening indexes. Carries the owner and restriction so
 * that a consumer applies the access policy before revealing anything.
 *
 * @param dateOfBirth full or partial: {@code "1952"}, {@code "1952-10"} or {@code "1952-10-07"}
 * @param nationalities ISO 3166-1 alpha-2 codes
 * @param sex {@code M}, {@code F} or {@code U}
 * @param categories e.g. {@code WANTED}, {@code UN_SANCTIONS} (see the API's person categories)
 * @param version the record's version, also its ETag; later changes carry larger versions
 */
public record PersonSnapshot(
        String id,
        String owner,
        Restriction restriction,
        List<PersonName> names,
        @Nullable String dateOfBirth,
        Set<String> nationalities,
        @Nullable String sex,
        Set<String> categories,
        String summary,
        long version) {

    public PersonSnapshot {
        names = List.copyOf(names);
        nationalities = Set.copyOf(nationalities);
        categories = Set.copyOf(categories);
    }
}
