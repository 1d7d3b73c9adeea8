package org.interlink.bench.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interlink.matching.Names;
import org.interlink.matching.NormalisedName;

/**
 * Learns the per-script transliteration costs that ship in the matching library
 * ({@code matching/src/main/resources/org/interlink/matching/transliteration-costs.tsv}) from the tuning split only.
 *
 * <p>Hard EM: align every (Latin, romanised) pair by minimum cost, count the edit operations, turn the counts into
 * costs (negative log probabilities relative to a letter staying itself), repeat. Run: {@code java -cp
 * bench/target/benchmarks.jar org.interlink.bench.eval.TrainTransliterationCosts ../shared/fixtures OUT.tsv}.
 */
public final class TrainTransliterationCosts {

    private static final int EPS = 26;
    private static final int ITERATIONS = 5;

    private TrainTransliterationCosts() {}

    public static void main(String[] args) throws IOException {
        Path fixtures = Path.of(args.length > 0 ? args[0] : "../shared/fixtures");
        Path out = Path.of(
                args.length > 1
                        ? args[1]
                        : "matching/src/main/resources/org/interlink/matching/transliteration-costs.tsv");
        Map<String, List<String[]>> byScript = new LinkedHashMap<>();
        for (String lang : NameFixtures.LANGUAGES) {
            for (NamePair p : NameFixtures.pairs(fixtures, lang, "64")) {
                NormalisedName target = Names.normalise(p.target());
                String latin = String.join("", Names.normalise(p.latin()).tokens());
                String romanised = String.join("", target.tokens());
                if (!latin.isEmpty()
                        && !romanised.isEmpty()
                        && !target.romanisedFrom().equals("Latin")) {
                    byScript.computeIfAbsent(target.romanisedFrom(), k -> new ArrayList<>())
                            .add(new String[] {latin, romanised});
                }
            }
        }
        StringBuilder file = new StringBuilder();
        file.append(
                        "# Learned by bench/.../TrainTransliterationCosts from wikidata-translit/*_64 (CC0, Merhav & Ash,\n")
                .append("# COLING 2018). Rows: Latin letter a-z then insertion; columns: romanised letter a-z then\n")
                .append("# deletion. Costs in nats relative to a letter staying itself. Regenerate, do not edit.\n");
        for (var e : byScript.entrySet()) {
            if (e.getValue().size() < 1_000) {
                continue;
            }
            float[][] cost = train(e.getValue());
            file.append("script\t").append(e.getKey()).append('\n');
            for (float[] row : cost) {
                StringBuilder line = new StringBuilder();
                for (int c = 0; c < row.length; c++) {
                    line.append(c == 0 ? "" : "\t").append(String.format(Locale.ROOT, "%.3f", row[c]));
                }
                file.append(line).append('\n');
            }
            System.err.printf("%s: %d pairs%n", e.getKey(), e.getValue().size());
        }
        Files.writeString(out, file);
    }

    static float[][] train(List<String[]> pairs) {
        float[][] cost = initial();
        for (int it = 0; it < ITERATIONS; it++) {
            double[][] counts = new double[27][27];
            for (double[] row : counts) {
                java.util.Arrays.fill(row, 0.1);
            }
            long sourceLetters = 0;
            for (String[] p : pairs) {
                align(p[0], p[1], cost, counts);
                sourceLetters += p[0].length();
            }
            cost = costs(counts, sourceLetters);
        }
        return cost;
    }

    private static float[][] initial() {
        float[][] c = new float[27][27];
        for (int a = 0; a < 27; a++) {
            for (int b = 0; b < 27; b++) {
                c[a][b] = a == b ? 0f : vowel(a) && vowel(b) ? 1f : 2f;
            }
            c[a][EPS] = 1.5f;
            c[EPS][a] = vowel(a) ? 0.5f : 1f;
        }
        c[EPS][EPS] = 0f;
        return c;
    }

    private static boolean vowel(int i) {
        return i < 26 && "aeiouy".indexOf('a' + i) >= 0;
    }

    private static float[][] costs(double[][] counts, long sourceLetters) {
        float[][] c = new float[27][27];
        for (int a = 0; a < 26; a++) {
            double total = 0;
            for (int b = 0; b < 27; b++) {
                total += counts[a][b];
            }
            double identity = -Math.log(counts[a][a] / total);
            for (int b = 0; b < 27; b++) {
                c[a][b] = a == b ? 0f : (float) Math.max(0.0, -Math.log(counts[a][b] / total) - identity);
            }
        }
        for (int b = 0; b < 26; b++) {
            c[EPS][b] = (float) Math.max(0.0, -Math.log(counts[EPS][b] / sourceLetters));
        }
        return c;
    }

    private static void align(String x, String y, float[][] cost, double[][] counts) {
        int n = x.length();
        int m = y.length();
        float[][] d = new float[n + 1][m + 1];
        byte[][] from = new byte[n + 1][m + 1];
        for (int j = 1; j <= m; j++) {
            d[0][j] = d[0][j - 1] + cost[EPS][idx(y.charAt(j - 1))];
            from[0][j] = 2;
        }
        for (int i = 1; i <= n; i++) {
            int a = idx(x.charAt(i - 1));
            d[i][0] = d[i - 1][0] + cost[a][EPS];
            from[i][0] = 1;
            for (int j = 1; j <= m; j++) {
                int b = idx(y.charAt(j - 1));
                float sub = d[i - 1][j - 1] + cost[a][b];
                float del = d[i - 1][j] + cost[a][EPS];
                float ins = d[i][j - 1] + cost[EPS][b];
                if (sub <= del && sub <= ins) {
                    d[i][j] = sub;
                    from[i][j] = 0;
                } else if (del <= ins) {
                    d[i][j] = del;
                    from[i][j] = 1;
                } else {
                    d[i][j] = ins;
                    from[i][j] = 2;
                }
            }
        }
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            switch (from[i][j]) {
                case 0 -> counts[idx(x.charAt(--i))][idx(y.charAt(--j))]++;
                case 1 -> counts[idx(x.charAt(--i))][EPS]++;
                default -> counts[EPS][idx(y.charAt(--j))]++;
            }
        }
    }

    private static int idx(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : EPS;
    }
}
