package org.interlink.common;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * Reads a request body with a limit, refusing an oversize one before buffering it: a body whose declared length passes
 * the limit is never read into memory, and one sent without a length is read to one byte past the limit at most.
 */
public final class BoundedBodies {

    /**
     * An oversize body is read on (up to this much) and thrown away, never kept, before it is refused: a client still
     * sending would otherwise see its connection reset instead of reading the refusal. Beyond, the server closes.
     */
    static final long MAX_DISCARDED = 16L * 1024 * 1024;

    private BoundedBodies() {}

    /**
     * The body, at most {@code max} bytes, else {@code tooLarge} is thrown. {@code drainDeclared}: whether a body whose
     * declared length is already over is read on and thrown away first (else it is refused before any of it is read,
     * and the servlet container swallows or closes); a body that turns out oversize while read is always drained.
     */
    public static byte[] read(
            HttpServletRequest request, int max, boolean drainDeclared, Supplier<? extends RuntimeException> tooLarge) {
        try (InputStream in = request.getInputStream()) {
            if (request.getContentLengthLong() > max) {
                if (drainDeclared) {
                    discard(in);
                }
                throw tooLarge.get();
            }
            byte[] bytes = in.readNBytes(max + 1);
            if (bytes.length > max) {
                discard(in);
                throw tooLarge.get();
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
