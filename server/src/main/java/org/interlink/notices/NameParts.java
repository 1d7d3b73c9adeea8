package org.interlink.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a name as bureaus write it ({@code "Ivan PETROV"}: the family name in capitals) into family name and
 * forenames, as the printed notice and the public extracts show them.
 */
final class NameParts {

    private NameParts() {}

    /**
     * {@code [family name, forenames]}: the words written in capitals are the family name; when none or all are, the
     * last word is.
     */
    static String[] split(String name) {
        String[] words = name.strip().split("\\s+");
        if (words.length <= 1) {
            return new String[] {name.strip(), ""};
        }
        List<String> family = new ArrayList<>();
        List<String> forenames = new ArrayList<>();
        for (String word : words) {
            boolean capitals = word.length() > 1
                    && word.equals(word.toUpperCase(Locale.ROOT))
                    && !word.equals(word.toLowerCase(Locale.ROOT));
            (capitals ? family : forenames).add(word);
        }
        if (family.isEmpty() || forenames.isEmpty()) {
            return new String[] {
                words[words.length - 1], String.join(" ", java.util.Arrays.copyOf(words, words.length - 1))
            };
        }
        return new String[] {String.join(" ", family), String.join(" ", forenames)};
    }
}
