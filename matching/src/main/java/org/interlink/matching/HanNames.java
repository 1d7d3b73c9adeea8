package org.interlink.matching;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Names written in Han characters, compared as the other name needs them read.
 *
 * <p>A name of two to four Han characters that starts with a Chinese surname ({@link ChineseSurnames}; a one- or
 * two-character surname, then the given name) is read, beside the joined pinyin every Han name gets from {@link
 * Transliteration}, as surname and given name in: Mandarin pinyin (习近平 "xi jinping"), Wade-Giles (蔣經國 "chiang
 * chingkuo"), Hong Kong Cantonese (陳港生 "chan kongsang") and Korean, in Hangul (金正恩 김정은) and in Latin letters
 * (金正恩 "kim jeongeun", "kim jongun"). Any Han name, also one mixing kana, is read in Japanese by Kuromoji's
 * dictionary ({@link JapaneseReadings}: 安倍晋三 "abe shinzo"). Which readings are tried depends on the other name:
 * against a Latin name, Mandarin always, Japanese when the Latin name is made of Japanese syllables, and another system
 * only when one of the other name's tokens is that system's spelling of the surname (Chiang, Chan, Kim), which is how
 * the form of a romanisation shows; against Hangul, the Korean reading in Hangul; against kana, Japanese. The best score
 * is kept. The given name is one token, so the pairing and the adjacent-token join of {@link
 * NameComparison} match "Xi Jinping", "Xi Jin-ping", "Jinping Xi" and "Xijinping" alike.
 *
 * <p>Guards against false HITs: two Han names are the same name only when their characters are the same (simplified
 * and traditional forms are the same characters); otherwise, and whenever a name of at most two Han characters is not
 * matched exactly by one of its readings, the score stays below HIT ({@link #unconfirmed}). Two syllables are too
 * little evidence for a lossy comparison to identify anyone (李明 / 王明, a Hangul or Hebrew name against 李白).
 */
final class HanNames {

    /**
     * Where a name comparison the characters do not confirm is held: low enough that the most a person score adds
     * (date of birth +0.05, nationality +0.02) keeps it below {@link Parameters#HIT_THRESHOLD}. Scores above it are
     * compressed into [0.83, 0.84) rather than cut, so that candidates keep their order (a cut made every close
     * candidate of a two-character query tie, and the true one lost its rank).
     */
    static final double UNCONFIRMED_CAP = 0.83;

    private static final double UNCONFIRMED_BAND = 0.01;

    /** A score the characters do not confirm: kept below HIT, in the same order. */
    static double unconfirmed(double score) {
        return score <= UNCONFIRMED_CAP
                ? score
                : UNCONFIRMED_CAP + UNCONFIRMED_BAND * (score - UNCONFIRMED_CAP) / (1.0 - UNCONFIRMED_CAP);
    }

    private static final String HAN = UScript.getName(UScript.HAN);
    private static final String HANGUL = UScript.getName(UScript.HANGUL);
    private static final String KANA = UScript.getName(UScript.KATAKANA);

    /** Readings by name, bounded like the transliteration memo; an analysis holds a few small forms. */
    private static final Map<String, Analysis> MEMO = new ConcurrentHashMap<>();

    private static final int MEMO_LIMIT = 20_000;

    /** Japanese readings by name, asked for only when the other name looks Japanese; bounded like {@link #MEMO}. */
    private static final Map<String, Reading[]> JAPANESE_MEMO = new ConcurrentHashMap<>();

    private static final Transliterator SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");

    private HanNames() {}

    /** One way of reading a Han name: the system's name (for explanations) and the name so read. */
    record Reading(String system, NameForm form) {}

    /**
     * A Han name as compared: its characters in simplified form, their number, and its readings (none when it is not a
     * Chinese-structured name, for example a foreign name written in Han characters or a name mixing kana).
     */
    record Analysis(String simplified, int characters, Reading[] latin, Reading[] hangul) {}

    static boolean isHan(NameForm name) {
        return name.script().equals(HAN);
    }

    /** Whether {@link #compare} applies: a name is written in Han characters or is a run of kana syllables. */
    static boolean involves(NameForm a, NameForm b) {
        return isHan(a) || isHan(b) || SyllableRuns.isRun(a) || SyllableRuns.isRun(b);
    }

    /**
     * The similarity of two names one of which is written in Han characters or as a run of kana syllables; see the
     * class comment.
     */
    static double compare(NameForm a, NameForm b, @Nullable StringBuilder detail) {
        return compare(a, b, 0, detail);
    }

    /** Reading systems a nationality calls for ({@link #systems}). */
    static final int MANDARIN = 1;

    static final int WADE_GILES = 2;
    static final int CANTONESE = 4;
    static final int KOREAN = 8;
    static final int JAPANESE = 16;

    /**
     * The readings the persons' nationalities call for: CN and SG Mandarin, TW Mandarin and Wade-Giles, HK and MO
     * Cantonese and Mandarin, JP Japanese, KR and KP Korean; 0 when none is given or none of these.
     */
    static int systems(String nationalities) {
        int systems = 0;
        for (int i = 0; i + 1 < nationalities.length(); i += 2) {
            systems |= switch (nationalities.substring(i, i + 2).toUpperCase(Locale.ROOT)) {
                case "CN", "SG" -> MANDARIN;
                case "TW" -> MANDARIN | WADE_GILES;
                case "HK", "MO" -> CANTONESE | MANDARIN;
                case "JP" -> JAPANESE;
                case "KR", "KP" -> KOREAN;
                default -> 0;
            };
        }
        return systems;
    }

    /** The nationalities of a query and a record as {@link #systems} reads them. */
    static String nationalities(@Nullable String query, String record) {
        return query == null ? record : query + record;
    }

    /**
     * Like {@link #compare(NameForm, NameForm, StringBuilder)}; {@code systems} ({@link #systems}) adds the readings
     * the persons' nationalities call for to those the other name's form calls for.
     */
    static double compare(NameForm a, NameForm b, int systems, @Nullable StringBuilder detail) {
        return compare(a, b, systems, detail, null);
    }

    /** Like {@link #compare(NameForm, NameForm, int, StringBuilder)}, recording the chosen pairing in {@code evidence}. */
    static double compare(
            NameForm a, NameForm b, int systems, @Nullable StringBuilder detail, @Nullable NameEvidence evidence) {
        boolean hanA = isHan(a);
        boolean hanB = isHan(b);
        if (hanA && hanB) {
            return bothHan(a, b, detail, evidence);
        }
        boolean readA = hanA || (!hanB && SyllableRuns.isRun(a));
        NameForm han = readA ? a : b;
        NameForm other = readA ? b : a;
        Analysis analysis = isHan(han) ? analyse(han) : null;
        double best = NameComparison.compareForms(han, other, null);
        Reading chosen = null;
        List<Reading> readings =
                analysis == null ? new ArrayList<>() : readingsFor(han.display(), analysis, other, systems);
        if (analysis == null || analysis.latin().length == 0) {
            readings.addAll(SyllableRuns.splits(han, other));
        }
        for (Reading r : readings) {
            double s = NameComparison.compareForms(r.form(), other, null);
            if (s > best) {
                best = s;
                chosen = r;
            }
        }
        // A reading is one of several a name's characters allow, each a fresh chance to come close to an unrelated
        // name: only a reading that gives the other name (nearly) exactly confirms it (小林健太 read "kobayashi
        // takeshita" is not Takashi Kobayashi; 梁子豪 read 양자호 is not 이영숙). A name of at most two characters needs
        // an exact match.
        boolean capped = analysis != null
                && best > UNCONFIRMED_CAP
                && (analysis.characters() <= 2 ? best < 1.0 : best < confirming(chosen, other));
        if (detail != null || evidence != null) {
            if (chosen != null && detail != null) {
                detail.append("read in ").append(chosen.system()).append(": ");
            }
            NameComparison.compareForms(chosen == null ? han : chosen.form(), other, detail, evidence);
            if (capped && detail != null) {
                detail.append(String.format(
                        Locale.ROOT, ", reading not confirmed: held below %.2f", UNCONFIRMED_CAP + UNCONFIRMED_BAND));
            }
        }
        return capped ? unconfirmed(best) : best;
    }

    /** The name of the reading of a Cantonese given name after the Mandarin surname. */
    private static final String MIXED_CANTONESE = "Cantonese with the Mandarin surname";

    /** The name of the Japanese reading whose given name is read character by character, as the other name spells it. */
    private static final String BY_CHARACTER = "Japanese, character by character";

    /**
     * The least similarity with which a reading confirms the other name: a reading chosen character by character to fit
     * the other name, or compared with Hangul (one reading per character, compared as a run of syllables), must give it
     * all but exactly; a reading from the dictionary or Unihan may differ by a romanisation's spelling variant (Myung /
     * Myong, Tarou / Taro).
     */
    private static double confirming(@Nullable Reading chosen, NameForm other) {
        boolean strict = (chosen != null && chosen.system().equals(BY_CHARACTER))
                || other.script().equals(HANGUL);
        return strict ? Parameters.CONFIRMED_EXACT_READING : Parameters.CONFIRMED_READING_SIMILARITY;
    }

    private static double bothHan(
            NameForm a, NameForm b, @Nullable StringBuilder detail, @Nullable NameEvidence evidence) {
        if (analyse(a).simplified().equals(analyse(b).simplified())) {
            if (detail != null) {
                detail.append("same Han characters 1.000");
            }
            if (evidence != null) {
                evidence.clear();
                evidence.names(a.tokens(), a.tokens().length, b.tokens(), b.tokens().length);
            }
            return 1.0;
        }
        double s = unconfirmed(NameComparison.compareForms(a, b, detail, evidence));
        if (detail != null) {
            detail.append(String.format(
                    Locale.ROOT, ", different Han characters: held below %.2f", UNCONFIRMED_CAP + UNCONFIRMED_BAND));
        }
        return s;
    }

    /** The readings worth comparing with {@code other}: see the class comment. */
    private static List<Reading> readingsFor(String display, Analysis analysis, NameForm other, int systems) {
        List<Reading> out = new ArrayList<>(4);
        if (other.script().equals(HANGUL)) {
            out.addAll(List.of(analysis.hangul()));
            return out;
        }
        boolean latin = other.romanisation() == NameForm.LATIN;
        for (Reading r : analysis.latin()) {
            if (r.system().equals("Mandarin")
                    || (latin
                            && !r.system().equals(MIXED_CANTONESE)
                            && spellsSurname(other, r.form().tokens()[0]))
                    || (systems & bit(r.system())) != 0) {
                out.add(r);
            }
        }
        if ((latin && JapaneseReadings.looksJapanese(other.tokens()))
                || other.script().equals(KANA)
                || (systems & JAPANESE) != 0) {
            out.addAll(List.of(japanese(display, other)));
        }
        return out;
    }

    private static int bit(String system) {
        return switch (system) {
            case "Mandarin" -> MANDARIN;
            case "Wade-Giles" -> WADE_GILES;
            case "Cantonese", MIXED_CANTONESE -> CANTONESE;
            case "Korean" -> KOREAN;
            default -> 0;
        };
    }

    /**
     * The name read in Japanese ({@link JapaneseReadings}): none when the dictionary does not know a word of it. The
     * readings depend on the other name (a given name read character by character is read as the other name spells
     * it), so they are memoised by both.
     */
    private static Reading[] japanese(String display, NameForm other) {
        String key = display + '\u0000' + other.joined();
        Reading[] r = JAPANESE_MEMO.get(key);
        if (r == null) {
            List<String[]> read = JapaneseReadings.read(display, other.tokens());
            r = new Reading[read.size()];
            for (int i = 0; i < r.length; i++) {
                // the second reading, when there is one, reads the given name character by character
                r[i] = new Reading(i == 0 ? "Japanese" : BY_CHARACTER, form(display, read.get(i), KANA, false));
            }
            if (JAPANESE_MEMO.size() > MEMO_LIMIT) {
                JAPANESE_MEMO.clear();
            }
            JAPANESE_MEMO.put(key, r);
        }
        return r;
    }

    /**
     * The readings under which the index files a Han name and a Han query looks up Latin names: the usual Mandarin
     * reading, Wade-Giles, Cantonese and Korean (the most usual surname spelling, revised and older given name), and
     * the dictionary's Japanese reading. Fewer than {@link #compare} tries, to keep the index small: the alternative
     * readings of a given name and the other surname spellings share the surname or given-name keys.
     */
    static List<NameForm> indexedReadings(NameForm name) {
        Analysis analysis = analyse(name);
        List<NameForm> out = new ArrayList<>(8);
        Set<String> systems = new HashSet<>();
        int korean = 0;
        for (Reading r : analysis.latin()) {
            boolean isKorean = r.system().equals("Korean");
            if (isKorean ? korean++ < 2 : systems.add(r.system())) {
                out.add(r.form());
            }
        }
        for (Reading r : analysis.hangul()) {
            out.add(r.form());
        }
        // Not for foreign names in Han characters: Kuromoji would read 弗拉基米尔普京 as Japanese words.
        if (analysis.latin().length > 0 || name.display().codePoints().anyMatch(HanNames::isKana)) {
            for (Reading r : japanese(name.display(), NO_OTHER)) {
                out.add(r.form());
            }
        }
        return out;
    }

    private static boolean isKana(int cp) {
        int script = UScript.getScript(cp);
        return script == UScript.HIRAGANA || script == UScript.KATAKANA;
    }

    /** No other name: the dictionary's own reading only. */
    private static final NameForm NO_OTHER = NameForm.of("");

    /** Whether a token of the other name is the surname, or its one token starts or ends with it ("Chiangchingkuo"). */
    private static boolean spellsSurname(NameForm other, String surname) {
        String[] tokens = other.tokens();
        for (String t : tokens) {
            if (t.equals(surname)) {
                return true;
            }
        }
        return tokens.length == 1 && (tokens[0].startsWith(surname) || tokens[0].endsWith(surname));
    }

    static Analysis analyse(NameForm name) {
        Analysis a = MEMO.get(name.display());
        if (a == null) {
            a = analyse(name.display());
            if (MEMO.size() > MEMO_LIMIT) {
                MEMO.clear();
            }
            MEMO.put(name.display(), a);
        }
        return a;
    }

    private static Analysis analyse(String display) {
        StringBuilder chars = new StringBuilder();
        int firstPart = -1;
        boolean onlyHan = true;
        for (int i = 0; i < display.length(); ) {
            int cp = display.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || cp == '\u00B7' || cp == '\u30FB' || cp == '\uFF65') {
                if (!chars.isEmpty() && firstPart < 0) {
                    firstPart = chars.length();
                }
                continue;
            }
            if (UScript.getScript(cp) != UScript.HAN || !HanReadings.known(cp)) {
                onlyHan = false;
            }
            chars.appendCodePoint(cp);
        }
        String name = chars.toString();
        String simplified;
        synchronized (SIMPLIFIED) {
            simplified = SIMPLIFIED.transliterate(name);
        }
        int characters = name.codePointCount(0, name.length());
        // A Chinese-structured name: two to four characters, the surname from the list or, written apart, the first
        // part. Longer runs are foreign names written in Han characters, compared by their joined pinyin.
        // Written apart, the first part must be a listed surname: "希化 杜森" is a foreign name in two parts.
        int surname = ChineseSurnames.surnameLength(name);
        if (surname == 0 && firstPart < 0) {
            surname = 1; // a surname missing from the list: most are one character (习, 蔣)
        }
        if (!onlyHan
                || characters != name.length()
                || characters < 2
                || characters > 4
                || surname == 0
                || (firstPart > 0 && firstPart != surname)) {
            return new Analysis(simplified, characters, new Reading[0], new Reading[0]);
        }
        return new Analysis(
                simplified, characters, latinReadings(name, surname, display), hangulReadings(name, display));
    }

    private static Reading[] latinReadings(String name, int surnameLength, String display) {
        String surname = name.substring(0, surnameLength);
        List<Reading> out = new ArrayList<>();
        String surnameReading = ChineseSurnames.reading(surname);
        String[] mandarinSurname =
                surnameReading != null ? new String[] {surnameReading} : syllables(surname, HanReadings.MANDARIN);
        String pinyinSurname = null;
        if (mandarinSurname != null) {
            StringBuilder wgSurname = new StringBuilder();
            for (String s : mandarinSurname) {
                wgSurname.append(WadeGiles.of(s));
            }
            pinyinSurname = String.join("", mandarinSurname).replace('v', 'u');
            for (String[] given : givenReadings(name.substring(surnameLength))) {
                StringBuilder wg = new StringBuilder();
                for (String s : given) {
                    wg.append(WadeGiles.of(s));
                }
                out.add(new Reading(
                        "Mandarin",
                        form(display, pinyinSurname, String.join("", given).replace('v', 'u'), HAN, true)));
                out.add(new Reading("Wade-Giles", form(display, wgSurname.toString(), wg.toString(), HAN, false)));
            }
        }
        String[] cantonese = syllables(name, HanReadings.CANTONESE);
        if (cantonese != null) {
            StringBuilder sur = new StringBuilder();
            StringBuilder giv = new StringBuilder();
            for (int i = 0; i < cantonese.length; i++) {
                (i < surnameLength ? sur : giv).append(CantoneseHk.of(cantonese[i]));
            }
            out.add(new Reading("Cantonese", form(display, sur.toString(), giv.toString(), HAN, false)));
            // the surname is also written as in Mandarin beside a Cantonese given name (李小龍 "Li Siu-lung"); tried
            // only for a Hong Kong or Macau person (readingsFor): the Mandarin surname shows nothing of Cantonese
            if (pinyinSurname != null && !pinyinSurname.equals(sur.toString())) {
                out.add(new Reading(MIXED_CANTONESE, form(display, pinyinSurname, giv.toString(), HAN, false)));
            }
        }
        String hangul = KoreanReadings.hangul(name);
        if (hangul != null && hangul.length() == name.length()) {
            String revised = KoreanReadings.revised(hangul.substring(surnameLength));
            for (String sur : KoreanReadings.surname(hangul.substring(0, surnameLength))) {
                out.add(new Reading("Korean", form(display, sur, revised, HANGUL, false)));
                String older = KoreanReadings.older(revised);
                if (!older.equals(revised)) {
                    out.add(new Reading("Korean", form(display, sur, older, HANGUL, false)));
                }
            }
        }
        return out.toArray(Reading[]::new);
    }

    private static Reading[] hangulReadings(String name, String display) {
        String hangul = KoreanReadings.hangul(name);
        if (hangul == null) {
            return new Reading[0];
        }
        String south = KoreanReadings.initialSoundRule(hangul);
        List<Reading> out = new ArrayList<>(2);
        out.add(new Reading("Korean (Hangul " + hangul + ")", NameForm.of(hangul)));
        if (!south.equals(hangul)) {
            out.add(new Reading("Korean (Hangul " + south + ")", NameForm.of(south)));
        }
        return out.toArray(Reading[]::new);
    }

    /** Mandarin readings a given name gets in names, usual readings first. */
    private static final int MAX_GIVEN_READINGS = 3;

    /**
     * The Mandarin readings of a given name: its characters' usual readings, then up to two others where a character
     * has another (白 bái, also bó: 李白 is Li Bai and Li Po).
     */
    private static List<String[]> givenReadings(String given) {
        List<String[]> out = new ArrayList<>(MAX_GIVEN_READINGS);
        String[] usual = syllables(given, HanReadings.MANDARIN);
        if (usual == null) {
            return out;
        }
        out.add(usual);
        for (int i = 0; i < given.length() && out.size() < MAX_GIVEN_READINGS; i++) {
            String[] readings = HanReadings.of(given.charAt(i), HanReadings.MANDARIN);
            for (int r = 1; r < readings.length && out.size() < MAX_GIVEN_READINGS; r++) {
                String[] other = usual.clone();
                other[i] = readings[r];
                out.add(other);
            }
        }
        return out;
    }

    /** The usual reading of each character, or null when one has none in that system. */
    private static String @Nullable [] syllables(String name, int kind) {
        String[] out = new String[name.length()];
        for (int i = 0; i < name.length(); i++) {
            String r = HanReadings.first(name.charAt(i), kind);
            if (r == null) {
                return null;
            }
            out[i] = r;
        }
        return out;
    }

    private static String[] head(String[] s, int n) {
        return java.util.Arrays.copyOfRange(s, 0, n);
    }

    private static String[] tail(String[] s, int n) {
        return java.util.Arrays.copyOfRange(s, n, s.length);
    }

    /** A surname-and-given-name form in the comparison's terms, read from a name written as one word. */
    static NameForm form(String display, String surname, String given, String script, boolean pinyin) {
        return form(display, given.isEmpty() ? new String[] {surname} : new String[] {surname, given}, script, pinyin);
    }

    /** A form of the given tokens, read from a name written as one word. */
    static NameForm form(String display, String[] tokens, String script, boolean pinyin) {
        String[] keys = new String[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            keys[i] = PhoneticKey.skeleton(tokens[i], false, pinyin);
        }
        // Written as one word as the original is: the whole-name join applies only then (NameComparison).
        boolean oneWord = display.strip()
                .chars()
                .noneMatch(c -> Character.isWhitespace(c) || c == '\u00B7' || c == '\u30FB' || c == '\uFF65');
        return new NameForm(
                display,
                tokens,
                keys,
                NameForm.LOSSY,
                script,
                String.join("", tokens),
                PhoneticKey.join(keys),
                oneWord);
    }
}
