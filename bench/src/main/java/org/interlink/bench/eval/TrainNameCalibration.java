package org.interlink.bench.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.interlink.matching.Feature;
import org.interlink.matching.Parameters;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.PersonIndex;
import org.interlink.matching.PersonMatch;
import org.interlink.matching.PersonQuery;

/**
 * Fits the log-odds coefficients of the calibrated name score ({@code Parameters.*_LOG_ODDS}, see the matching
 * library's {@code NameCalibration}) on labelled pairs of the tuning split only.
 *
 * <p>Pairs: full names of {@code wikidata-translit/*_64} (two rows of one language, Latin side indexed, the other
 * script queried in either order). The index also holds hard negatives built from the same real tokens: each true
 * name with one of its parts replaced by another real name part of its language, plus synthetic full names as in
 * {@link NameEvaluation}. No negative is made by adding a part to a true name: a record with one more part (a
 * patronymic) is as often the same person, and such negatives taught the model to sink "Putin Vladimir" against
 * "Vladimir Vladimirovich Putin".
 * Queries are the true names' other-script forms and as many unindexed ones; every candidate among the top ten is a
 * labelled pair (1 for the true entry). Features are read from each match's explanation, whose values are the model's
 * inputs (rarity: commonness; coverage: 1 − uncovered / 2; shortness). Only pairs whose similarity reaches
 * {@code POSSIBLE_THRESHOLD} are used: a search calibrates only candidates that can still reach its minimum, and
 * below it the similarity is far from a probability (fitted on every top-ten pair, the coefficients took up that
 * gap: −2.4 per unit of commonness, −13.5 per unit uncovered, −21.5 per unit of shortness, which would sink every true
 * match with a missing part). Pairs with similarity 1 carry no information for the model (it leaves them alone).
 *
 * <p>Model: {@code P(same) = σ(a + b · logit(similarity) + γ · x)}, fitted by Newton's method on the log-likelihood.
 * The similarity alone, taken as a probability, is far from calibrated among top-ten candidates (most pairs at 0.85
 * are different persons), so an offset model without a and b made the features absorb that gap (−95 per unit
 * uncovered). What ships is each feature's worth in units of the similarity's log-odds, γ / b, held at most 0: the
 * score keeps the similarity's scale and thresholds and is moved by the features (see {@code NameCalibration}).
 * Run: {@code java -cp bench/target/benchmarks.jar org.interlink.bench.eval.TrainNameCalibration [../shared/fixtures
 * [pairs per language]]} (400 for the shipped values); it prints the full model and the constants.
 */
public final class TrainNameCalibration {

    private static final long SEED = 20261207L;
    private static final String[] FEATURES = {"rarity", "coverage", "shortness"};

    private TrainNameCalibration() {}

    public static void main(String[] args) {
        Path fixtures = Path.of(args.length > 0 ? args[0] : "../shared/fixtures");
        int perLanguage = args.length > 1 ? Integer.parseInt(args[1]) : 600;
        Random rnd = new Random(SEED);
        List<String> entries = new ArrayList<>();
        List<String[]> queries = new ArrayList<>(); // {query, true entry or ""}
        List<String> sources = new ArrayList<>();
        for (String lang : NameFixtures.LANGUAGES) {
            List<NamePair> rows = new ArrayList<>(NameFixtures.pairs(fixtures, lang, "64"));
            if (rows.isEmpty()) {
                System.err.println("No fixture rows for " + lang + " under " + fixtures + ": skipped");
                continue;
            }
            rows.forEach(p -> sources.add(p.latin()));
            Collections.shuffle(rows, new Random(SEED + lang.hashCode()));
            int used = Math.min(2 * perLanguage, rows.size() / 2 * 2);
            List<NamePair> indexed = rows.subList(0, used);
            for (int i = 0; i + 1 < indexed.size(); i += 2) {
                NamePair a = indexed.get(i);
                NamePair b = indexed.get(i + 1);
                String latin = a.latin() + " " + b.latin();
                entries.add(latin);
                NamePair other = indexed.get(rnd.nextInt(indexed.size()));
                entries.add(rnd.nextBoolean() ? a.latin() + " " + other.latin() : other.latin() + " " + b.latin());
                String target = (i / 2) % 2 == 0 ? a.target() + " " + b.target() : b.target() + " " + a.target();
                queries.add(new String[] {target, latin});
            }
            List<NamePair> rest = rows.subList(used, rows.size());
            for (int i = 0; i + 1 < rest.size() && i < used; i += 2) {
                queries.add(new String[] {
                    rest.get(i).target() + " " + rest.get(i + 1).target(), ""
                });
            }
        }
        if (queries.isEmpty()) {
            System.err.println("No fixtures under " + fixtures + ": nothing to fit");
            return;
        }
        List<String> tokens = Distractors.synthetic(sources, 40_000, Set.of(), SEED);
        Set<String> synthetic = Distractors.fullNames(tokens, 20_000, rnd);
        entries.addAll(synthetic);
        PersonIndex index = new PersonIndex();
        for (String name : entries) {
            // The entry's id is its name: the same name indexed twice is one person.
            index.put(new PersonEntry(name, List.of(name)));
        }
        List<double[]> rows = new ArrayList<>();
        int positives = 0;
        for (String[] q : queries) {
            for (PersonMatch m : index.search(new PersonQuery(q[0]), 10, Parameters.POSSIBLE_THRESHOLD)) {
                Map<String, Double> value = new TreeMap<>();
                for (Feature f : m.explanation()) {
                    value.put(f.name(), f.value());
                }
                double sim = value.get("name");
                if (sim < Parameters.POSSIBLE_THRESHOLD || sim >= 1.0) {
                    continue;
                }
                double label = m.id().equals(q[1]) ? 1.0 : 0.0;
                positives += (int) label;
                rows.add(new double[] {
                    Math.log(sim / (1.0 - sim)),
                    value.get("rarity"),
                    2.0 * (1.0 - value.get("coverage")),
                    value.get("shortness"),
                    label
                });
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%d entries, %d queries, %d labelled pairs (%d positive)%n",
                index.size(),
                queries.size(),
                rows.size(),
                positives);
        // Columns: 1, logit(similarity), commonness, uncovered, shortness; label last.
        List<double[]> design = new ArrayList<>();
        for (double[] r : rows) {
            design.add(new double[] {1.0, r[0], r[1], r[2], r[3], r[4]});
        }
        double[] full = fit(design, 5);
        System.out.printf(
                Locale.ROOT,
                "full model: intercept %.3f, logit(similarity) %.3f, commonness %.3f, uncovered %.3f, shortness %.3f%n",
                full[0],
                full[1],
                full[2],
                full[3],
                full[4]);
        String[] constants = {"COMMONNESS_LOG_ODDS", "UNCOVERED_LOG_ODDS", "SHORTNESS_LOG_ODDS"};
        for (int k = 0; k < 3; k++) {
            // A feature's worth in units of the similarity's log-odds: its coefficient over the similarity's.
            System.out.printf(
                    Locale.ROOT,
                    "    public static final double %s = %.3f; // %s%n",
                    constants[k],
                    Math.min(0.0, full[k + 2] / full[1]),
                    FEATURES[k]);
        }
        System.out.println("(fitted with SHORT_NAME_LETTERS = " + Parameters.SHORT_NAME_LETTERS + ")");
    }

    /** Maximum-likelihood logistic regression by Newton's method; columns 0..d-1 of each row, label in column d. */
    static double[] fit(List<double[]> rows, int d) {
        double[] beta = new double[d];
        for (int iteration = 0; iteration < 100; iteration++) {
            double[] gradient = new double[d];
            double[][] hessian = new double[d][d];
            for (double[] r : rows) {
                double z = 0.0;
                for (int k = 0; k < d; k++) {
                    z += beta[k] * r[k];
                }
                double p = sigmoid(z);
                for (int a = 0; a < d; a++) {
                    gradient[a] += (r[d] - p) * r[a];
                    for (int b = 0; b < d; b++) {
                        hessian[a][b] += p * (1.0 - p) * r[a] * r[b];
                    }
                }
            }
            for (int k = 0; k < d; k++) {
                hessian[k][k] += 1e-6;
            }
            double[] step = solve(hessian, gradient);
            double size = 0.0;
            for (int k = 0; k < d; k++) {
                beta[k] += step[k];
                size += Math.abs(step[k]);
            }
            if (size < 1e-9) {
                break;
            }
        }
        return beta;
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }

    /** Gaussian elimination with partial pivoting. */
    private static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(m[r][c]) > Math.abs(m[pivot][c])) {
                    pivot = r;
                }
            }
            double[] t = m[c];
            m[c] = m[pivot];
            m[pivot] = t;
            for (int r = c + 1; r < n; r++) {
                double f = m[r][c] / m[c][c];
                for (int k = c; k <= n; k++) {
                    m[r][k] -= f * m[c][k];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int k = i + 1; k < n; k++) {
                s -= m[i][k] * x[k];
            }
            x[i] = s / m[i][i];
        }
        return x;
    }
}
