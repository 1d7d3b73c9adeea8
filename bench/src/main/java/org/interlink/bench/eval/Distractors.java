package org.interlink.bench.eval;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic distractor names made deterministically from real Latin names: each name is cut into syllable-like pieces
 * (a consonant run and the vowels after it), and new names are drawn by joining 2 to 4 random pieces with a seeded
 * RNG. The result looks like names of the same languages without being any of them.
 */
final class Distractors {

    private Distractors() {}

    static List<String> synthetic(List<String> sourceNames, int count, Set<String> exclude, long seed) {
        List<String> pieces = new ArrayList<>();
        for (String name : sourceNames) {
            pieces.addAll(pieces(name.toLowerCase(java.util.Locale.ROOT)));
        }
        Random rnd = new Random(seed);
        Set<String> out = new LinkedHashSet<>();
        int guard = 0;
        while (out.size() < count && guard++ < count * 20) {
            int n = 2 + rnd.nextInt(3);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                b.append(pieces.get(rnd.nextInt(pieces.size())));
            }
            String name = b.toString();
            if (name.length() >= 3 && name.length() <= 14 && !exclude.contains(name)) {
                out.add(name);
            }
        }
        return new ArrayList<>(out);
    }

    static List<String> pieces(String name) {
        List<String> pieces = new ArrayList<>();
        int i = 0;
        while (i < name.length()) {
            int start = i;
            while (i < name.length() && !vowel(name.charAt(i))) {
                i++;
            }
            while (i < name.length() && vowel(name.charAt(i))) {
                i++;
            }
            if (i > start) {
                pieces.add(name.substring(start, i));
            }
        }
        return pieces;
    }

    private static boolean vowel(char c) {
        return "aeiouyàáâãäåèéêëìíîïòóôõöùúûüýæøœ".indexOf(c) >= 0;
    }

    /** {@code count} distinct names of two or three capitalised tokens drawn with {@code rnd}, in drawing order. */
    static Set<String> fullNames(List<String> tokens, int count, Random rnd) {
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < count) {
            int n = 2 + rnd.nextInt(2);
            StringBuilder b = new StringBuilder();
            for (int i = 0; i < n; i++) {
                String t = tokens.get(rnd.nextInt(tokens.size()));
                b.append(i == 0 ? "" : " ")
                        .append(Character.toUpperCase(t.charAt(0)))
                        .append(t.substring(1));
            }
            names.add(b.toString());
        }
        return names;
    }
}
