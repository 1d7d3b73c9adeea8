package org.interlink.records;

import java.security.SecureRandom;

/**
 * Record ids: the kind's prefix and a ULID (48 bits of milliseconds, 80 random bits, Crockford base 32), e.g. {@code
 * per_01JDQ3T6W1K8V3X9Z2A4B5C6D7}. Time-ordered, so ordering by id lists the newest first; random, so ids cannot be
 * guessed from one another.
 */
final class Ids {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {}

    static String next(RecordKind kind) {
        return next(kind.idPrefix(), System.currentTimeMillis());
    }

    static String next(String prefix, long millis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        char[] out = new char[26];
        long time = millis;
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (time & 31)];
            time >>>= 5;
        }
        long hi = 0;
        for (int i = 0; i < 5; i++) {
            hi = (hi << 8) | (random[i] & 0xFF);
        }
        long lo = 0;
        for (int i = 5; i < 10; i++) {
            lo = (lo << 8) | (random[i] & 0xFF);
        }
        for (int i = 17; i >= 10; i--) {
            out[i] = ALPHABET[(int) (hi & 31)];
            hi >>>= 5;
        }
        for (int i = 25; i >= 18; i--) {
            out[i] = ALPHABET[(int) (lo & 31)];
            lo >>>= 5;
        }
        return prefix + new String(out);
    }

    /** True when the text could be an id of this kind: guards queries against arbitrary input. */
    static boolean looksLike(RecordKind kind, String id) {
        return id.length() == kind.idPrefix().length() + 26
                && id.startsWith(kind.idPrefix())
                && id.substring(kind.idPrefix().length())
                        .chars()
                        .allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
    }
}
