package org.interlink.notices.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interlink.notices.NoticeRequest;
import org.jspecify.annotations.Nullable;

/** The free texts of a request, by field, and how rules quote them. */
final class Texts {

    /** Characters of context quoted on each side of a matched phrase. */
    static final int CONTEXT = 30;

    private Texts() {}

    /** Every free text of the request that describes the facts or the subject, keyed by its JSON path. */
    static Map<String, String> of(NoticeRequest request) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (request.offence() != null) {
            put(texts, "offence.summary", request.offence().summary());
            put(texts, "offence.legalProvision", request.offence().legalProvision());
        }
        if (request.subject() != null) {
            put(texts, "subject.description", request.subject().description());
        }
        if (request.event() != null) {
            put(texts, "event.circumstances", request.event().circumstances());
        }
        put(texts, "threat", request.threat());
        put(texts, "modusOperandi", request.modusOperandi());
        if (request.asset() != null) {
            put(texts, "asset.description", request.asset().description());
        }
        put(texts, "description", request.description());
        return texts;
    }

    /** The offence texts only: the summary and the legal provision. */
    static Map<String, String> offence(NoticeRequest request) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (request.offence() != null) {
            put(texts, "offence.summary", request.offence().summary());
            put(texts, "offence.legalProvision", request.offence().legalProvision());
        }
        return texts;
    }

    private static void put(Map<String, String> texts, String field, @Nullable String text) {
        if (text != null && !text.isBlank()) {
            texts.put(field, text);
        }
    }

    /**
     * Case-insensitive, whole-word pattern for any of the phrases (each may itself be a regular expression). Word
     * boundaries and {@code \\w} are Unicode-aware, so Cyrillic or Greek phrases match as words too.
     */
    static Pattern anyOf(String... phrases) {
        return Pattern.compile(
                "\\b(?:" + String.join("|", phrases) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS);
    }

    /** One violation per field in which the pattern occurs, quoting the first occurrence with its context. */
    static List<Violation> matches(Map<String, String> texts, Pattern pattern, String what) {
        List<Violation> found = new ArrayList<>();
        texts.forEach((field, text) -> {
            Matcher m = pattern.matcher(text);
            if (m.find()) {
                found.add(new Violation(
                        field, what + ": " + field + " says \"" + quote(text, m.start(), m.end()) + "\""));
            }
        });
        return found;
    }

    /** The matched phrase with up to {@link #CONTEXT} characters either side, cut at word boundaries. */
    static String quote(String text, int start, int end) {
        int from = Math.max(0, start - CONTEXT);
        while (from > 0 && from < start && !Character.isWhitespace(text.charAt(from - 1))) {
            from++;
        }
        int to = Math.min(text.length(), end + CONTEXT);
        while (to < text.length() && to > end && !Character.isWhitespace(text.charAt(to))) {
            to--;
        }
        return (from > 0 ? "…" : "") + text.substring(from, to).strip() + (to < text.length() ? "…" : "");
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
