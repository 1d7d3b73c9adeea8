package org.interlink.members;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as authenticator apps compute them: HMAC-SHA1 over the number of 30-second
 * steps since the Unix epoch, dynamically truncated to 6 digits (RFC 4226, section 5.3).
 *
 * <p>A code is accepted for the current step and one step either side (a clock off by up to 30 s, a code typed as its
 * step ends), and only for a step later than the last one accepted: a code, once used, cannot be used again, nor can
 * an older one.
 */
final class Totp {

    static final int DIGITS = 6;
    static final long STEP_SECONDS = 30;
    /** Steps accepted either side of the current one. */
    static final int TOLERANCE = 1;

    private Totp() {}

    /** The step an instant falls in. */
    static long step(Instant time) {
        return Math.floorDiv(time.getEpochSecond(), STEP_SECONDS);
    }

    /** The 6-digit code of a step. */
    static String code(byte[] secret, long step) {
        return code(secret, step, DIGITS);
    }

    /** The code of a step with this many digits (RFC 6238's reference vectors have 8). */
    static String code(byte[] secret, long step, int digits) {
        byte[] hash;
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            hash = mac.doFinal(java.nio.ByteBuffer.allocate(8).putLong(step).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA1", e);
        }
        int offset = hash[hash.length - 1] & 0x0f;
        int binary = ((hash[offset] & 0x7f) << 24)
                | ((hash[offset + 1] & 0xff) << 16)
                | ((hash[offset + 2] & 0xff) << 8)
                | (hash[offset + 3] & 0xff);
        int modulus = 1;
        for (int i = 0; i < digits; i++) {
            modulus *= 10;
        }
        String digitsText = Integer.toString(binary % modulus);
        return "0".repeat(digits - digitsText.length()) + digitsText;
    }

    /**
     * The step, within {@link #TOLERANCE} of {@code now} and later than {@code lastAccepted}, whose code this is; empty
     * when there is none. Every candidate step is computed and compared in constant time, so the answer's timing does
     * not tell which step (if any) matched.
     */
    static OptionalLong match(byte[] secret, String code, long now, long lastAccepted) {
        byte[] given = code.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        long found = -1;
        for (long step = now - TOLERANCE; step <= now + TOLERANCE; step++) {
            boolean equal = MessageDigest.isEqual(
                    given, code(secret, step).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            if (equal && step > lastAccepted && found < 0) {
                found = step;
            }
        }
        return found < 0 ? OptionalLong.empty() : OptionalLong.of(found);
    }

    /** Whether the text has the form of a code (6 digits), as opposed to a recovery code. */
    static boolean looksLikeCode(String text) {
        return text.length() == DIGITS && text.chars().allMatch(c -> c >= '0' && c <= '9');
    }
}
