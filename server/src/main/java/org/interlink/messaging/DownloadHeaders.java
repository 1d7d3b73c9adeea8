package org.interlink.messaging;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.http.HttpHeaders;

/**
 * The headers of a stored file's download (a message attachment, content's kept evidence): the given type, never
 * sniffed, rendered inline or cached, offered under its sanitised name, with its SHA-256 in {@code Repr-Digest}.
 */
public final class DownloadHeaders {

    private DownloadHeaders() {}

    /** @param sha256 the content's SHA-256, hex */
    public static void set(
            HttpServletResponse response, String contentType, long size, AttachmentName name, String sha256) {
        response.setContentType(contentType);
        response.setContentLengthLong(size);
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, name.contentDisposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader(
                "Repr-Digest",
                "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
    }
}
