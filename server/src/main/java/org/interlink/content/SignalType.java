package org.interlink.content;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a bank entry or a looked-up signal is; written in lower case in the API ({@code "pdq"}), as HMA does. */
public enum SignalType {
    /** A 256-bit PDQ perceptual image hash: 64 hex digits, matched within Hamming distance 31. */
    PDQ,
    /** The MD5 of a file: 32 hex digits, matched exactly. */
    MD5,
    /** The SHA-256 of a file: 64 hex digits, matched exactly. */
    SHA256,
    /** A URL, normalised ({@link Urls}) and matched exactly. */
    URL;

    /** The name in the API and in the database. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type named in a request (any case; {@code sha-256} too), or null when it is none of these. */
    static @Nullable SignalType parse(@Nullable String name) {
        if (name == null) {
            return null;
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "pdq" -> PDQ;
            case "md5" -> MD5;
            case "sha256", "sha-256" -> SHA256;
            case "url" -> URL;
            default -> null;
        };
    }
}
