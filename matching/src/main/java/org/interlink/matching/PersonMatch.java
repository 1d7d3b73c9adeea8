package org.interlink.matching;

import java.util.List;

/**
 * A ranked search result.
 *
 * @param id the matched entry's id
 * @param score in [0, 1]; compare with {@link Parameters#HIT_THRESHOLD} or use {@link #verdict()}
 * @param matchedName the entry's name (as indexed) that matched best
 * @param explanation one {@link Feature} per compared feature, name first; contributions sum to the score (before
 *     clamping to [0, 1])
 */
public record PersonMatch(String id, double score, String matchedName, List<Feature> explanation) {

    public PersonMatch {
        explanation = List.copyOf(explanation);
    }

    /** HIT, POSSIBLE or NO_MATCH for this score. */
    public Verdict verdict() {
        return Verdict.of(score);
    }
}
