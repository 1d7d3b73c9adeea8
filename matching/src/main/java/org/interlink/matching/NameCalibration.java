package org.interlink.matching;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The calibrated name part of the person score: today's name similarity moved on the log-odds scale by what the
 * similarity does not see, then attributed feature by feature.
 *
 * <p>Model: {@code p = σ(logit(similarity) + Σ β_k · x_k)}, where the x are
 *
 * <ul>
 *   <li><b>commonness</b>: the pair-weighted mean of {@code ln(persons holding the token)} over the paired tokens
 *       (the commoner of the two tokens of a pair, counted in the index by {@link TokenFrequencies}); 0 when every
 *       paired token is held by one person: "mohammed" or "li" shared by hundreds is weak evidence, a rare token strong;
 *   <li><b>uncovered</b>: the share of each name's token weight the pairing leaves unexplained, both names' summed,
 *       so a record explaining two of the query's five parts drops below one explaining all five (the similarity
 *       already charges unpaired tokens; this is what the labelled pairs say it should add);
 *   <li><b>shortness</b>: how far the shorter name falls below {@link Parameters#SHORT_NAME_LETTERS} letters (as a
 *       share of it), plus 1 when it is a single token: short names need more agreement.
 * </ul>
 *
 * <p>The similarity stays the main evidence, on its own scale, on purpose: a logistic model that re-weighted it from
 * labelled pairs, where Han readings and lossy scripts are few, flattened the evidence it carries (Putin against
 * 弗拉基米尔·普京 fell to 0.27) while unrelated short Chinese names stayed HIT. The trainer fits the full model
 * {@code σ(a + b · logit(similarity) + γ · x)} and each β here is γ / b, a feature's worth in units of the
 * similarity's log-odds; so the score is the similarity moved by the features, not a probability, and the HIT and
 * POSSIBLE thresholds keep their meaning and their measured false-alarm rates (docs/MATCHING.md, "Evaluation").
 * Every β is at most 0 and every feature at least 0, so the calibrated score never exceeds the similarity: a search
 * scores candidates by similarity first and calibrates only those that can still reach its minimum. Identical names
 * (similarity 1) are not moved: nothing in a name tells two persons of one name apart.
 *
 * <p>Coefficients are in {@link Parameters} ({@code *_LOG_ODDS}), fitted by {@code bench/…/eval/TrainNameCalibration}
 * on labelled pairs of the tuning split; which of them are in use, and why the others are 0, is stated there.
 */
final class NameCalibration {

    private NameCalibration() {}

    /**
     * The features of one compared pair, each 0 when it carries no doubt.
     *
     * @param commonness pair-weighted mean of ln(indexed persons holding the commoner token of each pair)
     * @param uncovered token weight the pairing leaves unexplained, as shares of each name, summed (0 to 2)
     * @param shortness letters the shorter name lacks to {@link Parameters#SHORT_NAME_LETTERS}, over it, plus 1 when
     *     the shorter name is a single token
     */
    record Features(double commonness, double uncovered, double shortness) {

        static Features of(NameEvidence e, TokenFrequencies frequencies) {
            double weighted = 0.0;
            double weight = 0.0;
            for (int i = 0; i < e.pairs; i++) {
                int held = Math.max(frequencies.count(e.first[i]), frequencies.count(e.second[i]));
                weighted += e.pairWeight[i] * Math.log(Math.max(1, held));
                weight += e.pairWeight[i];
            }
            double commonness = weight == 0.0 ? 0.0 : weighted / weight;
            double shortness = 0.0;
            if (e.recorded) {
                shortness =
                        Math.max(0.0, Parameters.SHORT_NAME_LETTERS - e.shorterLetters) / Parameters.SHORT_NAME_LETTERS
                                + (e.shorterTokens == 1 ? 1.0 : 0.0);
            }
            return new Features(commonness, 2.0 - e.lowerCoverage - e.higherCoverage, shortness);
        }

        double rarityShift() {
            return Parameters.COMMONNESS_LOG_ODDS * commonness;
        }

        double coverageShift() {
            return Parameters.UNCOVERED_LOG_ODDS * uncovered;
        }

        double shortnessShift() {
            return Parameters.SHORTNESS_LOG_ODDS * shortness;
        }
    }

    /**
     * The calibrated name score and, when {@code out} is given, its attribution added to it in order: name (the
     * similarity), rarity, coverage, shortness; each contribution is the change of the probability when its feature is
     * added to those before it, so they sum to the returned score exactly (up to rounding).
     */
    static double score(double similarity, Features x, @Nullable List<Feature> out, @Nullable String pairing) {
        if (similarity >= 1.0 || similarity <= 0.0) {
            if (out != null) {
                out.add(new Feature("name", similarity, similarity, pairing == null ? "" : pairing));
                String why = similarity >= 1.0 ? "identical names: nothing to weigh" : "no name agreement";
                out.add(new Feature("rarity", x.commonness(), 0.0, why));
                out.add(new Feature("coverage", 1.0 - x.uncovered() / 2.0, 0.0, why));
                out.add(new Feature("shortness", x.shortness(), 0.0, why));
            }
            return similarity;
        }
        double logit = Math.log(similarity / (1.0 - similarity));
        double afterRarity = sigmoid(logit + x.rarityShift());
        double afterCoverage = sigmoid(logit + x.rarityShift() + x.coverageShift());
        double afterShortness = sigmoid(logit + x.rarityShift() + x.coverageShift() + x.shortnessShift());
        if (out != null) {
            out.add(new Feature("name", similarity, similarity, pairing == null ? "" : pairing));
            out.add(new Feature(
                    "rarity",
                    x.commonness(),
                    afterRarity - similarity,
                    String.format(
                            Locale.ROOT,
                            "paired tokens held by %.0f indexed persons (weighted geometric mean)",
                            Math.exp(x.commonness()))));
            out.add(new Feature(
                    "coverage",
                    1.0 - x.uncovered() / 2.0,
                    afterCoverage - afterRarity,
                    String.format(
                            Locale.ROOT,
                            "pairing leaves %.0f %% of the two names' token weight unexplained",
                            50.0 * x.uncovered())));
            out.add(new Feature(
                    "shortness",
                    x.shortness(),
                    afterShortness - afterCoverage,
                    x.shortness() >= 1.0
                            ? "shorter name is a single token"
                            : x.shortness() > 0.0 ? "shorter name is short" : "names long enough"));
        }
        return afterShortness;
    }

    private static double sigmoid(double z) {
        return 1.0 / (1.0 + Math.exp(-z));
    }
}
