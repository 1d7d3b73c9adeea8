package org.interlink.matching;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Scores a query against an indexed person: best name similarity plus date of birth, nationality and sex. */
final class PersonScoring {

    /** The compared query, prepared once per search. */
    record Query(
            NameForm name,
            @Nullable PartialDate dateOfBirth,
            @Nullable String nationality,
            @Nullable Sex sex) {
        static Query of(PersonQuery q) {
            return new Query(NameForm.of(q.name()), q.dateOfBirth(), q.nationality(), q.sex());
        }
    }

    private PersonScoring() {}

    /** Index of the person's name most similar to the query's, with its similarity packed beside it. */
    static int bestName(Query q, PersonRecord r, double[] similarityOut) {
        int best = 0;
        double bestSim = -1.0;
        String nationalities = HanNames.nationalities(q.nationality(), r.nationalities());
        for (int i = 0; i < r.names().length; i++) {
            double s = NameComparison.similarity(q.name(), r.names()[i], nationalities);
            if (s > bestSim) {
                bestSim = s;
                best = i;
            }
        }
        similarityOut[0] = bestSim;
        return best;
    }

    /**
     * An upper bound of the person score given the best name similarity: the score before calibration, which can only
     * lower it ({@link NameCalibration}). Guarded by {@code PersonIndexBenchmark.query}.
     */
    static double score(Query q, PersonRecord r, double nameSimilarity) {
        return Math.clamp(nameSimilarity + others(q, r), 0.0, 1.0);
    }

    /**
     * The person score in [0, 1]: the calibrated name score ({@link NameCalibration}) of the person's name at {@code
     * nameIndex}, plus date of birth, nationality and sex. {@code evidence} is scratch space.
     */
    static double calibrated(
            Query q,
            PersonRecord r,
            int nameIndex,
            double nameSimilarity,
            TokenFrequencies frequencies,
            NameEvidence evidence) {
        if (nameSimilarity >= 1.0 || nameSimilarity <= 0.0) {
            return score(q, r, nameSimilarity);
        }
        NameComparison.compare(
                q.name(),
                r.names()[nameIndex],
                HanNames.nationalities(q.nationality(), r.nationalities()),
                null,
                evidence);
        double name =
                NameCalibration.score(nameSimilarity, NameCalibration.Features.of(evidence, frequencies), null, null);
        return Math.clamp(name + others(q, r), 0.0, 1.0);
    }

    private static double others(Query q, PersonRecord r) {
        return dateOfBirth(q.dateOfBirth(), r.dateOfBirth(), null)
                + nationality(q.nationality(), r, null)
                + sex(q.sex(), r.sex(), null);
    }

    /**
     * The explanation of {@link #calibrated}: name, rarity, coverage, shortness, then date of birth, nationality and
     * sex; contributions add up to the score (before clamping).
     */
    static List<Feature> explain(Query q, PersonRecord r, int nameIndex, TokenFrequencies frequencies) {
        List<Feature> features = new ArrayList<>(7);
        StringBuilder detail = new StringBuilder();
        NameEvidence evidence = new NameEvidence();
        double sim = NameComparison.compare(
                q.name(),
                r.names()[nameIndex],
                HanNames.nationalities(q.nationality(), r.nationalities()),
                detail,
                evidence);
        NameCalibration.score(sim, NameCalibration.Features.of(evidence, frequencies), features, detail.toString());
        dateOfBirth(q.dateOfBirth(), r.dateOfBirth(), features);
        nationality(q.nationality(), r, features);
        sex(q.sex(), r.sex(), features);
        return features;
    }

    static double dateOfBirth(@Nullable PartialDate q, int packed, @Nullable List<Feature> out) {
        if (q == null || packed == 0) {
            return emit(out, "dateOfBirth", 0.0, 0.0, "unknown on one side");
        }
        int ry = packed / 10_000;
        int rm = packed / 100 % 100;
        int rd = packed % 100;
        int years = Math.abs(q.year() - ry);
        double value;
        double contribution;
        String verdict;
        if (years == 1) {
            value = 0.0;
            contribution = Parameters.DOB_ONE_YEAR_OFF;
            verdict = "one year apart";
        } else if (years > 1) {
            value = -1.0;
            contribution = Parameters.DOB_MISMATCH_PENALTY;
            verdict = "different";
        } else if (q.day() != 0 && rd != 0 && q.day() == rm && q.month() == rd && q.day() != q.month()) {
            value = 0.5;
            contribution = Parameters.DOB_SWAPPED_BONUS;
            verdict = "day and month swapped";
        } else if ((q.month() != 0 && rm != 0 && q.month() != rm) || (q.day() != 0 && rd != 0 && q.day() != rd)) {
            value = -0.5;
            contribution = Parameters.DOB_SAME_YEAR_DIFFERENT_DAY_PENALTY;
            verdict = "same year, different month or day";
        } else if (q.day() != 0 && rd != 0) {
            value = 1.0;
            contribution = Parameters.DOB_EXACT_BONUS;
            verdict = "exact";
        } else {
            value = 0.5;
            contribution = Parameters.DOB_SAME_YEAR_BONUS;
            verdict = "same year";
        }
        if (out != null) {
            emit(out, "dateOfBirth", value, contribution, q + " vs " + PartialDate.unpack(packed) + ": " + verdict);
        }
        return contribution;
    }

    static double nationality(@Nullable String q, PersonRecord r, @Nullable List<Feature> out) {
        if (q == null || r.nationalities().isEmpty()) {
            return emit(out, "nationality", 0.0, 0.0, "unknown on one side");
        }
        boolean among = r.hasNationality(q);
        if (out == null) {
            return among ? Parameters.NATIONALITY_MATCH_BONUS : Parameters.NATIONALITY_MISMATCH_PENALTY;
        }
        if (among) {
            return emit(out, "nationality", 1.0, Parameters.NATIONALITY_MATCH_BONUS, q + " among " + r.nationalities());
        }
        return emit(
                out,
                "nationality",
                -1.0,
                Parameters.NATIONALITY_MISMATCH_PENALTY,
                q + " not among " + r.nationalities());
    }

    static double sex(@Nullable Sex q, byte r, @Nullable List<Feature> out) {
        if (q == null || r < 0 || q == Sex.UNSPECIFIED || r == Sex.UNSPECIFIED.ordinal()) {
            return emit(out, "sex", 0.0, 0.0, "unknown or unspecified on one side");
        }
        if (out == null) {
            return q.ordinal() == r ? 0.0 : Parameters.SEX_MISMATCH_PENALTY;
        }
        if (q.ordinal() == r) {
            return emit(out, "sex", 1.0, 0.0, "same: " + q);
        }
        return emit(out, "sex", -1.0, Parameters.SEX_MISMATCH_PENALTY, q + " vs " + Sex.values()[r]);
    }

    private static double emit(
            @Nullable List<Feature> out, String name, double value, double contribution, String detail) {
        if (out != null) {
            out.add(new Feature(name, value, contribution, detail));
        }
        return contribution;
    }
}
