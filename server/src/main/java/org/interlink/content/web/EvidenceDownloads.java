package org.interlink.content.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Base64;
import java.util.HexFormat;
import org.interlink.content.ContentBanks;
import org.springframework.http.HttpHeaders;

/**
 * Sends a kept file as message attachments are sent, but always as {@code application/octet-stream}: evidence may be
 * any file (a video, an executable), so nothing is rendered, sniffed, run or cached; the name is the sanitised one.
 */
public final class EvidenceDownloads {

    private EvidenceDownloads() {}

    public static void send(ContentBanks.EvidenceFile file, HttpServletResponse response) throws IOException {
        response.setContentType("application/octet-stream");
        response.setContentLengthLong(file.size());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, file.name().contentDisposition());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setHeader("Content-Security-Policy", "sandbox; default-src 'none'");
        response.setHeader(
                "Repr-Digest",
                "sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(file.sha256())) + ":");
        OutputStream out = response.getOutputStream();
        file.content().writeTo(out);
        out.flush();
    }
}
