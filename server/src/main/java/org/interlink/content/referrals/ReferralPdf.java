package org.interlink.content.referrals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.interlink.common.Pdfs;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * A referral or removal order as a PDF: its fields, deadline, history and the evidence the viewer may see, from the
 * template {@code content/referral-pdf.html} rendered with openhtmltopdf. The caller audits the export.
 */
@Component
class ReferralPdf {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final ITemplateEngine templates;

    ReferralPdf(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The lines of the printed referral, every time in UTC. */
    record Printed(
            String reference,
            String title,
            String status,
            String from,
            String to,
            String content,
            String grounds,
            String classification,
            String created,
            String sent,
            String deadline,
            String acknowledged,
            String acted,
            String remaining,
            String printedAt,
            Evidence evidence,
            List<Line> history) {}

    record Line(String at, String who, String step, String note) {}

    byte[] render(Referral referral, List<Step> history, Instant now) {
        Context context = new Context(Locale.ROOT);
        context.setVariable("r", printed(referral, history, now));
        return Pdfs.render(templates.process("content/referral-pdf", context));
    }

    static Printed printed(Referral r, List<Step> history, Instant now) {
        Instant deadline = r.deadline();
        String remaining = deadline == null
                ? ""
                : r.status() == ReferralStatus.ACTED
                        ? "acted on"
                        : Deadlines.describe(Deadlines.remaining(deadline, now));
        Addressee to = r.to();
        return new Printed(
                r.reference(),
                r.kind() == ReferralKind.REMOVAL_ORDER ? "Removal order" : "Referral for voluntary review",
                r.status().name(),
                "NCB " + r.owner(),
                to.namesBureau()
                        ? "NCB " + to.bureau()
                        : to.platform() + (to.contact() == null ? "" : " (" + to.contact() + ")"),
                (r.url() == null ? "" : r.url())
                        + (r.url() != null && r.item() != null ? " · " : "")
                        + (r.item() == null ? "" : r.item()),
                r.grounds(),
                r.restriction().describe(),
                time(r.createdAt()),
                time(r.sentAt()),
                deadline == null ? "none" : time(deadline),
                time(r.acknowledgedAt()),
                time(r.actedAt()),
                remaining,
                time(now),
                r.evidence(),
                history.stream()
                        .map(s -> new Line(
                                time(s.at()),
                                s.actor() + " (" + s.bureau() + ")",
                                s.step(),
                                s.note() == null ? "" : s.note()))
                        .toList());
    }

    private static String time(@Nullable Instant at) {
        return at == null ? "—" : UTC.format(at);
    }

    static ResponseEntity<byte[]> response(byte[] pdf, Referral referral) {
        return Pdfs.inline(pdf, referral.reference() + ".pdf");
    }
}
