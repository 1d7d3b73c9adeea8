package org.interlink.matching;

import com.ibm.icu.lang.UScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Foreign names written in Han characters or kana as one run of syllables, the separating dot (·, ・, ･) left out:
 * 弗拉基米尔普京 "fulajimierpujing", ウラジーミルプーチン "urajimirupuchin"; and Hangul written as one word
 * (블라디미르푸틴, and Korean names such as 김정은, which ICU romanises in two words, "gimjeong eun"). Against a Latin name of two or three
 * tokens, the run is also split at syllable boundaries into as many tokens, in every way, so that it is compared as if
 * the dot had been written where the other name has its spaces (弗拉基米尔 普京 / Vladimir Putin). A syllable is a Han
 * character, a Hangul block, or a kana with the small kana and long-vowel mark after it (and a small ッ before it).
 */
final class SyllableRuns {

    private static final String HAN = UScript.getName(UScript.HAN);
    private static final String KANA = UScript.getName(UScript.KATAKANA);
    private static final String HANGUL = UScript.getName(UScript.HANGUL);

    /** Syllables of a run split in every way; a longer run is compared only as it is. */
    private static final int MAX_SYLLABLES = 14;

    private static final String SMALL_KANA = "ァィゥェォャュョヮヵヶぁぃぅぇぉゃゅょゎー";

    /** Syllables of runs by name, bounded like the other memos. */
    private static final Map<String, String[]> MEMO = new ConcurrentHashMap<>();

    private static final int MEMO_LIMIT = 20_000;

    private SyllableRuns() {}

    /** Whether the name is one run of Han, kana or Hangul syllables written as one word, such as 弗拉基米尔普京. */
    static boolean isRun(NameForm name) {
        return name.oneWord()
                && (name.tokens().length == 1 || name.script().equals(HANGUL))
                && (name.script().equals(HAN)
                        || name.script().equals(KANA)
                        || name.script().equals(HANGUL));
    }

    /** The run split into as many tokens as {@code other} has, in every way; none when that does not apply. */
    static List<HanNames.Reading> splits(NameForm run, NameForm other) {
        int parts = other.tokens().length;
        List<HanNames.Reading> out = new ArrayList<>();
        if (!isRun(run) || other.romanisation() != NameForm.LATIN || parts < 2 || parts > 3) {
            return out;
        }
        String[] syllables = syllables(run.display());
        int n = syllables.length;
        if (n < parts || n > MAX_SYLLABLES) {
            return out;
        }
        boolean pinyin = run.script().equals(HAN);
        for (int first = 1; first < n; first++) {
            if (parts == 2) {
                out.add(reading(run, pinyin, join(syllables, 0, first), join(syllables, first, n)));
                continue;
            }
            for (int second = first + 1; second < n; second++) {
                out.add(reading(
                        run,
                        pinyin,
                        join(syllables, 0, first),
                        join(syllables, first, second),
                        join(syllables, second, n)));
            }
        }
        return out;
    }

    /**
     * The run split in two at each syllable boundary, for the keys a run query looks up: a run written as one word
     * shares few blocking keys with the spaced Latin name ("fulajimierpujing" / "vladimir putin"), its two parts do.
     */
    static List<NameForm> queryForms(NameForm run) {
        List<NameForm> out = new ArrayList<>();
        if (!isRun(run)) {
            return out;
        }
        String[] syllables = syllables(run.display());
        int n = syllables.length;
        if (n > MAX_SYLLABLES) {
            return out;
        }
        boolean pinyin = run.script().equals(HAN);
        for (int first = 1; first < n; first++) {
            out.add(HanNames.form(
                    run.display(),
                    new String[] {join(syllables, 0, first), join(syllables, first, n)},
                    run.script(),
                    pinyin));
        }
        return out;
    }

    private static HanNames.Reading reading(NameForm run, boolean pinyin, String... tokens) {
        return new HanNames.Reading(
                "syllables " + String.join(" ", tokens), HanNames.form(run.display(), tokens, run.script(), pinyin));
    }

    private static String join(String[] syllables, int from, int to) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < to; i++) {
            s.append(syllables[i]);
        }
        return s.toString();
    }

    /** The run's syllables, each romanised as the whole run is (per Han character; per kana with its small kana). */
    static String[] syllables(String display) {
        String[] cached = MEMO.get(display);
        if (cached != null) {
            return cached;
        }
        List<String> pieces = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        String s = display.strip();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            pending.appendCodePoint(cp);
            boolean kana = UScript.getScript(cp) == UScript.KATAKANA || UScript.getScript(cp) == UScript.HIRAGANA;
            boolean geminate = cp == 'ッ' || cp == 'っ';
            boolean followedBySmall = i < s.length() && SMALL_KANA.indexOf(s.charAt(i)) >= 0;
            if (!(kana && (geminate || followedBySmall))) {
                String latin = Transliteration.toLatin(pending.toString())
                        .toLowerCase(Locale.ROOT)
                        .replaceAll("[^a-z]", "");
                if (!latin.isEmpty()) {
                    pieces.add(latin);
                }
                pending.setLength(0);
            }
        }
        String[] out = pieces.toArray(String[]::new);
        if (MEMO.size() > MEMO_LIMIT) {
            MEMO.clear();
        }
        MEMO.put(display, out);
        return out;
    }
}
