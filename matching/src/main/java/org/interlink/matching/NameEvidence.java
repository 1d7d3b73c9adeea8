package org.interlink.matching;

/**
 * What the pairing that gave a name similarity shows beyond the similarity itself, for the calibrated person score
 * ({@link NameCalibration}): which tokens were paired (their rarity is looked up in the index), how much of each name's
 * weight the pairing explains, and how long the shorter name is. Filled by {@link NameComparison} for the pairing it
 * describes (for a Han name, the reading that won); order-free, so the same for (a, b) and (b, a).
 */
final class NameEvidence {

    /** Paired tokens, one pair per index, and the weight of each pair in the similarity. */
    final String[] first = new String[NameComparison.MAX_TOKENS];

    final String[] second = new String[NameComparison.MAX_TOKENS];
    final double[] pairWeight = new double[NameComparison.MAX_TOKENS];
    int pairs;

    /** Shares of each name's token weight the pairing explains, the lower and the higher, in [0, 1]. */
    double lowerCoverage = 1.0;

    double higherCoverage = 1.0;

    /** Letters and tokens of the shorter name (fewer letters). */
    int shorterLetters = Integer.MAX_VALUE;

    int shorterTokens = Integer.MAX_VALUE;

    /** Whether anything was recorded: identical Han characters, for one, skip the pairing. */
    boolean recorded;

    void clear() {
        pairs = 0;
        lowerCoverage = 1.0;
        higherCoverage = 1.0;
        shorterLetters = Integer.MAX_VALUE;
        shorterTokens = Integer.MAX_VALUE;
        recorded = false;
    }

    /** The two names' sizes, whatever the pairing. */
    void names(String[] a, int n, String[] b, int m) {
        int la = letters(a, n);
        int lb = letters(b, m);
        shorterLetters = Math.min(la, lb);
        shorterTokens = la < lb ? n : la > lb ? m : Math.min(n, m);
        recorded = true;
    }

    void pair(String a, String b, double weight) {
        first[pairs] = a;
        second[pairs] = b;
        pairWeight[pairs] = weight;
        pairs++;
    }

    void coverage(double a, double b) {
        lowerCoverage = Math.min(a, b);
        higherCoverage = Math.max(a, b);
    }

    private static int letters(String[] tokens, int n) {
        int letters = 0;
        for (int i = 0; i < n; i++) {
            letters += tokens[i].length();
        }
        return letters;
    }
}
