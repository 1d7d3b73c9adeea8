package org.interlink.content.referrals;

import jakarta.servlet.http.HttpServletRequest;
import org.interlink.common.StatedPurpose;

/** The purpose of an operation, as the caller states it in {@code X-Purpose}, or the default for its kind. */
final class Purposes {

    /** Reads and exports. */
    static final String READING = "investigation";

    /** Creating, sending and answering referrals. */
    static final String ACTING = "removal of terrorist content";

    private Purposes() {}

    static String of(HttpServletRequest request, String fallback) {
        return StatedPurpose.or(request.getHeader("X-Purpose"), fallback);
    }
}
