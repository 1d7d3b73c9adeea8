package org.interlink.bench.jmh;

import com.ibm.icu.text.Transliterator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.interlink.matching.PartialDate;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.Sex;

/** Seeded synthetic persons and queries for benchmarks; no fixtures needed. */
final class SyntheticPersons {

    private static final String[] ONSETS = {
        "", "b", "br", "ch", "d", "dr", "f", "g", "gr", "h", "j", "k", "kh", "l", "m", "n", "p", "r", "s", "sh", "st",
        "t", "tr", "v", "vl", "w", "y", "z", "zh"
    };
    private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ei", "ou", "ia", "y"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "m", "k", "v", "d", "sky", "ov", "ich"};
    private static final String[] COUNTRIES = {"RU", "UA", "DE", "FR", "EG", "SY", "CN", "JP", "KR", "US", "GB", "IR"};
    private static final String[] SCRIPTS = {"Latin-Cyrillic", "Latin-Greek", "Latin-Katakana", "Latin-Hangul"};

    private SyntheticPersons() {}

    static String token(Random rnd) {
        StringBuilder t = new StringBuilder();
        int syllables = 2 + rnd.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            t.append(ONSETS[rnd.nextInt(ONSETS.length)]).append(NUCLEI[rnd.nextInt(NUCLEI.length)]);
        }
        t.append(CODAS[rnd.nextInt(CODAS.length)]);
        return Character.toUpperCase(t.charAt(0)) + t.substring(1);
    }

    static String name(Random rnd) {
        int tokens = 2 + (rnd.nextInt(4) == 0 ? 1 : 0);
        StringBuilder n = new StringBuilder();
        for (int i = 0; i < tokens; i++) {
            n.append(i == 0 ? "" : " ").append(token(rnd));
        }
        return n.toString();
    }

    static PersonEntry person(int i, Random rnd) {
        List<String> names = rnd.nextInt(5) == 0 ? List.of(name(rnd), name(rnd)) : List.of(name(rnd));
        PartialDate dob = rnd.nextInt(4) == 0
                ? null
                : PartialDate.of(1940 + rnd.nextInt(65), 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
        Sex sex = rnd.nextBoolean() ? Sex.MALE : Sex.FEMALE;
        return new PersonEntry("p" + i, names, dob, Set.of(COUNTRIES[rnd.nextInt(COUNTRIES.length)]), sex);
    }

    /** A query for an indexed name written in Katakana or Hangul, tokens reversed (a lossy script's query). */
    static String lossyVariant(String name, Random rnd) {
        String[] tokens = name.split(" ");
        StringBuilder q = new StringBuilder();
        for (int i = tokens.length - 1; i >= 0; i--) {
            q.append(q.isEmpty() ? "" : " ").append(tokens[i]);
        }
        return Transliterator.getInstance(SCRIPTS[2 + rnd.nextInt(2)]).transliterate(q.toString());
    }

    /** A query for an indexed name: tokens reversed and one letter changed, or written in another script. */
    static String variant(String name, Random rnd, boolean mixedScripts) {
        String[] tokens = name.split(" ");
        StringBuilder q = new StringBuilder();
        for (int i = tokens.length - 1; i >= 0; i--) {
            q.append(q.isEmpty() ? "" : " ").append(tokens[i]);
        }
        if (mixedScripts && rnd.nextBoolean()) {
            return Transliterator.getInstance(SCRIPTS[rnd.nextInt(SCRIPTS.length)])
                    .transliterate(q.toString());
        }
        int at = 1 + rnd.nextInt(q.length() - 1);
        char c = q.charAt(at) == ' ' ? ' ' : (char) ('a' + rnd.nextInt(26));
        return q.substring(0, at) + c + q.substring(at + 1);
    }
}
