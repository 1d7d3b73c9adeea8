package org.interlink.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The structure of Arabic, Persian and Urdu names in their romanised tokens. A name part written as several words
 * ("Abd al-Aziz", "Abu Bakr", "Salah ad-Din") and the same part written as one ("Abdelaziz", "Abubakr",
 * "Salaheddine") are spelled so that the comparison, which also compares two adjacent tokens written as one (and does
 * so for every name holding a {@link #isHead head} word), pairs them as one unit:
 *
 * <ul>
 *   <li>Theophoric names, "servant of" one of God's names: "abd" stays a word of its own, and its spellings written
 *       together with the article are "abd" + the name (Abdelaziz and Abdulaziz are "abdaziz", Abdurrahman and
 *       Abderrahmane "abdrahman" (the French mute e dropped), the prefixes being cut by {@link NameTokens}); Abdullah, Abdallah,
 *       Abdellah, Abdulla and Abdollah are "abdallah", which is "abd" + "allah" written together.
 *   <li>The kunya, "father/mother of": Abu, Abou, Abo and Abul are "abu", Umm and Oum "umm", kept as words (not dropped
 *       as particles), so that "Abu Bakr" and "Abubakr" pair.
 *   <li>Compounds in "ad-Din" ("of the faith"): the article is a particle and "din", "deen", "dine" are "din"; the
 *       suffix written as a word or attached ("Salah Uddin", "Salahuddin", "Salaheddine", "Nureddin") is "din", so
 *       all are "salah" + "din".
 *   <li>A nisba or laqab written with its article attached ("Albaghdadi", "Elmasri") loses the article when the name
 *       shows another Arabic marker (a separate article, bin, ibn, ould, "abd", a kunya, also written as one word), as a separate article is
 *       dropped as a particle: the article is optional, the nisba is the identifier.
 * </ul>
 *
 * Every rule reads one token (and, for the nisba, whether the name has a marker at all), never its neighbours, so a
 * name matches any re-ordering of itself. Nasab connectors (bin, ibn, bint, ould, walad) stay particles in {@link
 * NameTokens}: dropped, so that a short form ("Usama bin Laden") pairs its parts with the long chain's.
 */
final class ArabicNames {

    private static final String ABD = "abd";

    /** The forms "Allah" takes after "abd" once its article is cut off by a spelling prefix ("abdul-lah"). */
    private static final Set<String> ALLAH = Set.of(
            "allah", "alah", "alla", "llah", "lla", "lah", "la", "ullah", "ulla", "ellah", "ella", "illah", "olla",
            "ollah", "allh", "alh");

    private static final Set<String> KUNYA_FATHER = Set.of("abu", "abou", "abo", "aboo", "abul", "abol", "abw");

    private static final Set<String> KUNYA_MOTHER = Set.of("umm", "oum", "oumm");

    private static final Set<String> DIN = Set.of("din", "deen", "dine", "dyn", "diin", "dean");

    /** "ad-Din" written as one word, alone ("Salah Uddin") or after the name it completes ("Salaheddine"). */
    private static final List<String> DIN_SUFFIXES = List.of(
            "uddin", "uddeen", "uddine", "eddine", "eddin", "addin", "addine", "aldin", "aldeen", "uldin", "oddin",
            "iddin", "eldin", "eldine", "udeen", "uddyn", "aldyn", "ddyn");

    /** Separate words that mark a name as Arabic. */
    private static final Set<String> MARKERS = Set.of(
            "al", "el", "ul", "ad", "ud", "ar", "ur", "as", "us", "ash", "ush", "at", "az", "an", "bin", "ibn", "bint",
            "binti", "bn", "ould", "walad", "wuld", ABD, "abu", "umm");

    private ArabicNames() {}

    /**
     * Spells each token of {@code tokens} (lower case, titles removed, particles still present, "abd" prefixes already
     * cut) as its name part's unit. Example: {@code [salah, uddin, albaghdadi, abou, bakr]} gives {@code [salah, din,
     * baghdadi, abu, bakr]}.
     */
    static List<String> spell(List<String> tokens) {
        List<String> out = new ArrayList<>(tokens.size());
        boolean marked = false;
        for (String t : tokens) {
            String s = unit(t);
            marked |= MARKERS.contains(s) || s.startsWith(ABD) || (s.startsWith("abu") && s.length() > 5);
            out.add(s);
        }
        if (marked) {
            out.replaceAll(ArabicNames::withoutGluedArticle);
        }
        return out;
    }

    /**
     * Whether the token heads a name part that may be written as two words ("abd", "abu", "umm") or ends one ("din"):
     * names holding one are also compared with two adjacent tokens written as one, whatever their token counts.
     */
    static boolean isHead(String token) {
        return token.equals(ABD) || token.equals("abu") || token.equals("umm") || token.equals("din");
    }

    private static String unit(String t) {
        if (KUNYA_FATHER.contains(t)) {
            return "abu";
        }
        if (KUNYA_MOTHER.contains(t)) {
            return "umm";
        }
        if (DIN.contains(t) || DIN_SUFFIXES.contains(t)) {
            return "din";
        }
        if (t.startsWith(ABD) && t.length() > ABD.length() && ALLAH.contains(t.substring(ABD.length()))) {
            return "abdallah";
        }
        if (t.startsWith(ABD) && t.endsWith("ne") && t.length() > 6) {
            // The French mute e of Abderrahmane, Abdelmoumene: not a letter of the Arabic name.
            return t.substring(0, t.length() - 1);
        }
        for (String suffix : DIN_SUFFIXES) {
            if (t.endsWith(suffix) && t.length() - suffix.length() >= 3) {
                return t.substring(0, t.length() - suffix.length()) + "din";
            }
        }
        return t;
    }

    /** "albaghdadi" as "baghdadi": a nisba (…i) or a long laqab with its article attached. */
    private static String withoutGluedArticle(String t) {
        boolean glued = t.length() >= 7
                && (t.startsWith("al") || t.startsWith("el"))
                && (t.endsWith("i") || t.endsWith("y") || t.endsWith("ee"));
        return glued ? t.substring(2) : t;
    }
}
