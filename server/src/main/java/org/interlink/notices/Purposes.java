package org.interlink.notices;

import jakarta.servlet.http.HttpServletRequest;
import org.interlink.common.StatedPurpose;

/** The purpose of a consultation, as the caller states it in {@code X-Purpose}, or the default for reads. */
final class Purposes {

    static final String DEFAULT = "investigation";

    private Purposes() {}

    static String of(HttpServletRequest request) {
        return StatedPurpose.or(request.getHeader("X-Purpose"), DEFAULT);
    }
}
