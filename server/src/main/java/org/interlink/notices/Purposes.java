package org.interlink.notices;

import jakarta.servlet.http.HttpServletRequest;

/** The purpose of a consultation, as the caller states it in {@code X-Purpose}, or the default for reads. */
final class Purposes {

    static final String DEFAULT = "investigation";

    private Purposes() {}

    static String of(HttpServletRequest request) {
        String stated = request.getHeader("X-Purpose");
        if (stated == null || stated.isBlank()) {
            return DEFAULT;
        }
        String purpose = stated.strip();
        return purpose.length() <= 200 ? purpose : purpose.substring(0, 200);
    }
}
