package org.interlink.common;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Printable documents (a notice, a removal order): an XHTML page rendered to PDF with openhtmltopdf. */
public final class Pdfs {

    /** A font with Cyrillic, Greek and more, where the system has it (the PDF's built-in fonts are Latin-1 only). */
    static final File UNICODE_FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    static final File UNICODE_FONT_BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    private Pdfs() {}

    /** The PDF of a well-formed XHTML page; its styles may name the font family {@code Unicode Sans}. */
    public static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            if (UNICODE_FONT.canRead() && UNICODE_FONT_BOLD.canRead()) {
                builder.useFont(UNICODE_FONT, "Unicode Sans", 400, PdfRendererBuilder.FontStyle.NORMAL, true);
                builder.useFont(UNICODE_FONT_BOLD, "Unicode Sans", 700, PdfRendererBuilder.FontStyle.NORMAL, true);
            }
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The answer carrying a PDF shown in the browser, named {@code fileName} when saved. */
    public static ResponseEntity<byte[]> inline(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline().filename(fileName).build().toString())
                .body(pdf);
    }
}
