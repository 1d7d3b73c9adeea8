package org.interlink.notices;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.members.Countries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The printable one-page notice: the template {@code notices/print.html} (the same page the browser prints) rendered
 * to PDF with openhtmltopdf. Exporting it is audited.
 */
@Component
class NoticePdf {

    /** A font with Cyrillic, Greek and more, where the system has it (the PDF's built-in fonts are Latin-1 only). */
    static final File UNICODE_FONT = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    static final File UNICODE_FONT_BOLD = new File("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf");

    private final NoticeWorkflow workflow;
    private final Notices notices;
    private final Countries countries;
    private final ITemplateEngine templates;
    private final AuditLog audit;

    NoticePdf(
            NoticeWorkflow workflow, Notices notices, Countries countries, ITemplateEngine templates, AuditLog audit) {
        this.workflow = workflow;
        this.notices = notices;
        this.countries = countries;
        this.templates = templates;
        this.audit = audit;
    }

    /** The notice as the page to print, if the viewer may see it. */
    @Transactional
    PrintedNotice printed(Viewer viewer, String id, String purpose) {
        Notice notice = workflow.get(viewer, id, purpose);
        return PrintedNotice.of(notice, countries, notices.photo(id).orElse(null));
    }

    /** The PDF of the notice, if the viewer may see it; audited as an export. */
    @Transactional
    byte[] render(Viewer viewer, String id, String purpose) {
        PrintedNotice printed = printed(viewer, id, purpose);
        audit.record(NoticeWorkflow.entry(viewer, Operation.EXPORT, "notice", id, purpose, Outcome.SUCCESS));
        return pdf(html(printed));
    }

    String html(PrintedNotice printed) {
        Context context = new Context();
        context.setVariable("notice", printed);
        context.setVariable("pdf", true);
        return templates.process("notices/print", context);
    }

    static byte[] pdf(String xhtml) {
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

    static ResponseEntity<byte[]> response(byte[] pdf, String id) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.inline()
                                .filename("notice-" + id + ".pdf")
                                .build()
                                .toString())
                .body(pdf);
    }
}
