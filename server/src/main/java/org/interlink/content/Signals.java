package org.interlink.content;

import java.util.Locale;
import org.interlink.matching.pdq.PdqHash;

/** The normal form of a signal of each type: lower-case hex of the right length, or a normalised URL. */
final class Signals {

    private Signals() {}

    /**
     * @throws IllegalArgumentException saying what is wrong (a wrong length, a character that is not hex, a bad URL)
     */
    static String normalise(SignalType type, String raw) {
        return switch (type) {
            case PDQ -> PdqHash.fromHex(raw.strip()).hex();
            case MD5 -> hex(raw, 32, "an MD5");
            case SHA256 -> hex(raw, 64, "a SHA-256");
            case URL -> Urls.normalise(raw);
        };
    }

    private static String hex(String raw, int digits, String what) {
        String text = raw.strip();
        if (text.length() != digits) {
            throw new IllegalArgumentException(
                    what + " hash has exactly " + digits + " hex digits, not " + text.length());
        }
        for (int i = 0; i < digits; i++) {
            if ("0123456789abcdefABCDEF".indexOf(text.charAt(i)) < 0) {
                throw new IllegalArgumentException(
                        what + " hash has only hex digits 0-9 a-f; position " + i + " holds '" + text.charAt(i) + "'");
            }
        }
        return text.toLowerCase(Locale.ROOT);
    }
}
