package org.interlink.matching;

/**
 * Prepares a run of Arabic script (Arabic, Persian, Urdu) for romanisation, so that the forms one name takes in
 * different hands and languages romanise alike and its structure survives as separate words.
 *
 * <ul>
 *   <li>Letter variants are written one way: alif forms (أ إ آ ٱ) as ا, alif maqsura and the Persian and Urdu yeh (ى ی
 *       ے) as ي, the Persian kaf (ک) as ك, the Urdu heh forms (ہ ھ ۀ) as ه, hamza carriers (ؤ ئ) as their letter.
 *       Taa marbuta (ة), and the heh that often stands for it at the end of a name of four
 *       letters or more, end a name in a vowel ("Usama", "Fatima") and are written ا. Tatweel, harakat and the ZWNJ
 *       that Persian puts inside words are dropped.
 *   <li>Ain (ع) is read as the vowel Latin spellings write for it, or do not write ("عزيز" "azyz" as "Aziz", "سعود"
 *       "sawd" as "Saud"), and a bare hamza (ء) is dropped: ICU would romanise them as the modifier letters ʿ and ʾ,
 *       which split a token in two.
 *   <li>The words that carry a name's structure are written in the Latin spelling {@link NameTokens} knows: the
 *       article ال, which Arabic writes attached, becomes a word of its own ("البغدادي" "al bghdady"); عبد, الله,
 *       أبو, أم, بن and ابن, بنت and ولد become "abd", "allah", "abu", "umm", "bin", "bint" and "ould"; the titles
 *       ملا, شيخ, حاج and امام become the Latin titles NameTokens drops. So "عبدالعزيز" and "عبد العزيز" both give
 *       "abd al azyz"; {@link ArabicNames} reads the rest of the structure.
 * </ul>
 */
final class ArabicScript {

    private static final char ALIF = 'ا';
    private static final char LAM = 'ل';

    private ArabicScript() {}

    /** Example: {@code prepare("عبدالعزيز بوتفليقة")} is {@code "abd al ازيز بوتفليقا"}; ICU then romanises the rest. */
    static String prepare(String run) {
        String letters = letters(run);
        StringBuilder out = new StringBuilder(letters.length() + 8);
        int start = 0;
        for (int i = 0; i <= letters.length(); i++) {
            if (i == letters.length() || !isArabicLetter(letters.charAt(i))) {
                if (i > start) {
                    word(letters.substring(start, i), out);
                }
                if (i < letters.length()) {
                    out.append(letters.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    /** One variant per letter; marks, tatweel and ZWNJ dropped. */
    private static String letters(String run) {
        StringBuilder out = new StringBuilder(run.length());
        for (int i = 0; i < run.length(); i++) {
            char c = run.charAt(i);
            switch (c) {
                case 'أ', 'إ', 'آ', 'ٱ' -> out.append(ALIF);
                case 'ى', 'ی', 'ے', 'ې', 'ۍ', 'ئ' -> out.append('ي');
                case 'ک', 'ڪ' -> out.append('ك');
                case 'ہ', 'ھ', 'ۀ', 'ە' -> out.append('ه');
                case 'ؤ' -> out.append('و');
                case 'ة' -> out.append(ALIF);
                // ICU romanises hamza as the modifier letter ʾ, which is not a letter of a token; Latin spellings do
                // not write it.
                case 'ء' -> {}
                // Tatweel, ZWNJ, ZWJ: shaping only.
                case '\u0640', '\u200C', '\u200D' -> {}
                default -> {
                    // Harakat, Quranic marks and the superscript alif: vocalisation that most writing omits.
                    boolean mark =
                            (c >= '\u064B' && c <= '\u065F') || c == '\u0670' || (c >= '\u06D6' && c <= '\u06ED');
                    if (!mark) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static boolean isArabicLetter(char c) {
        return (c >= '\u0620' && c <= '\u064A') || (c >= '\u066E' && c <= '\u06D3') || (c >= '\u06FA' && c <= '\u06FF');
    }

    /** Appends one word: a structural word in Latin, the article split off, the rest as it is. */
    private static void word(String w, StringBuilder out) {
        String structural = structural(w);
        if (structural != null) {
            out.append(structural);
            return;
        }
        if (w.startsWith("عبد") && w.length() > 4) {
            // عبدالعزيز, عبدالله, عبدالرحمن: the theophoric name written as one word.
            out.append("abd ");
            word(w.substring(3), out);
            return;
        }
        if (w.startsWith("ابو") && w.length() > 5 && w.charAt(3) == ALIF && w.charAt(4) == LAM) {
            // ابوبكر is rare, ابوالحسن (Abu al-Hasan) common: the kunya written as one word with its article.
            out.append("abu ");
            word(w.substring(3), out);
            return;
        }
        if (w.length() > 3 && w.charAt(0) == ALIF && w.charAt(1) == LAM) {
            out.append("al ");
            w = w.substring(2);
            structural = structural(w);
            if (structural != null) {
                out.append(structural);
                return;
            }
        }
        if (w.length() >= 4 && w.charAt(w.length() - 1) == 'ه') {
            // A final heh in a name of four letters or more is the taa marbuta written without its dots (اسامه).
            w = w.substring(0, w.length() - 1) + ALIF;
        }
        // ICU romanises ain as the modifier letter ʿ, which would split "سعود" into "s" and "wd"; Latin spellings
        // write it as a vowel or not at all (Saud, Sa'ud, Jafar, Aziz).
        out.append(w.replace('ع', ALIF));
    }

    private static String structural(String w) {
        return switch (w) {
            case "عبد" -> "abd";
            case "الله" -> "allah";
            case "ابو", "ابي", "ابا" -> "abu";
            case "ام" -> "umm";
            case "بن", "ابن" -> "bin";
            case "بنت" -> "bint";
            case "ولد" -> "ould";
            // Titles, written as the Latin titles NameTokens drops.
            case "ملا" -> "mullah";
            case "شيخ" -> "sheikh";
            case "حاج", "حاجي" -> "haji";
            case "امام" -> "imam";
            default -> null;
        };
    }
}
