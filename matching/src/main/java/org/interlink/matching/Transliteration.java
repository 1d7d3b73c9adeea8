package org.interlink.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.text.Normalizer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Pattern;

/**
 * Turns text in any script into lower-case ASCII Latin, one script run at a time, so that each script gets the
 * romanisation that border documents and watch lists actually use (BGN/PCGN for Cyrillic, modern Greek, pinyin joined
 * per name for Chinese) rather than a letter-by-letter scholarly one.
 */
final class Transliteration {

    private static final String ANY = "Any-Latin; Latin-ASCII";

    /**
     * ICU transliterators are not documented as safe for concurrent use and cost milliseconds to build, so they are
     * pooled per id and borrowed for one word at a time (not thread-local: virtual threads would each build their own).
     */
    private static final Map<String, ConcurrentLinkedQueue<Transliterator>> POOL = new ConcurrentHashMap<>();

    /** Romanised words by transliterator and word; about 100 bytes an entry, so at most about 20 MB. */
    private static final Map<String, String> MEMO = new ConcurrentHashMap<>();

    private static final int MEMO_LIMIT = 200_000;

    /** Spaces and the middle dots that separate the parts of foreign names in Chinese and Japanese. */
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s\u00B7\u30FB]+");

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
        // Script-specific transliterators: ICU's Any-Latin dispatcher costs ten times more for the same output.
        String latin = switch (script) {
            case UScript.LATIN, UScript.COMMON -> apply("Latin-ASCII", run);
            // BGN/PCGN writes a middle dot inside a word to keep letters apart ("vlad·ed"): part of the word, not a
            // break.
            case UScript.CYRILLIC ->
                apply(cyrillicSystem(run) + "; Latin-ASCII", run).replace("\u00B7", "");
            case UScript.GREEK -> apply("Greek-Latin; Latin-ASCII", modernGreek(run));
            case UScript.HAN -> romaniseHan(run);
            case UScript.KATAKANA ->
                joinSmallKana(apply(
                        "Katakana-Latin; Hiragana-Latin; Latin-ASCII",
                        run.replace('\u30FB', ' ').replace('\u00B7', ' ')));
            case UScript.HANGUL -> apply("Hangul-Latin; Latin-ASCII", run);
            case UScript.ARABIC -> apply("Arabic-Latin; Latin-ASCII", ArabicScript.prepare(run));
            case UScript.HEBREW -> apply("Hebrew-Latin; Latin-ASCII", run);
            case UScript.DEVANAGARI -> apply("Devanagari-Latin; Latin-ASCII", run);
            case UScript.GEORGIAN -> apply("Georgian-Latin; Latin-ASCII", run);
            case UScript.ARMENIAN -> apply("Armenian-Latin; Latin-ASCII", run);
            case UScript.THAI -> ThaiRomanisation.toLatin(run);
            default -> run;
        };
        return isAscii(latin) ? latin : apply(ANY, latin);
    }

    /** ク, グ or a bare ウ (not after a consonant) before a small vowel: its u is a w (クァ "kwa", ウィ "wi"). */
    private static final Pattern SMALL_KANA_W =
            Pattern.compile("(?<![b-df-hj-np-tv-z])u~(?=[aeio])|(?<=[kg])u~(?=[aeio])");

    /** A bare イ (not after a consonant) before a small エ: イェ is "ye" (イェレナ "yerena"). */
    private static final Pattern SMALL_KANA_Y = Pattern.compile("(?<![b-df-hj-np-tv-z])i~(?=e)");

    /** Any other syllable before a small kana loses its vowel to it: トゥ "tu", ヴィ "vi", ツァ "tsa", テュ "tyu". */
    private static final Pattern SMALL_KANA = Pattern.compile("[aeiou]~(?=y?[aeiou])");

    /**
     * ICU writes a small kana that does not combine with the syllable before it with a tilde ("to~u" for トゥ, "vu~i"
     * for ヴィ), which would split the word into two tokens. Katakana spells foreign names with exactly these
     * combinations, so they are read as the sound they stand for; a tilde left over (a trailing ッ) is dropped.
     */
    static String joinSmallKana(String latin) {
        if (latin.indexOf('~') < 0) {
            return latin;
        }
        String s = SMALL_KANA_W.matcher(latin).replaceAll("w");
        s = SMALL_KANA_Y.matcher(s).replaceAll("y");
        s = SMALL_KANA.matcher(s).replaceAll("");
        return s.replace("~", "");
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
        for (String part : NAME_SEPARATORS.split(run)) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            // Readings are per character, so characters are memoised one by one and joined.
            for (int i = 0; i < part.length(); ) {
                int cp = part.codePointAt(i);
                int next = i + Character.charCount(cp);
                out.append(applyToWord("Han-Latin; Latin-ASCII", part.substring(i, next))
                        .strip());
                i = next;
            }
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

    /**
     * Applies a transliterator word by word through a bounded memo: ICU's rule-based transliterators cost tens of
     * microseconds per word, and names repeat their words ("Muhammad", "Владимир"), so screening and index builds
     * mostly hit the memo. Guarded by {@code NamesBenchmark.normaliseLatin} (mixed).
     */
    private static String apply(String id, String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ' ') {
                if (i > start) {
                    out.append(applyToWord(id, text.substring(start, i)));
                }
                if (i < text.length()) {
                    out.append(' ');
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    private static String applyToWord(String id, String word) {
        String key = id + '\u0000' + word;
        String cached = MEMO.get(key);
        if (cached == null) {
            ConcurrentLinkedQueue<Transliterator> pool = POOL.computeIfAbsent(id, k -> new ConcurrentLinkedQueue<>());
            Transliterator t = pool.poll();
            if (t == null) {
                t = Transliterator.getInstance(id);
            }
            cached = t.transliterate(word);
            pool.offer(t);
            if (MEMO.size() > MEMO_LIMIT) {
                MEMO.clear(); // crude but bounded; the memo refills with the words in use
            }
            MEMO.put(key, cached);
        }
        return cached;
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
