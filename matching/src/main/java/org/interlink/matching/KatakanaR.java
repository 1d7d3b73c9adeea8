package org.interlink.matching;

import com.ibm.icu.lang.UScript;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The r that Japanese drops after a vowel: katakana writes "harbour" ハーバー ("haba", skeleton {@code B}), "juttner"
 * ユットナー, "seeberger" シーバーガー, marking the lost r only with the long-vowel mark ー. For candidate selection, a
 * katakana query also looks up the skeletons it would have with an r after any of its long vowels (ハーバー: {@code B},
 * {@code RB}, {@code BR}, {@code RBR}, the last that of "harbour").
 */
final class KatakanaR {

    private static final char LONG_VOWEL = '\u30FC';

    /** Long vowels of a name up to which every subset is tried; past it, none or all. */
    private static final int MAX_SUBSET_MARKS = 4;

    private KatakanaR() {}

    /**
     * Per token of {@code name}, the skeletons (other than its own) that an r after some of its long vowels gives, or
     * {@code null} when the name is not katakana or has no long vowel. Example: ハーバー gives {@code [[RB, BR, RBR]]}.
     */
    static String @Nullable [][] skeletons(NameForm name) {
        if (!name.script().equals(UScript.getName(UScript.KATAKANA))) {
            return null;
        }
        String display = name.display();
        int marks = 0;
        for (int i = 0; i < display.length(); i++) {
            if (display.charAt(i) == LONG_VOWEL) {
                marks++;
            }
        }
        if (marks == 0) {
            return null;
        }
        int tokens = name.tokens().length;
        @SuppressWarnings("unchecked")
        Set<String>[] found = new Set[tokens];
        for (int t = 0; t < tokens; t++) {
            found[t] = new LinkedHashSet<>();
        }
        int subsets = marks <= MAX_SUBSET_MARKS ? 1 << marks : 2;
        for (int subset = 1; subset < subsets; subset++) {
            long chosen = marks <= MAX_SUBSET_MARKS ? subset : -1L;
            NameForm variant = NameForm.of(withR(display, chosen));
            if (variant.tokens().length != tokens) {
                continue;
            }
            for (int t = 0; t < tokens; t++) {
                if (!variant.keys()[t].equals(name.keys()[t])) {
                    found[t].add(variant.keys()[t]);
                }
            }
        }
        return Arrays.stream(found).map(f -> f.toArray(String[]::new)).toArray(String[][]::new);
    }

    /** The name with a Latin r after each long-vowel mark whose bit is set in {@code chosen} (by order of the marks). */
    static String withR(String display, long chosen) {
        StringBuilder out = new StringBuilder(display.length() + 4);
        int mark = 0;
        for (int i = 0; i < display.length(); i++) {
            char c = display.charAt(i);
            out.append(c);
            if (c == LONG_VOWEL && (chosen & (1L << mark++)) != 0) {
                out.append('r');
            }
        }
        return out.toString();
    }
}
