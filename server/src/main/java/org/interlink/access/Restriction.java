package org.interlink.access;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The restriction an owner sets on a shared item: its classification and its audience.
 *
 * @param countries ISO 3166-1 alpha-2 codes, upper case; meaningful for {@link Audience#ONLY} and {@link
 *     Audience#EXCEPT}, always empty for {@link Audience#ALL}
 */
public record Restriction(Classification classification, Audience audience, Set<String> countries) {

    /** Shared with every member at the lowest classification: the default of the API. */
    public static final Restriction OPEN = new Restriction(Classification.OFFICIAL, Audience.ALL, Set.of());

    public Restriction {
        if (classification == null) {
            throw new IllegalArgumentException("classification is required");
        }
        if (audience == null) {
            throw new IllegalArgumentException("audience is required");
        }
        TreeSet<String> normalised = new TreeSet<>();
        for (String country : countries == null ? Set.<String>of() : countries) {
            if (country == null || !country.matches("[A-Za-z]{2}")) {
                throw new IllegalArgumentException("countries must be ISO 3166-1 alpha-2 codes: " + country);
            }
            normalised.add(country.toUpperCase(Locale.ROOT));
        }
        if (audience == Audience.ALL && !normalised.isEmpty()) {
            throw new IllegalArgumentException("countries must be empty when the audience is ALL");
        }
        countries = Set.copyOf(normalised);
    }

    public static Restriction only(Classification classification, String... countries) {
        return new Restriction(classification, Audience.ONLY, Set.of(countries));
    }

    public static Restriction except(Classification classification, String... countries) {
        return new Restriction(classification, Audience.EXCEPT, Set.of(countries));
    }
}
