package org.interlink.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A message search in web-search syntax, as a user types it: words, {@code "a phrase"}, {@code or} between two terms,
 * {@code -word} (or {@code -"phrase"}) to exclude. Every term is matched as written, case-insensitively, anywhere in
 * subject or body (a substring, so {@code Okonkw} finds {@code Okonkwo}); terms are all required, except those joined
 * by {@code or}, of which one is.
 *
 * @param groups all must match; within a group, one term must
 */
record SearchQuery(List<List<Term>> groups) {

    /** A word or phrase, and whether it must be absent. */
    record Term(String text, boolean excluded) {

        /** The {@code ILIKE} pattern: the text anywhere, with {@code \}, {@code %} and {@code _} taken literally. */
        String pattern() {
            return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        }
    }

    SearchQuery {
        groups = groups.stream().map(List::copyOf).toList();
    }

    /** Parses the query; answers no groups when it holds no term (only quotes, dashes or {@code or}). */
    static SearchQuery parse(String query) {
        List<List<Term>> groups = new ArrayList<>();
        boolean or = false;
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean excluded = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(query.charAt(i + 1))) {
                excluded = true;
                i++;
                c = query.charAt(i);
            }
            String text;
            boolean quoted = c == '"';
            if (quoted) {
                int end = query.indexOf('"', i + 1);
                text = query.substring(i + 1, end < 0 ? n : end);
                i = end < 0 ? n : end + 1;
            } else {
                int end = i;
                while (end < n && !Character.isWhitespace(query.charAt(end)) && query.charAt(end) != '"') {
                    end++;
                }
                text = query.substring(i, end);
                i = end;
            }
            text = text.strip().replaceAll("\\s+", " ");
            if (!quoted && !excluded && text.toLowerCase(Locale.ROOT).equals("or")) {
                or = !groups.isEmpty();
                continue;
            }
            if (text.isEmpty() || text.chars().allMatch(ch -> ch == '-')) {
                continue;
            }
            Term term = new Term(text, excluded);
            if (or) {
                groups.getLast().add(term);
            } else {
                groups.add(new ArrayList<>(List.of(term)));
            }
            or = false;
        }
        return new SearchQuery(groups);
    }

    boolean isEmpty() {
        return groups.isEmpty();
    }
}
