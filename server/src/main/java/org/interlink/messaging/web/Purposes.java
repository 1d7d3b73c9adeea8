package org.interlink.messaging.web;

import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/** The purpose written to the audit log: the {@code X-Purpose} header (at most 200 characters), else a default. */
final class Purposes {

    static final String HEADER = "X-Purpose";
    static final String SEND = "police cooperation";
    static final String READ = "investigation";

    private Purposes() {}

    static String of(@Nullable String header, String fallback) {
        if (header == null || header.isBlank()) {
            return fallback;
        }
        String purpose = header.strip();
        if (purpose.length() > 200 || purpose.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new InvalidInputException(HEADER, "must be at most 200 characters, without control characters");
        }
        return purpose;
    }
}
