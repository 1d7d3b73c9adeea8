package org.interlink.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns text in any script into lower-case ASCII Latin, one script run at a time, so that each script gets the
 * romanisation that border documents and watch lists actually use (BGN/PCGN for Cyrillic, modern Greek, pinyin joined
 * per name for Chinese) rather than a letter-by-letter scholarly one.
 */
final class Transliteration {

    private static final String ANY = "Any-Latin; Latin-ASCII";

    /** ICU transliterators are not documented as thread-safe for concurrent use, so each thread keeps its own. */
    private static final ThreadLocal<Map<String, Transliterator>> CACHE = ThreadLocal.withInitial(HashMap::new);

    private Transliteration() {}

    /** Guarded by {@code NamesBenchmark.normaliseLatin}: the ASCII fast path keeps index builds cheap. */
    static String toLatin(String text) {
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (isAscii(nfkc)) {
            return nfkc;
        }
        StringBuilder out = new StringBuilder(nfkc.length() + 8);
        int start = 0;
        int runScript = UScript.COMMON;
        for (int i = 0; i < nfkc.length(); ) {
            int cp = nfkc.codePointAt(i);
            int script = significantScript(cp);
            if (script != UScript.COMMON && runScript != UScript.COMMON && script != runScript) {
                out.append(romanise(nfkc.substring(start, i), runScript));
                start = i;
            }
            if (script != UScript.COMMON) {
                runScript = script;
            }
            i += Character.charCount(cp);
        }
        out.append(romanise(nfkc.substring(start), runScript));
        return out.toString();
    }

    private static int significantScript(int cp) {
        int script = UScript.getScript(cp);
        if (script == UScript.INHERITED) {
            return UScript.COMMON;
        }
        // Japanese names mix katakana, hiragana and kanji in one word; treat them as one run.
        if (script == UScript.HIRAGANA || script == UScript.KATAKANA) {
            return UScript.KATAKANA;
        }
        return script;
    }

    private static String romanise(String run, int script) {
        if (isAscii(run)) {
            return run;
        }
        return switch (script) {
            case UScript.LATIN, UScript.COMMON -> apply("Latin-ASCII", run);
            case UScript.CYRILLIC -> apply(cyrillicSystem(run) + "; " + ANY, run);
            case UScript.GREEK -> apply(ANY, modernGreek(run));
            case UScript.HAN -> romaniseHan(run);
            case UScript.KATAKANA -> apply(ANY, run.replace('\u30FB', ' ').replace('\u00B7', ' '));
            default -> apply(ANY, run);
        };
    }

    private static String cyrillicSystem(String run) {
        String lower = run.toLowerCase(java.util.Locale.ROOT);
        if (lower.indexOf('ў') >= 0 || (lower.indexOf('і') >= 0 && lower.indexOf('и') < 0)) {
            return "Belarusian-Latin/BGN";
        }
        if (lower.indexOf('і') >= 0 || lower.indexOf('ї') >= 0 || lower.indexOf('є') >= 0 || lower.indexOf('ґ') >= 0) {
            return "Ukrainian-Latin/BGN";
        }
        return "Russian-Latin/BGN";
    }

    /**
     * Chinese names are written without spaces and ICU separates every syllable; a name reads as one word
     * ("jiasipaluo", "xijinping"), so syllables of one run are joined and the split against a spaced Latin spelling
     * is left to the merged-token comparison.
     */
    private static String romaniseHan(String run) {
        StringBuilder out = new StringBuilder();
        for (String part : run.split("[\\s\u00B7\u30FB]+")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(apply("Han-Latin; Latin-ASCII", part).replace(" ", ""));
        }
        return out.toString();
    }

    /** Modern Greek reads ντ as d, μπ as b, β as v; ICU's default Greek-Latin is the classical reading. */
    private static String modernGreek(String run) {
        String s = Normalizer.normalize(run.toLowerCase(java.util.Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{Mn}", "");
        s = s.replace("ντ", "d")
                .replace("μπ", "b")
                .replace("γκ", "g")
                .replace("γγ", "ng")
                .replace("ου", "u")
                .replace("αι", "e")
                .replace("ει", "i")
                .replace("οι", "i")
                .replace("β", "v")
                .replace("η", "i")
                .replace("υ", "i")
                .replace("ω", "o")
                .replace("χ", "kh");
        return s;
    }

    private static String apply(String id, String text) {
        return CACHE.get().computeIfAbsent(id, Transliterator::getInstance).transliterate(text);
    }

    static boolean isAscii(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
