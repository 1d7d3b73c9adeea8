package org.interlink.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latin-to-Latin transcription systems: the German, French, Polish, Czech, Turkish and Spanish spellings of Russian,
 * Arabic, Georgian, Armenian and Chinese names against the English (BGN/PCGN) ones. Shostakovich is Schostakowitsch
 * in German, Chostakovitch in French, Szostakowicz in Polish, Šostakovič in Czech, Şostakoviç in Turkish.
 *
 * <p>Each token is read once per system: the system's spelling conventions are rewritten into one phonetic notation
 * (S for the sh of sh/sch/ch/sz, C for the ch of ch/tsch/tch/cz, Z for zh/j/rz, J for the j of j/dsch/dj/dż and Turkish
 * c, H for the kh of kh/ch/j), and then folded (w as v, y as i, ou as u, q as k, gh as g, doubled letters once). A
 * token's readings are memoised. Two tokens are compared on their closest pair of readings, one of them read in the
 * English system, so that a German spelling meets an English one and both meet the Czech; the comparison only ever
 * raises a token similarity, and is asked only for tokens whose skeletons already agree (see {@link
 * NameComparison#tokenSimilarity}). Diacritics are gone by the time tokens are compared (š is s, ç is c), so the Czech
 * and Turkish readings work on their plain letters: a c may be č.
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

    /** Czech and Slovak without their háčeks: a c is most often a č in the names of other alphabets (-ovič). */
    private static final String[][] CZECH = {{"ch", "H"}, {"sc", "SC"}, {"c", "C"}, {"j", "i"}};

    /** Czech c as it sounds without the háček: Ce-tung, Jelcin. */
    private static final String[][] CZECH_TS = {{"ch", "H"}, {"c", "ts"}, {"j", "i"}};

    /** Turkish without its cedillas: c is the English j (Cemal is Jamal), j is zh. */
    private static final String[][] TURKISH = {{"c", "J"}, {"j", "Z"}};

    private static final String[][] SPANISH = {{"shch", "SC"}, {"sch", "SC"}, {"ch", "C"}, {"sh", "S"}, {"j", "H"}};

    private static final String[][][] SYSTEMS = {GERMAN, FRENCH, POLISH, CZECH, CZECH_TS, TURKISH, SPANISH};

    /** Readings by token; the English one first. About 150 bytes an entry, so at most about 15 MB. */
    private static final Map<String, String[]> MEMO = new ConcurrentHashMap<>();

    private static final int MEMO_LIMIT = 100_000;

    private LatinTranscriptions() {}

    /**
     * Similarity in [0, 1] of two tokens read in any pair of systems where one side is read as English: Jaro-Winkler
     * on the closest readings, times {@link Parameters#TRANSCRIPTION_SIMILARITY}, or 0 when the closest readings are
     * less similar than {@link Parameters#MIN_READING_SIMILARITY}. Example: "schostakowitsch" and
     * "shostakovich" both read "SostakoviC" and score that factor.
     */
    static double similarity(String a, String b) {
        String[] ra = readings(a);
        String[] rb = readings(b);
        double best = 0.0;
        for (String x : ra) {
            best = Math.max(best, JaroWinkler.similarity(x, rb[0]));
        }
        for (int j = 1; j < rb.length && best < 1.0; j++) {
            best = Math.max(best, JaroWinkler.similarity(ra[0], rb[j]));
        }
        // Readings of unrelated names are often alike (most are short and share letters); only near-equal readings
        // are evidence of one name in two systems.
        return best >= Parameters.MIN_READING_SIMILARITY ? Parameters.TRANSCRIPTION_SIMILARITY * best : 0.0;
    }

    /** The token's distinct readings, the English one first. Example: "szostakowicz" gives [szostakovikz, SostakoviC…]. */
    static String[] readings(String token) {
        String[] cached = MEMO.get(token);
        if (cached != null) {
            return cached;
        }
        List<String> out = new ArrayList<>(4);
        out.add(fold(read(token, ENGLISH)));
        for (String[][] system : SYSTEMS) {
            String r = fold(read(token, system));
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        cached = out.toArray(String[]::new);
        if (MEMO.size() > MEMO_LIMIT) {
            MEMO.clear(); // bounded; refills with the tokens in use
        }
        MEMO.put(token, cached);
        return cached;
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
