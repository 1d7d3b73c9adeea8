package org.interlink.content.referrals;

import jakarta.servlet.http.HttpServletRequest;

/** The purpose of an operation, as the caller states it in {@code X-Purpose}, or the default for its kind. */
final class Purposes {

    /** Reads and exports. */
    static final String READING = "investigation";

    /** Creating, sending and answering referrals. */
    static final String ACTING = "removal of terrorist content";

    private Purposes() {}

    static String of(HttpServletRequest request, String fallback) {
        String stated = request.getHeader("X-Purpose");
        if (stated == null || stated.isBlank()) {
            return fallback;
        }
        String purpose = stated.strip();
        return purpose.length() <= 200 ? purpose : purpose.substring(0, 200);
    }
}
