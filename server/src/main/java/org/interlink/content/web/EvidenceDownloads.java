package org.interlink.content.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.interlink.content.ContentBanks;
import org.interlink.messaging.DownloadHeaders;

/**
 * Sends a kept file as message attachments are sent, but always as {@code application/octet-stream}: evidence may be
 * any file (a video, an executable), so nothing is rendered, sniffed, run or cached; the name is the sanitised one.
 */
public final class EvidenceDownloads {

    private EvidenceDownloads() {}

    public static void send(ContentBanks.EvidenceFile file, HttpServletResponse response) throws IOException {
        DownloadHeaders.set(response, "application/octet-stream", file.size(), file.name(), file.sha256());
        OutputStream out = response.getOutputStream();
        file.content().writeTo(out);
        out.flush();
    }
}
