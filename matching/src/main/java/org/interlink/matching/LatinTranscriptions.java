package org.interlink.matching;

/**
 * Latin-to-Latin transcription systems: the German, French, Polish, Czech, Turkish and Spanish spellings of Russian,
 * Arabic, Georgian, Armenian and Chinese names against the English (BGN/PCGN) ones. Shostakovich is Schostakowitsch
 * in German, Chostakovitch in French, Szostakowicz in Polish, Šostakovič in Czech, Şostakoviç in Turkish.
 *
 * <p>Each token is read in the system its spelling shows ({@link #system}: Polish sz/cz/rz, German sch, French
 * tch/ou/dj, …), whose conventions are rewritten into one phonetic notation (S for the sh of sh/sch/ch/sz, C for the ch
 * of ch/tsch/tch/cz, Z for zh/j/rz, J for the j of j/dsch/dj/dż, H for the kh of kh/ch/j), and then folded (w as v, y
 * as i, ou as u, q as k, gh as g, doubled letters once). One reading per token and one comparison per token pair keep
 * the cost of a candidate's comparison near that of a Jaro-Winkler; the comparison only ever raises a token
 * similarity (see {@link NameComparison#tokenSimilarity}). Diacritics are gone by the time tokens are compared (š is
 * s, ç is c), so Czech and Turkish spellings are read on their plain letters: a bare c is č, or ts before e, i, y.
 */
final class LatinTranscriptions {

    /** Rules per system, longest spelling first; each maps a spelling to its notation. */
    private static final String[][] ENGLISH = {
        {"shch", "SC"},
        {"dzh", "J"},
        {"tch", "C"},
        {"sh", "S"},
        {"ch", "C"},
        {"zh", "Z"},
        {"kh", "H"},
        {"dj", "J"},
        {"j", "J"}
    };

    private static final String[][] GERMAN = {
        {"schtsch", "SC"},
        {"tsch", "C"},
        {"dsch", "J"},
        {"sch", "S"},
        {"ch", "H"},
        {"tz", "ts"},
        {"z", "ts"},
        {"j", "i"}
    };

    private static final String[][] FRENCH = {
        {"chtch", "SC"}, {"tch", "C"}, {"dj", "J"}, {"ch", "S"}, {"kh", "H"}, {"j", "Z"}, {"ou", "u"}
    };

    private static final String[][] POLISH = {
        {"szcz", "SC"}, {"cz", "C"}, {"sz", "S"}, {"rz", "Z"}, {"dz", "J"}, {"ch", "H"}, {"c", "ts"}, {"j", "i"}
    };

    /**
     * Czech and Slovak without their háčeks: a c before e, i or y is most often the ts it is (Ce-tung, Jelcin), any
     * other c a č that lost its háček (-ovič, Čajkovskij).
     */
    private static final String[][] CZECH = {
        {"ch", "H"}, {"sc", "SC"}, {"ce", "tse"}, {"ci", "tsi"}, {"cy", "tsy"}, {"c", "C"}, {"j", "i"}
    };

    private static final String[][] SPANISH = {{"shch", "SC"}, {"sch", "SC"}, {"ch", "C"}, {"sh", "S"}, {"j", "H"}};

    private LatinTranscriptions() {}

    /**
     * Similarity in [0, 1] of two tokens on their readings, each in the system its spelling shows: Jaro-Winkler times
     * {@link Parameters#TRANSCRIPTION_SIMILARITY}, or 0 when the readings are less similar than {@link
     * Parameters#MIN_READING_SIMILARITY}. Example: "schostakowitsch" and "shostakovich" both read "SostakoviC".
     */
    static double similarity(String a, String b) {
        double s = JaroWinkler.similarity(reading(a), reading(b));
        // Readings of unrelated names are often alike (most are short and share letters); only near-equal readings
        // are evidence of one name in two systems.
        return s >= Parameters.MIN_READING_SIMILARITY ? Parameters.TRANSCRIPTION_SIMILARITY * s : 0.0;
    }

    /** The token read in the system its spelling shows, folded. Example: "szostakowicz" reads "SostakoviC". */
    static String reading(String token) {
        // A query's tokens meet every candidate's: a small direct-mapped cache per thread keeps their readings.
        String[] cache = RECENT.get();
        int slot = (token.hashCode() & (RECENT_SLOTS - 1)) * 2;
        if (token.equals(cache[slot])) {
            return cache[slot + 1];
        }
        String reading = fold(read(token, system(token)));
        cache[slot] = token;
        cache[slot + 1] = reading;
        return reading;
    }

    private static final int RECENT_SLOTS = 32;

    private static final ThreadLocal<String[]> RECENT = ThreadLocal.withInitial(() -> new String[RECENT_SLOTS * 2]);

    /**
     * The system a spelling shows, from letter groups that only some systems write: an initial j before a consonant
     * (Spanish kh: Jruschov); Polish sz, cz, rz; German sch; French tch, ou, dj and ch before a consonant; w (German
     * or Polish; German when it also writes z); a bare c (Czech or Turkish without diacritics); j with z (German y:
     * Jelzin) or a final -ij, -aj, -oj (y). Anything else is read as English (BGN/PCGN).
     */
    private static String[][] system(String t) {
        if (t.length() > 1 && t.charAt(0) == 'j' && !isVowel(t.charAt(1))) {
            return SPANISH;
        }
        if (t.contains("sz") || t.contains("cz") || t.contains("rz")) {
            return POLISH;
        }
        if (t.contains("sch")) {
            return GERMAN;
        }
        if (t.contains("tch") || t.contains("ou") || t.contains("dj") || chBeforeConsonant(t)) {
            return FRENCH;
        }
        if (t.indexOf('w') >= 0) {
            return t.indexOf('z') >= 0 ? GERMAN : POLISH;
        }
        for (int i = 0; i < t.length(); i++) {
            char next = i + 1 < t.length() ? t.charAt(i + 1) : 0;
            if (t.charAt(i) == 'c' && next != 'h' && next != 'k') {
                return CZECH;
            }
        }
        // A j is English (Jamal, John) unless the spelling is German by its z (Jelzin) or ends in -ij (Jurij).
        if (t.indexOf('j') >= 0 && t.indexOf('z') >= 0 && !t.contains("zh")) {
            return GERMAN;
        }
        return t.endsWith("ij") || t.endsWith("aj") || t.endsWith("oj") ? POLISH : ENGLISH;
    }

    private static boolean chBeforeConsonant(String t) {
        for (int i = t.indexOf("ch"); i >= 0 && i + 2 < t.length(); i = t.indexOf("ch", i + 1)) {
            char next = t.charAt(i + 2);
            if (!isVowel(next) && next != 'r' && next != 'h') {
                return true;
            }
        }
        return false;
    }

    private static boolean isVowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static String read(String token, String[][] rules) {
        StringBuilder out = new StringBuilder(token.length() + 4);
        int i = 0;
        next:
        while (i < token.length()) {
            for (String[] rule : rules) {
                if (token.startsWith(rule[0], i)) {
                    out.append(rule[1]);
                    i += rule[0].length();
                    continue next;
                }
            }
            out.append(token.charAt(i++));
        }
        return out.toString();
    }

    /** Spelling differences that no system depends on, and the ends of Slavic and French words. */
    private static String fold(String r) {
        StringBuilder out = new StringBuilder(r.length());
        for (int i = 0; i < r.length(); i++) {
            char c = r.charAt(i);
            char next = i + 1 < r.length() ? r.charAt(i + 1) : 0;
            switch (c) {
                case 'w', 'v' -> c = 'v';
                case 'y' -> c = 'i';
                case 'q' -> c = 'k';
                case 'x' -> {
                    out.append('k');
                    c = 's';
                }
                case 'c' -> c = next == 'k' || next == 'a' || next == 'o' || next == 'u' ? 'k' : c;
                case 'o' -> {
                    char previous = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
                    if (next == 'u' || next == 'o') {
                        c = 'u';
                        i++;
                    } else if (previous == 'C' || previous == 'Z' || previous == 'J') {
                        // Russian ё after ч, щ, ж: "o" in German, Polish, Czech and Spanish, "e" in English and French
                        // (Chruschtschow, Khrushchev; Gorbatschow, Gorbachev). Not after ш: Шо is "sho" in all.
                        c = 'e';
                    }
                }
                case 'e' -> {
                    if (next == 'e') {
                        c = 'i';
                        i++;
                    }
                }
                case 'h' -> {
                    // gh, dh, th as in Arabic transcriptions (Ghaddafi, Kadhafi): the h only marks the letter.
                    char previous = out.isEmpty() ? 0 : out.charAt(out.length() - 1);
                    if (previous == 'g' || previous == 'd' || previous == 't' || previous == 'k') {
                        continue;
                    }
                    if (previous == 'p') {
                        out.setCharAt(out.length() - 1, 'f');
                        continue;
                    }
                    c = 'H';
                }
                default -> {}
            }
            if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
                out.append(c);
            }
        }
        int n = out.length();
        // Russian -ий/-ый written -iy, -ij, -ii, -y; French mute final e (Eltsine, Abderrahmane).
        if (n > 3 && out.charAt(n - 1) == 'i' && out.charAt(n - 2) == 'i') {
            out.setLength(n - 1);
        } else if (n > 4 && out.charAt(n - 1) == 'e' && "aeiouH".indexOf(out.charAt(n - 2)) < 0) {
            out.setLength(n - 1);
        }
        // Initial Russian е written ye, je or e (Yeltsin, Jelzin, Eltsine).
        if (out.length() > 2 && out.charAt(0) == 'i' && out.charAt(1) == 'e') {
            out.deleteCharAt(0);
        }
        return out.toString();
    }
}
