package org.interlink.records;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.interlink.common.BoundedBodies;

/** Reads request bodies with a limit, refusing an oversize one before buffering it. */
final class Bodies {

    /** A record body is small: 256 KB is a generous bound for one JSON record. */
    static final int MAX_RECORD_BYTES = 256 * 1024;

    private Bodies() {}

    static String text(HttpServletRequest request, int max) {
        return new String(bytes(request, max, "body", "must be at most " + max / 1024 + " KB"), StandardCharsets.UTF_8);
    }

    static byte[] bytes(HttpServletRequest request, int max, String field, String message) {
        return BoundedBodies.read(request, max, true, () -> new PayloadTooLargeException(field, message));
    }
}
