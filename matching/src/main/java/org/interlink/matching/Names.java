package org.interlink.matching;

/**
 * Name normalisation, transliteration and comparison across scripts.
 *
 * <p>Examples: {@code Names.transliterate("Владимир Путин")} is {@code "Vladimir Putin"}; {@code
 * Names.normalise("Dr. Abdel Hamid AL-ASSAD")} has tokens {@code [abd, hamid, assad]}; {@code Names.similarity("Vladimir
 * Putin", "ПУТИН Владимир")} is 1.0.
 */
public final class Names {

    private Names() {}

    /**
     * Romanises, case-folds and tokenises a name: Unicode NFKC, transliteration of any script to ASCII Latin (BGN/PCGN
     * for Cyrillic, modern Greek, pinyin with one word per Chinese name, ICU's standard romanisation for the others),
     * punctuation and diacritics removed, titles and particles dropped, "abdul"/"abdel"/"abder"... written "abd".
     */
    public static NormalisedName normalise(String name) {
        return NameForm.of(name).toPublic();
    }

    /**
     * Romanises text in any script to ASCII Latin, keeping punctuation, and case for Latin and Cyrillic (Greek comes out
     * lower-case). Example:
     * {@code transliterate("弗拉基米尔·普京")} is {@code "fulajimier pujing"}.
     */
    public static String transliterate(String text) {
        return Transliteration.toLatin(text);
    }

    /**
     * Similarity of two names in [0, 1], symmetric, independent of token order; 1.0 for the same tokens. Uses spelling
     * (Jaro-Winkler), a phonetic skeleton, given-name equivalences and the best one-to-one pairing of tokens.
     */
    public static double similarity(String a, String b) {
        return NameComparison.similarity(NameForm.of(a), NameForm.of(b));
    }

    /** Like {@link #similarity} and says how the tokens were paired, e.g. {@code "putin~putin 1.00; tokens 1.000"}. */
    public static String explainSimilarity(String a, String b) {
        StringBuilder detail = new StringBuilder();
        NameComparison.compare(NameForm.of(a), NameForm.of(b), detail);
        return detail.toString();
    }
}
