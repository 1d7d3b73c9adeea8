package org.interlink.matching;

/**
 * A deliberately coarse consonant skeleton of a romanised token, built to survive what transliteration does to a name:
 * unwritten vowels (Arabic, Hebrew), voicing and aspiration that scripts do not mark (Korean, Chinese), l/r (Japanese,
 * Korean, Chinese), and the many spellings of sibilants (sh, sch, ch, tsch, zh, j). Examples: "vladimir", "wladimir",
 * "fladymyr" (Arabic), "beulladimileu" (Korean) all give {@code "BRTMR"}.
 */
final class PhoneticKey {

    private PhoneticKey() {}

    /** {@code abjad}: the token was written in Arabic or Hebrew script, where w and y inside a word are vowels. */
    static String skeleton(String token, boolean abjad) {
        return skeleton(token, abjad, false);
    }

    /**
     * Like {@link #skeleton(String, boolean)}; {@code pinyin}: the token is pinyin (romanised Han), whose letters
     * have values of their own: x ("sh") and q ("ch") and c ("ts") are sibilants, and the g of a syllable-final ng
     * before another syllable's consonant is not a sound ("mengsai" is "moncey" {@code MMS}, "feiliqiya" is
     * "filicia" {@code BRS}).
     */
    static String skeleton(String token, boolean abjad, boolean pinyin) {
        StringBuilder out = new StringBuilder(token.length());
        int n = token.length();
        // Doubled consonants collapse ("mannerheim"), the same consonant on both sides of a vowel does not
        // ("muhammad").
        boolean separated = false;
        for (int i = 0; i < n; i++) {
            int at = i;
            char c = token.charAt(i);
            char next = i + 1 < n ? token.charAt(i + 1) : 0;
            char cls;
            switch (c) {
                case 'a', 'e', 'i', 'o', 'u', 'y' -> cls = i == 0 ? 'A' : 0;
                case 'h' -> cls = 0;
                case 'w' -> cls = abjad && i > 0 ? 0 : 'B';
                case 'b', 'p', 'v', 'f' -> cls = 'B';
                case 'c' -> {
                    if (pinyin) {
                        cls = 'S';
                        i += next == 'h' ? 1 : 0;
                    } else if (next == 'h' || next == 'z') {
                        cls = 'S';
                        i++;
                    } else if (next == 'k') {
                        cls = 'K';
                        i++;
                    } else {
                        cls = next == 'e' || next == 'i' ? 'S' : 'K';
                    }
                }
                case 'g' -> {
                    boolean afterN = i > 0 && token.charAt(i - 1) == 'n';
                    cls = afterN && (i == n - 1 || (pinyin && !isVowel(next))) ? 0 : 'K';
                }
                case 'k' -> cls = 'K';
                case 'q' -> cls = pinyin ? 'S' : 'K';
                case 'x' -> {
                    if (!pinyin) {
                        append(out, 'K');
                    }
                    cls = 'S';
                }
                case 'd', 't' -> {
                    if (next == 's'
                            || next == 'z'
                            || next == 'j'
                            || (next == 'c' && i + 2 < n && token.charAt(i + 2) == 'h')) {
                        cls = 'S';
                        i++;
                    } else {
                        cls = 'T';
                    }
                }
                case 's', 'z', 'j' -> cls = 'S';
                case 'l', 'r' -> cls = 'R';
                case 'm', 'n' -> cls = 'M';
                default -> cls = c >= '0' && c <= '9' ? c : 0;
            }
            if (cls != 0) {
                // Abjads write no doubled letters (gemination is unwritten), so the same letter twice in a row was
                // written twice on purpose, around an unwritten vowel: Hebrew באבל "bbl" is "babel", BBR.
                if (separated || (abjad && at > 0 && token.charAt(at - 1) == c)) {
                    out.append(cls);
                } else {
                    append(out, cls);
                }
                separated = false;
            } else {
                separated = !out.isEmpty();
            }
        }
        return out.toString();
    }

    /**
     * The Latin token without the r's that English leaves unsaid, after a vowel and before a consonant or the end:
     * "carter" as "cate", "lederberg" as "ledebeg". Chinese, Japanese and Korean write a foreign name as it sounds and
     * drop them (卡特 "kate", 레더버그 "ledeobeogeu"), so the skeleton of what is left is the one such a
     * transcription can share.
     */
    static String withoutSilentR(String token) {
        StringBuilder out = new StringBuilder(token.length());
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            boolean silent = c == 'r'
                    && i > 0
                    && isVowel(token.charAt(i - 1))
                    && (i + 1 == token.length() || !isVowel(token.charAt(i + 1)));
            if (!silent) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The skeleton of tokens written together, from their own skeletons: "abdel" + "hamid" as "abdelhamid". */
    static String join(String a, String b) {
        if (b.isEmpty()) {
            return a;
        }
        int from = b.charAt(0) == 'A' ? 1 : 0;
        StringBuilder out = new StringBuilder(a.length() + b.length()).append(a);
        for (int i = from; i < b.length(); i++) {
            append(out, b.charAt(i));
        }
        return out.toString();
    }

    /** {@link #join(String, String)} over all of {@code keys}. */
    static String join(String[] keys) {
        String out = keys.length == 0 ? "" : keys[0];
        for (int i = 1; i < keys.length; i++) {
            out = join(out, keys[i]);
        }
        return out;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static void append(StringBuilder out, char cls) {
        if (out.isEmpty() || out.charAt(out.length() - 1) != cls) {
            out.append(cls);
        }
    }
}
