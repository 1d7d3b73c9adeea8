package org.interlink.notices;

import org.interlink.access.Viewer;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.Pdfs;
import org.interlink.members.Countries;
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
        return Pdfs.render(xhtml);
    }

    static ResponseEntity<byte[]> response(byte[] pdf, String id) {
        return Pdfs.inline(pdf, "notice-" + id + ".pdf");
    }
}
