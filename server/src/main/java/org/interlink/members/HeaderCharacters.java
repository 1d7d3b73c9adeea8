package org.interlink.members;

/**
 * The firewall's rule for header names and values, as a scan instead of Spring Security's regular expressions
 * ({@code [\p{IsAssigned}&&[^\p{IsControl}]]*}, tab also allowed in values). Same verdicts: every code point must be
 * assigned and not a control character. The firewall applies the rule on every {@code getHeader} call, and the
 * regular expression over an 800-character bearer token, matched several times per request, was 7 % of a document
 * check's JVM time (JFR, 2026-11-30).
 */
final class HeaderCharacters {

    private HeaderCharacters() {}

    static boolean allowedName(String name) {
        return allowed(name, false);
    }

    static boolean allowedValue(String value) {
        return allowed(value, true);
    }

    private static boolean allowed(String text, boolean tabAllowed) {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c >= 0x20 && c < 0x7F) { // printable ASCII: assigned, not control
                i++;
                continue;
            }
            int codePoint = text.codePointAt(i);
            int type = Character.getType(codePoint);
            boolean ok = type != Character.UNASSIGNED && (type != Character.CONTROL || (tabAllowed && c == '\t'));
            if (!ok) {
                return false;
            }
            i += Character.charCount(codePoint);
        }
        return true;
    }
}
