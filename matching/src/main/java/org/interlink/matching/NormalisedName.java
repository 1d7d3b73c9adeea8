package org.interlink.matching;

import java.util.List;

/**
 * A name as the matcher compares it: romanised to lower-case ASCII, split into tokens without titles and particles,
 * with one phonetic key per token.
 *
 * <p>Example: {@code Names.normalise("Путин, Владимир Владимирович")} gives tokens {@code [putin, vladimir,
 * vladimirovich]} and keys {@code [BTM, BRTMR, BRTMRBS]}.
 *
 * @param original the name as given
 * @param tokens romanised tokens in their original order (order is not significant for matching)
 * @param phoneticKeys a coarse consonant skeleton per token, same size and order as {@code tokens}
 * @param romanisedFrom the writing system the name was romanised from: {@code "Latin"}, or the ICU script name of its
 *     first non-Latin letter (for example {@code "Cyrillic"}, {@code "Arabic"}, {@code "Han"})
 */
public record NormalisedName(String original, List<String> tokens, List<String> phoneticKeys, String romanisedFrom) {

    public NormalisedName {
        tokens = List.copyOf(tokens);
        phoneticKeys = List.copyOf(phoneticKeys);
        if (tokens.size() != phoneticKeys.size()) {
            throw new IllegalArgumentException("one phonetic key per token");
        }
    }

    /** The tokens joined by single spaces, for display and logs: {@code "putin vladimir vladimirovich"}. */
    public String latin() {
        return String.join(" ", tokens);
    }

    /** Whether nothing comparable is left (empty input, punctuation only, an unsupported script). */
    public boolean isEmpty() {
        return tokens.isEmpty();
    }
}
