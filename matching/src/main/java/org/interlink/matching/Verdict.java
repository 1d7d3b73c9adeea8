package org.interlink.matching;

/** What a screening does with a score, by {@link Parameters#HIT_THRESHOLD} and {@link Parameters#POSSIBLE_THRESHOLD}. */
public enum Verdict {
    /** Stop and verify the traveller. */
    HIT,
    /** Show to the officer for review. */
    POSSIBLE,
    /** Below both thresholds. */
    NO_MATCH;

    /** The verdict for a score in [0, 1]. */
    public static Verdict of(double score) {
        if (score >= Parameters.HIT_THRESHOLD) {
            return HIT;
        }
        return score >= Parameters.POSSIBLE_THRESHOLD ? POSSIBLE : NO_MATCH;
    }
}
