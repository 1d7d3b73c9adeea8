package org.interlink.records;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads request bodies with a limit, refusing an oversize one before buffering it. */
final class Bodies {

    /** A record body is small: 256 KB is a generous bound for one JSON record. */
    static final int MAX_RECORD_BYTES = 256 * 1024;

    private Bodies() {}

    static String text(HttpServletRequest request, int max) {
        return new String(bytes(request, max, "body", "must be at most " + max / 1024 + " KB"), StandardCharsets.UTF_8);
    }

    static byte[] bytes(HttpServletRequest request, int max, String field, String message) {
        long declared = request.getContentLengthLong();
        if (declared > max) {
            throw new PayloadTooLargeException(field, message);
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                throw new PayloadTooLargeException(field, message);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
