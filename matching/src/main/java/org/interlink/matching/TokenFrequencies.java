package org.interlink.matching;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * How many indexed persons hold each romanised token (document frequency), for the rarity feature of the person score
 * ({@link NameCalibration}): "mohammed" or "li" is shared by many persons and is weak evidence, a rare token strong.
 * Maintained by {@link PersonIndex} under its write lock on every put and remove (a person counts once per token,
 * whatever its number of names), read under its read lock; not thread-safe on its own.
 */
final class TokenFrequencies {

    /** Token to persons holding it; a token no longer held is removed, so the map tracks the live index. */
    private final Map<String, Integer> counts = new HashMap<>();

    void add(PersonRecord record) {
        for (String token : distinctTokens(record)) {
            counts.merge(token, 1, Integer::sum);
        }
    }

    void remove(PersonRecord record) {
        for (String token : distinctTokens(record)) {
            counts.computeIfPresent(token, (t, n) -> n == 1 ? null : n - 1);
        }
    }

    /** Indexed persons holding {@code token}; 0 for a token no indexed person holds. */
    int count(String token) {
        return counts.getOrDefault(token, 0);
    }

    private static Set<String> distinctTokens(PersonRecord record) {
        Set<String> tokens = new HashSet<>();
        for (NameForm name : record.names()) {
            for (String token : name.tokens()) {
                tokens.add(token);
            }
        }
        return tokens;
    }
}
