package org.interlink.matching;

/**
 * Every weight and threshold of name and person matching, each with the reason for its value. Scores are in [0, 1];
 * a person score is the name similarity plus the signed contributions of date of birth, nationality and sex, clamped
 * to [0, 1]. Values were tuned on {@code wikidata-translit/*_64} and checked on {@code *_16} (see docs/MATCHING.md).
 */
public final class Parameters {

    // ---------------------------------------------------------------- verdicts

    /**
     * Score at or above which a screening raises a HIT that stops the traveller. Chosen so that random non-matching
     * queries among 100,000+ indexed names exceed it less than 1 % of the time on the evaluation set while
     * transliterated and misspelt true matches still reach it.
     */
    public static final double HIT_THRESHOLD = 0.92;

    /**
     * Score at or above which a match is shown to an officer as POSSIBLE (review, do not stop). Lower than
     * {@link #HIT_THRESHOLD} to keep cross-script matches whose romanisation is lossy (Chinese, Japanese kanji) in view.
     */
    public static final double POSSIBLE_THRESHOLD = 0.80;

    // ---------------------------------------------------------------- calibration (NameCalibration)

    /*
     * Shifts of the calibrated name score, in units of the similarity's log-odds, per unit of each feature; all at most
     * 0 (the calibrated score never exceeds the similarity). Fitted on labelled pairs of the tuning split by
     * java -cp bench/target/benchmarks.jar org.interlink.bench.eval.TrainNameCalibration ../shared/fixtures 400
     * (full model: intercept -11.52, logit(similarity) 5.52, commonness +0.41, uncovered -61.1, shortness -5.92;
     * docs/MATCHING.md, step 7). Only shortness is in use: commonness came out positive (the distractors' synthetic
     * tokens are each held once while real tokens repeat, so in those pairs a common token marks the real name), and
     * uncovered at -11.1 would sink every true match with a missing part (the labelled positives are all complete
     * two-part names, so the fit reads every partial pairing as another person): PUTIN Vladimir against Владимир
     * Владимирович Путин would fall from HIT to NO_MATCH. Both features are computed and shown in every explanation.
     */

    /** Per unit of ln(indexed persons holding the paired token), weighted over the pairs. */
    public static final double COMMONNESS_LOG_ODDS = 0.0;

    /** Per unit of token weight the pairing leaves unexplained, as shares of each name summed (0 to 2). */
    public static final double UNCOVERED_LOG_ODDS = 0.0;

    /** Per unit of shortness: letters the shorter name lacks to {@link #SHORT_NAME_LETTERS} over it, +1 for one token. */
    public static final double SHORTNESS_LOG_ODDS = -1.073;

    /** A name with at least this many letters (all tokens) is not short: "vladimirputin" is 13, "chaoliu" 7. */
    public static final double SHORT_NAME_LETTERS = 10.0;

    // ---------------------------------------------------------------- tokens

    /**
     * Weight of the phonetic skeleton similarity, blended with the spelling similarity, when both names are written in
     * Latin letters. Low: the spelling is reliable, and skeletons collapse distinct names ("patton", "putin").
     */
    public static final double SKELETON_WEIGHT_LATIN = 0.5;

    /** As {@link #SKELETON_WEIGHT_LATIN} when one name was romanised from an alphabet (Cyrillic, Greek...). */
    public static final double SKELETON_WEIGHT_ALPHABET = 0.7;

    /**
     * As {@link #SKELETON_WEIGHT_LATIN} when one name was romanised from a lossy script (Arabic, Hebrew, Chinese,
     * Japanese, Korean, Indic): there the skeleton is often the only signal that survives romanisation.
     */
    public static final double SKELETON_WEIGHT_LOSSY = 0.9;

    /**
     * Share of the learned transliteration model ({@code transliteration-costs.tsv}) in the similarity of a Latin token
     * and a token romanised from a script the model knows; the rest is the generic spelling/skeleton similarity.
     */
    public static final double LEARNED_MODEL_WEIGHT = 0.5;

    /**
     * Skeletons shorter than this many consonant classes earn proportionally less trust: "BTM" is shared by many
     * names, "BRTMR" by few.
     */
    public static final double SKELETON_LENGTH_FOR_FULL_CONFIDENCE = 4.0;

    /** Similarity of two listed equivalents ("aleksandr"/"alexander", "bob"/"robert"): strong, but below identical. */
    public static final double EQUIVALENT_NAME_SIMILARITY = 0.95;

    /**
     * Factor on the similarity of two tokens' readings in the Latin transcription systems ("schostakowitsch"
     * and "shostakovich" both read "SostakoviC"): a little above a listed equivalent, because the readings agree
     * letter by letter, and below identical.
     */
    public static final double TRANSCRIPTION_SIMILARITY = 0.97;

    /**
     * Transcription readings are compared only for tokens whose spellings or skeletons are at least this similar
     * (Jaro-Winkler): the systems change some letters, not whole names, and the readings cost a string rewrite and a comparison.
     */
    public static final double MIN_SIMILARITY_FOR_TRANSCRIPTION = 0.6;

    /**
     * Transcription readings less similar than this (Jaro-Winkler) add nothing: unrelated Latin names have
     * readings around 0.8–0.9, so without it they rose from below to above {@link #POSSIBLE_THRESHOLD} (two-part Latin
     * names against 50,000 others from disjoint Wikidata tokens: POSSIBLE or more 33.5 % before the readings, 43.2 %
     * with them and no floor).
     */
    public static final double MIN_READING_SIMILARITY = 0.92;

    /** Similarity of an initial and a name starting with it ("V." and "Vladimir"): evidence, far from proof. */
    public static final double INITIAL_SIMILARITY = 0.80;

    /**
     * Token pairs below this similarity are left unpaired: a weak pair ("ivan"/"ilyas") should not count as agreement,
     * it counts as a missing token instead.
     */
    public static final double MIN_TOKEN_SIMILARITY = 0.70;

    /**
     * Token weight is its length divided by this, clamped to [{@link #MIN_TOKEN_WEIGHT}, 1]: long tokens carry more
     * identity than short ones, and initials carry little.
     */
    public static final double TOKEN_LENGTH_FOR_FULL_WEIGHT = 5.0;

    /** Lower bound of a token's weight, so that short names ("Li", "Xi", "Ng") still count. */
    public static final double MIN_TOKEN_WEIGHT = 0.35;

    /**
     * Score loss when a name has tokens the other lacks (a patronymic, a second given name), scaled by the share of
     * unpaired weight. Moderate: records and documents routinely omit middle names, but "Putin" alone is not "Vladimir
     * Vladimirovich Putin".
     */
    public static final double UNPAIRED_TOKEN_PENALTY = 0.35;

    /**
     * Score loss when both names have unpaired tokens ("Ivan Petrov" / "Ivan Sidorov"): a contradiction rather than an
     * omission, so twice as heavy, scaled by the share of the weight in conflict.
     */
    public static final double CONFLICTING_TOKEN_PENALTY = 0.6;

    /**
     * Discount applied to the similarity of the whole names written without spaces, used when the token counts differ
     * ("Abdel Hamid" / "Abdelhamid", "Xi Jinping" / "习近平"). Slightly below 1 so that a true token-for-token match
     * wins ties.
     */
    public static final double MERGED_TOKENS_WEIGHT = 0.98;

    // ---------------------------------------------------------------- person features

    /** Same full date of birth (or same at the precision both sides know): strong corroboration. */
    public static final double DOB_EXACT_BONUS = 0.05;

    /** Same year, months or days unknown on one side: weak corroboration. */
    public static final double DOB_SAME_YEAR_BONUS = 0.02;

    /** Day and month swapped (07/10 vs 10/07): a classic data-entry error, so still corroborating. */
    public static final double DOB_SWAPPED_BONUS = 0.02;

    /** One year apart: estimated ages and year-of-birth typos are common in notices; neither for nor against. */
    public static final double DOB_ONE_YEAR_OFF = 0.0;

    /** Same year but a different known month or day: could be a typo, so only a small penalty. */
    public static final double DOB_SAME_YEAR_DIFFERENT_DAY_PENALTY = -0.04;

    /**
     * Years more than one apart: strong evidence of a different person with the same name, the commonest false alarm.
     * Large enough to move a perfect name match from HIT to POSSIBLE, not to dismiss it.
     */
    public static final double DOB_MISMATCH_PENALTY = -0.15;

    /** Query nationality among the record's nationalities. */
    public static final double NATIONALITY_MATCH_BONUS = 0.02;

    /** Nationality differs: weak, because people hold several nationalities and change them. */
    public static final double NATIONALITY_MISMATCH_PENALTY = -0.03;

    /** Sex recorded differently: rarely a data error, so a clear penalty, but not enough to hide an alias. */
    public static final double SEX_MISMATCH_PENALTY = -0.10;

    // ---------------------------------------------------------------- candidate index

    /**
     * How many candidates a query scores in full after blocking. The right person is usually among the first few
     * dozen by blocking weight: scoring 4,000 instead of 400 raised recall@10 on the tuning split by only 0.01, while
     * each candidate costs 2-4 µs. 300 keeps a query on 1 M persons near 1 ms.
     */
    public static final int MAX_CANDIDATES = 300;

    /**
     * How many candidates, by blocking weight, a query romanised from another script preselects; the cheap similarity
     * of {@code TokenSignatures} chooses among them the {@link #MAX_CANDIDATES} scored in full. Blocking
     * weight alone ranks such matches poorly (a katakana or pinyin form shares only short, common keys with its Latin
     * name, and ties with the many distractors that share them). Tuning split, full names, with {@link
     * #MAX_DELETION_POSTINGS_SHARE}: 800 and 0.06 recall@1 0.836, recall@10 0.874; 1,500 and 0.12 0.843 / 0.880; 3,000
     * and 0.25 0.848 / 0.881, but lossy-script queries on 1 M persons cost about 3.5 ms more at p50 and went past
     * 12 ms at p99 ({@code PersonQueryCpu}), where 1,500 and 0.12 cost about 1 ms more.
     */
    public static final int MAX_PRESELECTED = 1500;

    /** Of the {@link #MAX_PRESELECTED}, how many are scored on blocking weight alone, before the cheap re-ranking. */
    public static final int KEPT_BY_WEIGHT = 150;

    /**
     * Blocking keys with longer posting lists are skipped (unless the query has nothing else): a key shared by tens of
     * thousands of records selects nothing and costs the most. Guarded by {@code PersonIndexBenchmark.query}.
     */
    public static final int MAX_POSTINGS_PER_KEY = 60_000;

    /**
     * Skeletons of at least this many classes are also indexed with each class deleted in turn, for queries in lossy
     * scripts whose romanisation loses or changes a class. Shorter skeletons would give one-class keys shared by a
     * large part of the index.
     */
    public static final int MIN_SKELETON_FOR_DELETION_KEYS = 3;

    /**
     * Postings of deletion keys read per query, as a share of the indexed persons (120,000 on 1 M), split equally
     * between the query's tokens, shortest lists first: they are many per token (one per class, twice) and the short
     * ones carry the evidence. A share rather than a count, so that the evaluation on 100,000 names bounds them as a
     * 1 M index does (tuning split, full names, recall@10: 0.02 0.806, 0.06 0.811 or 0.814 split by token, no bound
     * 0.820). Raised to 0.12 with {@link #MAX_PRESELECTED} at 1,500: most blocking misses of the tuning split were
     * true matches credited for one query token only, their other token's deletion keys cut by this budget.
     * Guarded by {@code PersonQueryCpu} and {@code PersonIndexBenchmark.query}.
     */
    public static final double MAX_DELETION_POSTINGS_SHARE = 0.12;

    private Parameters() {}

    /**
     * The least similarity with which a Han name's reading from the dictionary or Unihan (Mandarin, Wade-Giles,
     * Cantonese, Korean, Japanese) confirms a Latin name; below it the comparison stays under HIT ({@link
     * HanNames#unconfirmed}). True readings give the other name up to a romanisation's spelling variant (Lee Myung-bak
     * against the reading "myongbak" 0.954, Yamada Tarou against "taro" 0.969, parts joined 0.98).
     */
    static final double CONFIRMED_READING_SIMILARITY = 0.95;

    /**
     * The same for a reading that leaves no room for variants: a given name read character by character, which is
     * chosen to come as close to the other name as the characters allow (小林健太 "takeshita" / Takashi 0.93), and a
     * Korean reading compared with Hangul (梁子豪 양자호 / 이영숙 0.92).
     */
    static final double CONFIRMED_EXACT_READING = 0.97;
}
