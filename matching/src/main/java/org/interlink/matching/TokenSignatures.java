package org.interlink.matching;

/**
 * Compact per-token signatures of a person's names, compared with bit operations: the re-ranking of a lossy-script
 * query's preselected candidates, a few nanoseconds per token pair where {@link NameComparison#tokenSimilarity} on the
 * strings takes hundreds and misses the cache on every string of a large index.
 *
 * <p>A token's signature is two 64-bit sets: the bigrams of its skeleton's classes between word boundaries (57
 * possible bigrams, one bit each, so exact: "BRTMR" is ^B BR RT TM MR R$), and the letter bigrams of its spelling
 * between word boundaries, hashed into 64 bits. Two tokens compare by the Dice coefficient of each set, blended as
 * {@link NameComparison#tokenSimilarity} blends skeleton and spelling for lossy scripts.
 *
 * <p>Layout of {@link #of}: per name, one long holding its token count, then two longs per token (skeleton bigrams,
 * spelling bigrams).
 */
final class TokenSignatures {

    /** Tokens of a name beyond the full comparison's limit are not compared there either. */
    private static final int MAX_TOKENS = NameComparison.MAX_TOKENS;

    private TokenSignatures() {}

    /** The signatures of all of a person's names, in order. */
    static long[] of(NameForm[] names) {
        int length = 0;
        for (NameForm name : names) {
            length += 1 + 2 * Math.min(name.tokens().length, MAX_TOKENS);
        }
        long[] out = new long[length];
        int at = 0;
        for (NameForm name : names) {
            at = write(name, out, at);
        }
        return out;
    }

    /** The signatures of one name, laid out as one name of {@link #of}. */
    static long[] of(NameForm name) {
        return of(new NameForm[] {name});
    }

    private static int write(NameForm name, long[] out, int at) {
        int n = Math.min(name.tokens().length, MAX_TOKENS);
        out[at++] = n;
        for (int i = 0; i < n; i++) {
            out[at++] = skeletonBigrams(name.keys()[i]);
            out[at++] = spellingBigrams(name.tokens()[i]);
        }
        return at;
    }

    /**
     * The best, over the candidate's names, of: for each query token, its best token similarity to a candidate token,
     * averaged with the query's token weights; or, when token counts differ, the similarity of all tokens' bigrams
     * together (merged or split tokens: "xijinping" / "xi jinping"). Asymmetric: the query's tokens are matched, the
     * candidate's extra tokens cost nothing (a cheap estimate of {@link NameComparison#similarity}, no learned model).
     * Guarded by {@code PersonQueryCpu} (lossy): called for every preselected candidate of a lossy-script query.
     *
     * @param query one name laid out as by {@link #of(NameForm)}
     * @param weights the query's token weights, as {@link #weights}
     */
    static double similarity(long[] query, double[] weights, long[] candidate) {
        int n = (int) query[0];
        double totalWeight = 0.0;
        for (int i = 0; i < n; i++) {
            totalWeight += weights[i];
        }
        double best = 0.0;
        for (int at = 0; at < candidate.length; ) {
            int m = (int) candidate[at];
            double sum = 0.0;
            for (int i = 0; i < n; i++) {
                long qs = query[1 + 2 * i];
                long ql = query[2 + 2 * i];
                double bestToken = 0.0;
                for (int j = 0; j < m; j++) {
                    bestToken = Math.max(bestToken, pair(qs, ql, candidate[at + 1 + 2 * j], candidate[at + 2 + 2 * j]));
                }
                sum += weights[i] * bestToken;
            }
            double s = totalWeight == 0.0 ? 0.0 : sum / totalWeight;
            if (m != n && m > 0 && n > 0) {
                s = Math.max(
                        s,
                        pair(
                                union(query, 0, n, 1),
                                union(query, 0, n, 2),
                                union(candidate, at, m, 1),
                                union(candidate, at, m, 2)));
            }
            best = Math.max(best, s);
            at += 1 + 2 * m;
        }
        return best;
    }

    /** Token weights of a query name, as the full comparison weighs them (length, clamped). */
    static double[] weights(NameForm name) {
        return NameComparison.weights(name.tokens(), Math.min(name.tokens().length, MAX_TOKENS));
    }

    private static double pair(long skeletonA, long spellingA, long skeletonB, long spellingB) {
        double w = Parameters.SKELETON_WEIGHT_LOSSY;
        return w * dice(skeletonA, skeletonB) + (1.0 - w) * dice(spellingA, spellingB);
    }

    static double dice(long a, long b) {
        int total = Long.bitCount(a) + Long.bitCount(b);
        return total == 0 ? 0.0 : 2.0 * Long.bitCount(a & b) / total;
    }

    private static long union(long[] signatures, int at, int tokens, int offset) {
        long u = 0L;
        for (int i = 0; i < tokens; i++) {
            u |= signatures[at + offset + 2 * i];
        }
        return u;
    }

    /**
     * The class bigrams of a skeleton as a bit set. Classes: the initial vowel A (only ever first), B, K, T, S, R, M;
     * digits are skipped. A bigram is (boundary, A or a consonant class) × (a consonant class or boundary): 8 × 7
     * combinations plus boundary-A.
     */
    static long skeletonBigrams(String skeleton) {
        long bits = 0L;
        int previous = 0; // the boundary
        for (int i = 0; i < skeleton.length(); i++) {
            int c = classOf(skeleton.charAt(i));
            if (c < 0) {
                continue;
            }
            bits |= c == 7 ? 1L << 56 : 1L << (previous * 7 + c);
            previous = c == 7 ? 7 : c + 1;
        }
        // Boundary after: a seventh column, index 6.
        return bits | 1L << (previous * 7 + 6);
    }

    /** 0-5 for B K T S R M, 7 for the initial vowel A, -1 otherwise. */
    private static int classOf(char c) {
        return switch (c) {
            case 'B' -> 0;
            case 'K' -> 1;
            case 'T' -> 2;
            case 'S' -> 3;
            case 'R' -> 4;
            case 'M' -> 5;
            case 'A' -> 7;
            default -> -1;
        };
    }

    /** The letter bigrams of a token between word boundaries, hashed into 64 bits. */
    static long spellingBigrams(String token) {
        long bits = 0L;
        char previous = '^';
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            bits |= 1L << hash(previous, c);
            previous = c;
        }
        return bits | 1L << hash(previous, '$');
    }

    private static int hash(char a, char b) {
        return ((a * 31 + b) * 0x9E3779B9) >>> 26;
    }
}
