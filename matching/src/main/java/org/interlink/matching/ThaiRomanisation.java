package org.interlink.matching;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Thai script in the Royal Thai General System of Transcription (RTGS), the system of Thai passports' and the
 * government's Latin spellings, in lower-case ASCII: ทักษิณ ชินวัตร is "thaksin chinwat", ประยุทธ์ จันทร์โอชา
 * "prayut chanocha".
 *
 * <p>Thai writes no space inside a name part, and a name written all in one run has none between given name and
 * surname either. Each space-separated part is segmented with ICU's dictionary word breaker, each segment is split into
 * syllables and the syllables of one part are joined into one word, as Chinese names are: the split against a spaced
 * Latin spelling is left to the merged-token comparison.
 *
 * <p>A syllable is an optional preposed vowel (เ แ โ ใ ไ), an initial consonant or cluster (ปร, กล, a leading ห or อ
 * that only marks the tone, ทร and สร read s), the vowel signs after it and an optional final consonant. A consonant
 * has one value as an initial and another as a final (จ is ch then t, ร is r then n, ย y then i). A closed syllable
 * without a written vowel reads o (คน khon), an open one a (พนม phanom). Tone marks are dropped; the thanthakhat ์
 * silences its letter (and the vowel written with it, and a consonant left after a final: จันทร์ chan, ลักษณ์ lak),
 * and an ร after a final is silent (วัตร wat). Words that keep a Pali or Sanskrit linking vowel the script does not
 * write (ชินวัตร Chinnawat) are read as written: the transcription costs cover the difference.
 */
final class ThaiRomanisation {

    /** Word breakers are not safe for concurrent use and are costly to build, so they are pooled. */
    private static final ConcurrentLinkedQueue<BreakIterator> BREAKERS = new ConcurrentLinkedQueue<>();

    private static final String PREPOSED = "เแโใไ";
    /** Vowel signs written after (or above, below) the initial. */
    private static final String FOLLOWING = "ะัาำิีึืุู็";

    private ThaiRomanisation() {}

    /** Each space-separated part of a Thai run as one lower-case ASCII word. */
    static String toLatin(String run) {
        StringBuilder out = new StringBuilder(run.length() * 2);
        for (String part : run.strip().split("[\\s\u00B7\\-]+")) {
            if (part.isEmpty()) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            java.util.List<String> segments = segments(part);
            for (int i = 0; i < segments.size(); i++) {
                out.append(word(segments.get(i), i + 1 < segments.size()));
            }
        }
        return out.toString();
    }

    /** The dictionary words of an unspaced run (unknown stretches come as clusters of letters). */
    private static java.util.List<String> segments(String part) {
        BreakIterator breaker = BREAKERS.poll();
        if (breaker == null) {
            breaker = BreakIterator.getWordInstance(new ULocale("th"));
        }
        try {
            breaker.setText(part);
            java.util.List<String> segments = new java.util.ArrayList<>();
            int start = breaker.first();
            for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
                segments.add(part.substring(start, end));
            }
            return mergeDependent(segments);
        } finally {
            BREAKERS.offer(breaker);
        }
    }

    /**
     * Joins a segment that cannot start a syllable (a lone vowel sign, a thanthakhat, or one whose letters a silenced
     * consonant needs) to the one before it, and a lone consonant to the one after it, so that no syllable is cut in
     * two.
     */
    private static java.util.List<String> mergeDependent(java.util.List<String> segments) {
        java.util.List<String> merged = new java.util.ArrayList<>();
        boolean loneBefore = false;
        for (String s : segments) {
            boolean dependent = !merged.isEmpty()
                    && (loneBefore
                            || FOLLOWING.indexOf(s.charAt(0)) >= 0
                            || isMark(s.charAt(0))
                            || s.indexOf('\u0E4C') >= 0 && thaiLetters(s) <= 2);
            // A lone consonant is the open first syllable of what follows (ลลิษา: ล + ลิษา).
            loneBefore = s.length() == 1 && isConsonant(s.charAt(0));
            if (dependent) {
                merged.set(merged.size() - 1, merged.getLast() + s);
            } else {
                merged.add(s);
            }
        }
        return merged;
    }

    private static int thaiLetters(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (isConsonant(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    /** One Thai word (no spaces) in RTGS. */
    static String word(String thai) {
        return word(thai, false);
    }

    /**
     * One segment of a word in RTGS.
     *
     * @param more whether another segment of the same name part follows (a word-final ร then opens a syllable:
     *     สุร|ยุทธ์ surayut)
     */
    private static String word(String thai, boolean more) {
        char[] c = prepare(thai).toCharArray();
        StringBuilder out = new StringBuilder(c.length * 2);
        int i = 0;
        while (i < c.length) {
            i = syllable(c, i, more, out);
        }
        return out.toString();
    }

    /** Drops tone marks, recomposes sara am, applies the thanthakhat. */
    private static String prepare(String thai) {
        StringBuilder s = new StringBuilder(thai.length());
        for (int i = 0; i < thai.length(); i++) {
            char ch = thai.charAt(i);
            if (ch >= '\u0E48' && ch <= '\u0E4B' || ch == '\u0E2F' || ch == '\u0E46') {
                continue; // tone marks, paiyannoi, mai yamok
            }
            if (ch == '\u0E4D' && i + 1 < thai.length() && thai.charAt(i + 1) == '\u0E32') {
                s.append('\u0E33'); // NFKC decomposes sara am into nikhahit and sara aa
                i++;
                continue;
            }
            if (ch == '\u0E4C') {
                silence(s);
                continue;
            }
            s.append(ch);
        }
        return s.toString();
    }

    /** The thanthakhat's letter is silent, with a vowel written on it and a consonant it leaves after a final. */
    private static void silence(StringBuilder s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\u0E34' || s.charAt(end - 1) == '\u0E38')) {
            end--;
        }
        if (end > 0 && isConsonant(s.charAt(end - 1))) {
            end--;
        }
        s.setLength(end);
        // จันทร์, ลักษณ์, ศาสตร์: what is left after a consonant that closes a syllable (after ั, or a stop after
        // another vowel) is silent too; in จุลานนท์ the second น is not (chulanon).
        if (end >= 3
                && isConsonant(s.charAt(end - 1))
                && isConsonant(s.charAt(end - 2))
                && (s.charAt(end - 3) == 'ั'
                        || isVowelSign(s.charAt(end - 3)) && "ตท".indexOf(s.charAt(end - 1)) >= 0)) {
            s.setLength(end - 1);
        }
    }

    /** Reads one syllable from {@code i}, appends it and returns where the next one starts. */
    private static int syllable(char[] c, int i, boolean more, StringBuilder out) {
        char pre = 0;
        if (PREPOSED.indexOf(c[i]) >= 0) {
            pre = c[i++];
        }
        if (i >= c.length) {
            return i;
        }
        if (c[i] == 'ฤ' || c[i] == 'ฦ') {
            out.append(c[i] == 'ฤ' ? "rue" : "lue");
            return i + 1;
        }
        if (!isConsonant(c[i])) {
            return i + 1; // a stray sign: skipped
        }
        // The initial, a leading tone letter, or a cluster.
        String initial = initial(c[i]);
        int k = i + 1;
        if (k < c.length && isConsonant(c[k])) {
            boolean vowelAfter = k + 1 < c.length && FOLLOWING.indexOf(c[k + 1]) >= 0;
            boolean consonantAfter = k + 1 < c.length && isConsonant(c[k + 1]);
            boolean wAsVowel = c[k] == 'ว' && consonantAfter && !vowelAfter;
            boolean oAsVowel = c[k] == 'อ';
            if (!wAsVowel && !oAsVowel && (vowelAfter || pre != 0 || consonantAfter)) {
                String cluster = cluster(c[i], c[k]);
                if (cluster != null) {
                    initial = cluster;
                    k++;
                }
            }
        }
        if (pre != 0 && k == i + 1 && k + 1 < c.length && isConsonant(c[k]) && (c[k + 1] == 'ิ' || c[k + 1] == '็')) {
            // A preposed vowel whose signs sit on the second consonant belongs to it; the first is an open syllable
            // (เจริญ cha-roen, เสด็จ sa-det).
            out.append(initial).append('a');
            return preposed(c, k + 1, pre, initial(c[k]), more, out);
        }
        if (pre != 0) {
            return preposed(c, k, pre, initial, more, out);
        }
        out.append(initial);
        if (k >= c.length) {
            // A lone consonant at the end of a word reads with an inherent o (ก "ko"), after another syllable a.
            out.append(i == 0 ? "o" : "a");
            return k;
        }
        char v = c[k];
        String vowel;
        boolean closable = true;
        switch (v) {
            case 'ั' -> {
                if (k + 1 < c.length && c[k + 1] == 'ว') {
                    vowel = "ua";
                    k += 2;
                    if (k < c.length && c[k] == 'ะ') {
                        k++;
                        closable = false;
                    }
                } else {
                    vowel = "a";
                    k++;
                }
            }
            case 'ะ', 'า' -> {
                vowel = "a";
                closable = v == 'า';
                k++;
            }
            case 'ำ' -> {
                vowel = "am";
                closable = false;
                k++;
            }
            case 'ิ', 'ี' -> {
                vowel = "i";
                k++;
            }
            case 'ึ' -> {
                vowel = "ue";
                k++;
            }
            case 'ื' -> {
                vowel = "ue";
                k++;
                if (k < c.length && c[k] == 'อ') {
                    k++;
                }
            }
            case 'ุ', 'ู' -> {
                vowel = "u";
                k++;
            }
            case 'อ' -> {
                vowel = "o";
                k++;
            }
            case 'ว' -> {
                // ว between two consonants is the vowel ua (ชวน chuan).
                if (k + 1 < c.length && isConsonant(c[k + 1]) && !startsSyllable(c, k + 1)) {
                    vowel = "ua";
                    k++;
                } else {
                    return implicit(c, i, k, out);
                }
            }
            case 'ร' -> {
                // รร: a with a final, or an (ธรรม tham, สรร san).
                if (k + 1 < c.length && c[k + 1] == 'ร') {
                    k += 2;
                    if (k < c.length && isConsonant(c[k]) && !startsSyllable(c, k)) {
                        out.append('a').append(finalValue(c[k]));
                        return k + 1;
                    }
                    out.append("an");
                    return k;
                }
                return implicit(c, i, k, out);
            }
            default -> {
                return implicit(c, i, k, out);
            }
        }
        out.append(vowel);
        return closable ? closing(c, k, vowel, more, out) : k;
    }

    /** A syllable with a preposed vowel from the vowel signs after its initial. */
    private static int preposed(char[] c, int k, char pre, String initial, boolean more, StringBuilder out) {
        out.append(initial);
        String vowel;
        boolean closable = true;
        switch (pre) {
            case 'เ' -> {
                if (k < c.length && c[k] == 'า') {
                    k++;
                    if (k < c.length && c[k] == 'ะ') {
                        vowel = "o";
                        k++;
                    } else {
                        vowel = "ao";
                    }
                    closable = false;
                } else if (k + 1 < c.length && c[k] == 'ี' && c[k + 1] == 'ย') {
                    vowel = "ia";
                    k += 2;
                } else if (k + 1 < c.length && c[k] == 'ื' && c[k + 1] == 'อ') {
                    vowel = "uea";
                    k += 2;
                } else if (k < c.length && c[k] == 'ิ') {
                    vowel = "oe";
                    k++;
                } else if (k < c.length && c[k] == 'อ' && !startsSyllable(c, k)) {
                    vowel = "oe";
                    k++;
                } else if (k < c.length && c[k] == '็') {
                    vowel = "e";
                    k++;
                } else {
                    vowel = "e";
                }
            }
            case 'แ' -> {
                vowel = "ae";
                if (k < c.length && c[k] == '็') {
                    k++;
                }
            }
            case 'โ' -> vowel = "o";
            default -> {
                // ใ, ไ: no final; a ย after it is silent (ไทย thai).
                out.append("ai");
                if (k < c.length && c[k] == 'ย' && !startsSyllable(c, k)) {
                    k++;
                }
                return k;
            }
        }
        if (k < c.length && c[k] == 'ะ') {
            out.append(vowel);
            return k + 1;
        }
        out.append(vowel);
        return closable ? closing(c, k, vowel, more, out) : k;
    }

    /**
     * The final consonant at {@code k} if there is one, and an ร silent after a final stop (วัตร, สมัคร, จักร). An ร
     * before another consonant inside a word opens a syllable of its own rather than closing one, as in the Pali and
     * Sanskrit elements of names (สุรยุทธ์ surayut, วีรกูล wirakun).
     */
    private static int closing(char[] c, int k, String vowel, boolean more, StringBuilder out) {
        if (k < c.length && c[k] == 'ร' && (k + 1 < c.length ? isConsonant(c[k + 1]) : more)) {
            return k;
        }
        if (k + 2 == c.length && c[k + 1] == 'ร' && isConsonant(c[k]) && "กคตทป".indexOf(c[k]) < 0) {
            return k; // a final ร after a consonant that is no stop reads "on" with it (ภราดร pharadon, อุดร udon)
        }
        if (k < c.length && isConsonant(c[k]) && !startsSyllable(c, k)) {
            char f = c[k];
            if (f == 'ย') {
                if (!vowel.endsWith("i")) {
                    out.append('i');
                }
            } else if (f == 'ว') {
                out.append(vowel.equals("ua") ? "" : "o");
            } else {
                out.append(finalValue(f));
            }
            k++;
            if (k < c.length && c[k] == 'ร' && "กคตทป".indexOf(f) >= 0 && !startsSyllable(c, k)) {
                k++;
            }
        }
        return k;
    }

    /**
     * Consonants with no vowel sign from the initial at {@code i}: a run of them up to the next syllable with a written
     * vowel (whose initial is not in the run) or the word's end reads as syllables with an inherent a or o: one
     * consonant is "Ca", two "CoC", three "Ca CoC", more by pairs.
     */
    private static int implicit(char[] c, int i, int k, StringBuilder out) {
        int end = k;
        while (end < c.length && isConsonant(c[end]) && !startsSyllable(c, end)) {
            end++;
        }
        int bare = end - i; // consonants of the run including the initial (already written)
        if (bare == 1) {
            out.append('a');
            return k;
        }
        if (bare % 2 == 1) {
            out.append('a');
            return k; // the rest of the run is read from k as pairs
        }
        out.append('o').append(finalValue(c[k]));
        int next = k + 1;
        if (next < c.length && c[next] == 'ร' && next + 1 >= c.length) {
            next++;
        }
        return next;
    }

    /**
     * Whether the consonant at {@code k} starts a syllable rather than closing one: a vowel sign follows it, or อ read
     * as a vowel (ทอง), or รร (สุวรรณ suwan).
     */
    private static boolean startsSyllable(char[] c, int k) {
        if (k + 1 >= c.length) {
            return false;
        }
        char next = c[k + 1];
        return FOLLOWING.indexOf(next) >= 0
                || next == 'อ' && c[k] != 'อ'
                || next == 'ร' && k + 2 < c.length && c[k + 2] == 'ร';
    }

    private static boolean isConsonant(char ch) {
        return ch >= '\u0E01' && ch <= '\u0E2E' && ch != 'ฤ' && ch != 'ฦ';
    }

    private static boolean isVowelSign(char ch) {
        return FOLLOWING.indexOf(ch) >= 0 || PREPOSED.indexOf(ch) >= 0;
    }

    private static boolean isMark(char ch) {
        return ch >= '\u0E47' && ch <= '\u0E4E';
    }

    /** A two-consonant onset: a true cluster, or a leading ห/อ that only sets the tone, or ทร/สร/ศร/ซร read s. */
    private static String cluster(char a, char b) {
        if (a == 'ห' && "งญนมยรลว".indexOf(b) >= 0 || a == 'อ' && b == 'ย') {
            return initial(b);
        }
        if (b == 'ร' && "ทสศซ".indexOf(a) >= 0) {
            return "s";
        }
        boolean r = b == 'ร' && "กขคตปพบดฟผ".indexOf(a) >= 0;
        boolean l = b == 'ล' && "กขคปพบผฟ".indexOf(a) >= 0;
        boolean w = b == 'ว' && "กขค".indexOf(a) >= 0;
        return r || l || w ? initial(a) + initial(b) : null;
    }

    /** RTGS value of a consonant at the start of a syllable. */
    static String initial(char ch) {
        return switch (ch) {
            case 'ก' -> "k";
            case 'ข', 'ฃ', 'ค', 'ฅ', 'ฆ' -> "kh";
            case 'ง' -> "ng";
            case 'จ', 'ฉ', 'ช', 'ฌ' -> "ch";
            case 'ซ', 'ศ', 'ษ', 'ส' -> "s";
            case 'ญ', 'ย' -> "y";
            case 'ฎ', 'ด' -> "d";
            case 'ฏ', 'ต' -> "t";
            case 'ฐ', 'ฑ', 'ฒ', 'ถ', 'ท', 'ธ' -> "th";
            case 'ณ', 'น' -> "n";
            case 'บ' -> "b";
            case 'ป' -> "p";
            case 'ผ', 'พ', 'ภ' -> "ph";
            case 'ฝ', 'ฟ' -> "f";
            case 'ม' -> "m";
            case 'ร' -> "r";
            case 'ล', 'ฬ' -> "l";
            case 'ว' -> "w";
            case 'ห', 'ฮ' -> "h";
            default -> ""; // อ: a vowel carrier
        };
    }

    /** RTGS value of a consonant closing a syllable. */
    static String finalValue(char ch) {
        return switch (ch) {
            case 'ก', 'ข', 'ฃ', 'ค', 'ฅ', 'ฆ' -> "k";
            case 'ง' -> "ng";
            case 'ญ', 'ณ', 'น', 'ร', 'ล', 'ฬ' -> "n";
            case 'บ', 'ป', 'พ', 'ฟ', 'ภ', 'ผ', 'ฝ' -> "p";
            case 'ม' -> "m";
            case 'ย' -> "i";
            case 'ว' -> "o";
            case 'อ', 'ห', 'ฮ' -> "";
            default -> "t"; // จ ฉ ช ซ ฌ ฎ ฏ ฐ ฑ ฒ ด ต ถ ท ธ ศ ษ ส
        };
    }
}
