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

    /**
     * True when this restriction is no wider than {@code bound}, the restriction of an item owned by {@code
     * boundOwner}: every member that may see an item under this restriction may also see the bound item (see {@link
     * AccessPolicy}), and this classification is not lower than the bound's. Members cleared to this classification
     * are then cleared to the bound's; the bound's owner and the General Secretariat see the bound item anyway. The
     * member countries are an open set here, so an {@code EXCEPT} audience is never within an {@code ONLY} one.
     *
     * <p>Example: {@code only(OFFICIAL, "DE").isWithin("FR", only(OFFICIAL, "DE", "IT"))} is true; {@code
     * OPEN.isWithin("FR", only(OFFICIAL, "DE", "IT"))} is false.
     */
    public boolean isWithin(String boundOwner, Restriction bound) {
        if (classification.compareTo(bound.classification) < 0) {
            return false;
        }
        Set<String> mine = new TreeSet<>(countries);
        mine.remove(boundOwner);
        return switch (audience) {
            case ALL -> bound.audience == Audience.ALL;
            case ONLY ->
                switch (bound.audience) {
                    case ALL -> true;
                    case ONLY -> bound.countries.containsAll(mine);
                    case EXCEPT -> mine.stream().noneMatch(bound.countries::contains);
                };
            case EXCEPT ->
                switch (bound.audience) {
                    case ALL -> true;
                    case ONLY -> false;
                    case EXCEPT ->
                        bound.countries.stream()
                                .filter(c -> !c.equals(boundOwner))
                                .allMatch(countries::contains);
                };
        };
    }

    /** The restriction in words, e.g. {@code RESTRICTED, ONLY DE, IT}. */
    public String describe() {
        return classification + ", " + audience
                + (countries.isEmpty() ? "" : " " + String.join(", ", new TreeSet<>(countries)));
    }

    public static Restriction only(Classification classification, String... countries) {
        return new Restriction(classification, Audience.ONLY, Set.of(countries));
    }

    public static Restriction except(Classification classification, String... countries) {
        return new Restriction(classification, Audience.EXCEPT, Set.of(countries));
    }
}
