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

    /**
     * An oversize body is read to its end (up to this much) and thrown away, never kept, before it is refused: a client
     * still sending would otherwise see its connection cut instead of reading the 413. Beyond, the server closes.
     */
    static final long MAX_DISCARDED = 16L * 1024 * 1024;

    static byte[] bytes(HttpServletRequest request, int max, String field, String message) {
        try (InputStream in = request.getInputStream()) {
            if (request.getContentLengthLong() > max) {
                discard(in);
                throw new PayloadTooLargeException(field, message);
            }
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                discard(in);
                throw new PayloadTooLargeException(field, message);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void discard(InputStream in) throws IOException {
        byte[] sink = new byte[64 * 1024];
        long discarded = 0;
        int n;
        while (discarded < MAX_DISCARDED && (n = in.read(sink)) > 0) {
            discarded += n;
        }
    }
}
