package org.interlink.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Learned costs of writing a Latin name in another script and romanising it back: per script, the cost of each
 * Latin letter becoming each romanised letter, vanishing, or of a romanised letter appearing from nothing. Costs are
 * in nats relative to the letter staying itself; they are asymmetric on purpose: Chinese and Japanese add vowels
 * ("schmidt" is "shimite"), Arabic and Hebrew drop them, and no script invents an "o" that the Latin name lacks.
 *
 * <p>Trained by hard EM over the tuning split {@code wikidata-translit/*_64} ({@code TrainTransliterationCosts} in
 * bench/); only the 27 x 27 table per script ships, not the data (CC0).
 */
final class TransliterationCosts {

    static final int EPSILON = 26;
    private static final Map<String, TransliterationCosts> BY_SCRIPT = load();

    /** {@code cost[latin][romanised]}; row {@link #EPSILON} is insertion, column {@link #EPSILON} deletion. */
    private final float[][] cost;

    TransliterationCosts(float[][] cost) {
        this.cost = cost;
    }

    /** The model for names romanised from this ICU script name ("Arabic", "Han"...), or null if none was learned. */
    static @Nullable TransliterationCosts forScript(String script) {
        return BY_SCRIPT.get(script);
    }

    /**
     * Similarity in [0, 1] of a Latin token and a romanised token: 1 minus the cheapest way to turn one into the
     * other, divided by the cost of deleting and inserting everything. Guarded by {@code PersonIndexBenchmark.query}.
     */
    double similarity(String latin, String romanised) {
        int n = latin.length();
        int m = romanised.length();
        if (n == 0 || m == 0 || n > 40 || m > 40) {
            return 0.0;
        }
        float[] prev = new float[m + 1];
        float[] curr = new float[m + 1];
        float worst = 0f;
        for (int j = 1; j <= m; j++) {
            float ins = cost[EPSILON][index(romanised.charAt(j - 1))];
            prev[j] = prev[j - 1] + ins;
            worst += ins;
        }
        for (int i = 1; i <= n; i++) {
            int a = index(latin.charAt(i - 1));
            float del = cost[a][EPSILON];
            worst += del;
            curr[0] = prev[0] + del;
            for (int j = 1; j <= m; j++) {
                int b = index(romanised.charAt(j - 1));
                float best = prev[j - 1] + cost[a][b];
                float viaDelete = prev[j] + del;
                float viaInsert = curr[j - 1] + cost[EPSILON][b];
                curr[j] = Math.min(best, Math.min(viaDelete, viaInsert));
            }
            float[] t = prev;
            prev = curr;
            curr = t;
        }
        return worst <= 0f ? 0.0 : Math.max(0.0, 1.0 - prev[m] / worst);
    }

    private static int index(char c) {
        return c >= 'a' && c <= 'z' ? c - 'a' : EPSILON;
    }

    private static Map<String, TransliterationCosts> load() {
        Map<String, TransliterationCosts> out = new HashMap<>();
        try (InputStream in = TransliterationCosts.class.getResourceAsStream("transliteration-costs.tsv")) {
            if (in == null) {
                return out;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String script = null;
            float[][] table = null;
            int row = 0;
            for (String line; (line = reader.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (line.startsWith("script\t")) {
                    script = line.substring(7).strip();
                    table = new float[27][27];
                    row = 0;
                    continue;
                }
                String[] cells = line.split("\t");
                for (int c = 0; c < 27; c++) {
                    table[row][c] = Float.parseFloat(cells[c]);
                }
                if (++row == 27) {
                    out.put(script, new TransliterationCosts(table));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new UncheckedIOException(new IOException("bad transliteration-costs.tsv", e));
        }
        return Map.copyOf(out);
    }
}
