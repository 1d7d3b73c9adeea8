package org.interlink.matching;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Compares two names token by token with the best one-to-one pairing of their tokens, so order never matters, and
 * falls back on the whole names written without spaces when their token counts differ (merged or split tokens).
 * Symmetric: the pair is put in a canonical order before anything is computed.
 */
final class NameComparison {

    /** Tokens compared per name: the best pairing runs over subsets of one name's tokens. */
    static final int MAX_TOKENS = 8;

    private NameComparison() {}

    /** Guarded by {@code PersonIndexBenchmark.query}: called for every candidate of every query. */
    static double similarity(NameForm a, NameForm b) {
        return compare(a, b, null);
    }

    /**
     * Like {@link #similarity}, for two persons' names: {@code nationalities} (alpha-2 codes of both, concatenated)
     * choose how a Han name is read ({@link HanNames#systems}).
     */
    static double similarity(NameForm a, NameForm b, String nationalities) {
        return compare(a, b, nationalities, null);
    }

    /** Like {@link #similarity} and appends a human-readable account of the pairing to {@code detail}. */
    static double compare(NameForm a, NameForm b, @Nullable StringBuilder detail) {
        return compare(a, b, "", detail);
    }

    /** Like {@link #similarity(NameForm, NameForm, String)}, with an account of the pairing in {@code detail}. */
    static double compare(NameForm a, NameForm b, String nationalities, @Nullable StringBuilder detail) {
        return compare(a, b, nationalities, detail, null);
    }

    /** Like {@link #compare(NameForm, NameForm, String, StringBuilder)}, recording the pairing in {@code evidence}. */
    static double compare(
            NameForm a,
            NameForm b,
            String nationalities,
            @Nullable StringBuilder detail,
            @Nullable NameEvidence evidence) {
        // Han names and runs of kana syllables are compared as the other name needs them read (HanNames), through
        // compareForms.
        if (HanNames.involves(a, b)) {
            return HanNames.compare(a, b, HanNames.systems(nationalities), detail, evidence);
        }
        return compareForms(a, b, detail, evidence);
    }

    /** {@link #compare} of the two forms as they are, without reading Han names another way. */
    static double compareForms(NameForm a, NameForm b, @Nullable StringBuilder detail) {
        return compareForms(a, b, detail, null);
    }

    /** Like {@link #compareForms(NameForm, NameForm, StringBuilder)}, recording the pairing in {@code evidence}. */
    static double compareForms(
            NameForm a, NameForm b, @Nullable StringBuilder detail, @Nullable NameEvidence evidence) {
        if (canonicalOrder(a, b) > 0) {
            NameForm t = a;
            a = b;
            b = t;
        }
        int n = Math.min(a.tokens().length, MAX_TOKENS);
        int m = Math.min(b.tokens().length, MAX_TOKENS);
        if (evidence != null) {
            evidence.clear();
            evidence.names(a.tokens(), n, b.tokens(), m);
        }
        if (n == 0 || m == 0) {
            return 0.0;
        }
        byte romanisation = (byte) Math.max(a.romanisation(), b.romanisation());
        // A learned model applies when exactly one side is Latin; it reads from the Latin side.
        TransliterationCosts model = null;
        boolean aIsLatin = a.romanisation() == NameForm.LATIN;
        if (aIsLatin != (b.romanisation() == NameForm.LATIN)) {
            model = TransliterationCosts.forScript(aIsLatin ? b.script() : a.script());
        }
        double[][] sim = similarities(a.tokens(), a.keys(), n, b.tokens(), b.keys(), m, romanisation, model, aIsLatin);
        double[] wa = weights(a.tokens(), n);
        double[] wb = weights(b.tokens(), m);
        int[] pairOf = bestPairing(sim, wa, wb, n, m);
        double tokenScore = score(sim, wa, wb, pairOf, n, m);
        double merged = 0.0;
        if (a.tokens().length != b.tokens().length) {
            // The whole names written without spaces only when one side is a single word or token (习近平 "xi jinping",
            // 김정은 "gimjeong eun", "Abdelhamid"): between names of several words, a joined string fits inside many
            // longer names once vowels come free, and it outscored true matches ("wbrtwdlwm" ~ "wociriadollame" 0.93
            // with no token paired; tuning split, full names: 12 of the 26 Hebrew false positives). There, two
            // adjacent tokens written as one ("Abdel Hamid Mahmoud" / "عبدالحميد محمود") cover the real cases.
            double joined = Math.min(n, m) == 1 || a.oneWord() || b.oneWord()
                    ? pairSimilarity(
                            a.joined(), a.joinedKey(), b.joined(), b.joinedKey(), romanisation, model, aIsLatin)
                    : 0.0;
            merged = Parameters.MERGED_TOKENS_WEIGHT
                    * Math.max(joined, adjacentJoined(a, n, b, m, sim, romanisation, model, aIsLatin, n > m));
        } else if (hasHead(a, n) || hasHead(b, m)) {
            // An Arabic name part in two words on one side and in one on the other, in names of equal length
            // ("Abdul Aziz Mansour" / "Abdulaziz Ali Mansour").
            merged = Parameters.MERGED_TOKENS_WEIGHT
                    * Math.max(
                            adjacentJoined(a, n, b, m, sim, romanisation, model, aIsLatin, true),
                            adjacentJoined(a, n, b, m, sim, romanisation, model, aIsLatin, false));
        }
        if (detail != null) {
            describe(a, b, sim, pairOf, n, m, tokenScore, merged, detail);
        }
        if (evidence != null) {
            // The token pairing's, also when tokens written together scored higher: the joined strings are not
            // tokens any indexed person holds.
            record(a, b, wa, wb, pairOf, n, evidence);
        }
        return Math.max(tokenScore, merged);
    }

    /**
     * The best token score when two adjacent tokens of the longer name ({@code joinA}: of a) are written as one ("Kim
     * Jong Un" as "kimjong un" against 김정은 "gimjeong eun"; "Abdel Hamid" as "abdhamid" against "Abdelhamid"). Only
     * the joined token's similarities are computed; the others come from {@code sim}.
     */
    private static double adjacentJoined(
            NameForm a,
            int n,
            NameForm b,
            int m,
            double[][] sim,
            byte romanisation,
            @Nullable TransliterationCosts model,
            boolean aIsLatin,
            boolean joinA) {
        NameForm longer = joinA ? a : b;
        NameForm other = joinA ? b : a;
        int length = joinA ? n : m;
        int others = joinA ? m : n;
        double[] wOther = weights(other.tokens(), others);
        double best = 0.0;
        for (int k = 0; k + 1 < length; k++) {
            String token = longer.tokens()[k] + longer.tokens()[k + 1];
            String key = PhoneticKey.join(longer.keys()[k], longer.keys()[k + 1]);
            // Rows: the longer name's tokens with k and k + 1 joined; columns: the other name's tokens.
            double[][] joined = new double[length - 1][];
            String[] tokens = new String[length - 1];
            for (int i = 0; i < length - 1; i++) {
                int from = i < k ? i : i + 1;
                tokens[i] = i == k ? token : longer.tokens()[from];
                joined[i] = new double[others];
                for (int j = 0; j < others; j++) {
                    if (i == k) {
                        joined[i][j] = joinA
                                ? pairSimilarity(
                                        token, key, other.tokens()[j], other.keys()[j], romanisation, model, aIsLatin)
                                : pairSimilarity(
                                        other.tokens()[j], other.keys()[j], token, key, romanisation, model, aIsLatin);
                    } else {
                        joined[i][j] = joinA ? sim[from][j] : sim[j][from];
                    }
                }
            }
            double[] wLonger = weights(tokens, length - 1);
            double s = joinA
                    ? pairedScore(joined, wLonger, wOther, length - 1, others)
                    : pairedScore(transpose(joined, length - 1, others), wOther, wLonger, others, length - 1);
            best = Math.max(best, s);
        }
        return best;
    }

    private static void record(
            NameForm a, NameForm b, double[] wa, double[] wb, int[] pairOf, int n, NameEvidence evidence) {
        double pairedA = 0.0;
        double pairedB = 0.0;
        for (int i = 0; i < n; i++) {
            int j = pairOf[i];
            if (j >= 0) {
                evidence.pair(a.tokens()[i], b.tokens()[j], (wa[i] + wb[j]) / 2.0);
                pairedA += wa[i];
                pairedB += wb[j];
            }
        }
        evidence.coverage(pairedA / sum(wa), pairedB / sum(wb));
    }

    private static boolean hasHead(NameForm name, int n) {
        for (int i = 0; i < n; i++) {
            if (ArabicNames.isHead(name.tokens()[i])) {
                return true;
            }
        }
        return false;
    }

    /** The score of the best pairing of a's tokens (rows) with b's (columns). */
    private static double pairedScore(double[][] sim, double[] wa, double[] wb, int n, int m) {
        return score(sim, wa, wb, bestPairing(sim, wa, wb, n, m), n, m);
    }

    private static double[][] transpose(double[][] x, int rows, int columns) {
        double[][] t = new double[columns][rows];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                t[j][i] = x[i][j];
            }
        }
        return t;
    }

    private static double pairSimilarity(
            String ta,
            String ka,
            String tb,
            String kb,
            byte romanisation,
            @Nullable TransliterationCosts model,
            boolean aIsLatin) {
        double s = tokenSimilarity(ta, ka, tb, kb, romanisation);
        return model != null && s < 1.0 ? blend(model, aIsLatin, ta, tb, s) : s;
    }

    private static double[][] similarities(
            String[] at,
            String[] ak,
            int n,
            String[] bt,
            String[] bk,
            int m,
            byte romanisation,
            @Nullable TransliterationCosts model,
            boolean aIsLatin) {
        double[][] sim = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                sim[i][j] = pairSimilarity(at[i], ak[i], bt[j], bk[j], romanisation, model, aIsLatin);
            }
        }
        return sim;
    }

    /** Similarity of two romanised tokens in [0, 1]; {@code romanisation} is the lossier of the two names' origins. */
    static double tokenSimilarity(String ta, String ka, String tb, String kb, byte romanisation) {
        if (ta.equals(tb)) {
            return 1.0;
        }
        if (ta.length() == 1 || tb.length() == 1) {
            return ta.charAt(0) == tb.charAt(0) ? Parameters.INITIAL_SIMILARITY : 0.0;
        }
        if (GivenNames.equivalent(ta, tb)) {
            return Parameters.EQUIVALENT_NAME_SIMILARITY;
        }
        double spelling = JaroWinkler.similarity(ta, tb);
        if (ka.isEmpty() || kb.isEmpty()) {
            return spelling;
        }
        double skeleton = JaroWinkler.similarity(ka, kb);
        double confidence =
                Math.min(1.0, Math.min(ka.length(), kb.length()) / Parameters.SKELETON_LENGTH_FOR_FULL_CONFIDENCE);
        double w = skeletonWeight(romanisation) * confidence;
        double s = Math.max(spelling, w * skeleton + (1.0 - w) * spelling);
        if (s < Parameters.TRANSCRIPTION_SIMILARITY
                && romanisation <= NameForm.ALPHABET
                && Math.max(spelling, skeleton) >= Parameters.MIN_SIMILARITY_FOR_TRANSCRIPTION) {
            // Another Latin transcription system (Schostakowitsch, Chostakovitch, Szostakowicz), between Latin names
            // or a Latin name and one romanised from an alphabet (Шостакович).
            s = Math.max(s, LatinTranscriptions.similarity(ta, tb));
        }
        return s;
    }

    private static double blend(TransliterationCosts model, boolean aIsLatin, String ta, String tb, double generic) {
        double learned = aIsLatin ? model.similarity(ta, tb) : model.similarity(tb, ta);
        return Parameters.LEARNED_MODEL_WEIGHT * learned + (1.0 - Parameters.LEARNED_MODEL_WEIGHT) * generic;
    }

    private static double skeletonWeight(byte romanisation) {
        return switch (romanisation) {
            case NameForm.LATIN -> Parameters.SKELETON_WEIGHT_LATIN;
            case NameForm.ALPHABET -> Parameters.SKELETON_WEIGHT_ALPHABET;
            default -> Parameters.SKELETON_WEIGHT_LOSSY;
        };
    }

    /** Token weights by length, clamped; the first {@code n} tokens. Also the cheap re-ranking's ({@link TokenSignatures}). */
    static double[] weights(String[] tokens, int n) {
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            w[i] = Math.max(
                    Parameters.MIN_TOKEN_WEIGHT,
                    Math.min(1.0, tokens[i].length() / Parameters.TOKEN_LENGTH_FOR_FULL_WEIGHT));
        }
        return w;
    }

    /**
     * Exact maximum-weight pairing by dynamic programming over subsets of b's tokens (names have few tokens). Returns,
     * for each token of a, the index of its partner in b or -1.
     */
    private static int[] bestPairing(double[][] sim, double[] wa, double[] wb, int n, int m) {
        int full = 1 << m;
        double[][] best = new double[n + 1][full];
        for (double[] row : best) {
            Arrays.fill(row, Double.NEGATIVE_INFINITY);
        }
        best[0][0] = 0.0;
        for (int i = 0; i < n; i++) {
            for (int mask = 0; mask < full; mask++) {
                double v = best[i][mask];
                if (v == Double.NEGATIVE_INFINITY) {
                    continue;
                }
                if (v > best[i + 1][mask]) {
                    best[i + 1][mask] = v;
                }
                for (int j = 0; j < m; j++) {
                    if ((mask & (1 << j)) == 0 && sim[i][j] >= Parameters.MIN_TOKEN_SIMILARITY) {
                        double nv = v + sim[i][j] * (wa[i] + wb[j]) / 2.0;
                        int nm = mask | (1 << j);
                        if (nv > best[i + 1][nm]) {
                            best[i + 1][nm] = nv;
                        }
                    }
                }
            }
        }
        int mask = 0;
        for (int k = 1; k < full; k++) {
            if (best[n][k] > best[n][mask]) {
                mask = k;
            }
        }
        int[] pairOf = new int[n];
        for (int i = n - 1; i >= 0; i--) {
            pairOf[i] = -1;
            if (best[i][mask] == best[i + 1][mask]) {
                continue;
            }
            for (int j = 0; j < m; j++) {
                if ((mask & (1 << j)) != 0
                        && sim[i][j] >= Parameters.MIN_TOKEN_SIMILARITY
                        && best[i][mask & ~(1 << j)] + sim[i][j] * (wa[i] + wb[j]) / 2.0 == best[i + 1][mask]) {
                    pairOf[i] = j;
                    mask &= ~(1 << j);
                    break;
                }
            }
        }
        return pairOf;
    }

    private static double score(double[][] sim, double[] wa, double[] wb, int[] pairOf, int n, int m) {
        double totalA = sum(wa);
        double totalB = sum(wb);
        double pairedValue = 0.0;
        double pairedWeight = 0.0;
        double pairedA = 0.0;
        double pairedB = 0.0;
        for (int i = 0; i < n; i++) {
            int j = pairOf[i];
            if (j >= 0) {
                double pw = (wa[i] + wb[j]) / 2.0;
                pairedValue += sim[i][j] * pw;
                pairedWeight += pw;
                pairedA += wa[i];
                pairedB += wb[j];
            }
        }
        if (pairedWeight == 0.0) {
            return 0.0;
        }
        double unpairedA = totalA - pairedA;
        double unpairedB = totalB - pairedB;
        double conflict = Math.min(unpairedA, unpairedB);
        double omission = Math.abs(unpairedA - unpairedB);
        double total = totalA + totalB;
        double factor = 1.0
                - Parameters.CONFLICTING_TOKEN_PENALTY * 2.0 * conflict / total
                - Parameters.UNPAIRED_TOKEN_PENALTY * omission / total;
        double score = pairedValue / pairedWeight * factor;
        // Pairings of equal value summed in another order differ in the last bit; a name against a re-ordering of
        // itself must score exactly 1 (NamePropertiesTest found ["aaaaa", "aaaa", "аааеъе", "aaaaa", "ае"] at 1 -
        // 1e-16).
        return score > 1.0 - 1e-12 ? 1.0 : Math.max(0.0, score);
    }

    private static void describe(
            NameForm a,
            NameForm b,
            double[][] sim,
            int[] pairOf,
            int n,
            int m,
            double tokenScore,
            double merged,
            StringBuilder detail) {
        boolean[] pairedB = new boolean[m];
        for (int i = 0; i < n; i++) {
            if (pairOf[i] >= 0) {
                pairedB[pairOf[i]] = true;
                detail.append(a.tokens()[i])
                        .append('~')
                        .append(b.tokens()[pairOf[i]])
                        .append(String.format(Locale.ROOT, " %.2f; ", sim[i][pairOf[i]]));
            } else {
                detail.append("unpaired ").append(a.tokens()[i]).append("; ");
            }
        }
        for (int j = 0; j < m; j++) {
            if (!pairedB[j]) {
                detail.append("unpaired ").append(b.tokens()[j]).append("; ");
            }
        }
        detail.append(String.format(Locale.ROOT, "tokens %.3f", tokenScore));
        if (merged > tokenScore) {
            detail.append(String.format(Locale.ROOT, ", tokens written together %.3f", merged));
        }
    }

    private static int canonicalOrder(NameForm a, NameForm b) {
        int c = Arrays.compare(a.tokens(), b.tokens());
        if (c != 0) {
            return c;
        }
        c = Arrays.compare(a.keys(), b.keys());
        return c != 0 ? c : Byte.compare(a.romanisation(), b.romanisation());
    }

    private static double sum(double[] values) {
        double s = 0.0;
        for (double v : values) {
            s += v;
        }
        return s;
    }
}
