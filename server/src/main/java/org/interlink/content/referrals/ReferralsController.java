package org.interlink.content.referrals;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.CursorPage;
import org.interlink.common.QueryParameters;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Content referrals")
@RestController
@RequestMapping("/api/v1/content/referrals")
class ReferralsController {

    private final ReferralDesk desk;
    private final ReferralPdf pdf;

    ReferralsController(ReferralDesk desk, ReferralPdf pdf) {
        this.desk = desk;
        this.pdf = pdf;
    }

    /** What the addressee said or did with a step. */
    record Answer(@Nullable String note) {}

    @Operation(summary = "Create a referral or removal order (201, DRAFT; ?send=true sends it at once)")
    @PostMapping
    ResponseEntity<ReferralView> create(
            @RequestBody JsonNode body,
            @RequestParam(defaultValue = "false") boolean send,
            HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        Referral referral = desk.create(viewer, body, send, Purposes.of(request, Purposes.ACTING));
        return ResponseEntity.created(URI.create("/api/v1/content/referrals/" + referral.id()))
                .body(view(referral));
    }

    @Operation(summary = "Send a draft: a removal order's one-hour deadline starts now (the sending bureau)")
    @PostMapping("/{id}/send")
    ReferralView send(@PathVariable String id, HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        return view(desk.send(viewer, ReferralDesk.id(id), Purposes.of(request, Purposes.ACTING)));
    }

    @Operation(summary = "Acknowledge receipt (the addressed bureau; for a platform, the sender records it)")
    @PostMapping("/{id}/acknowledgement")
    ReferralView acknowledge(
            @PathVariable String id,
            @RequestBody(required = false) @Nullable Answer answer,
            HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        return view(desk.acknowledge(
                viewer,
                ReferralDesk.id(id),
                answer == null ? null : answer.note(),
                Purposes.of(request, Purposes.ACTING)));
    }

    @Operation(summary = "Record the action taken, with a note saying what was done (who acknowledges)")
    @PostMapping("/{id}/action")
    ReferralView act(
            @PathVariable String id,
            @RequestBody(required = false) @Nullable Answer answer,
            HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        return view(desk.act(
                viewer,
                ReferralDesk.id(id),
                answer == null ? null : answer.note(),
                Purposes.of(request, Purposes.ACTING)));
    }

    @Operation(summary = "A referral or removal order, if you may see it, with its deadline and history")
    @GetMapping("/{id}")
    ReferralView get(@PathVariable String id, HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        return view(desk.get(viewer, ReferralDesk.id(id), Purposes.of(request, Purposes.READING)));
    }

    @Operation(summary = "The referral or removal order as a PDF (audited as an export)")
    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id, HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        Referral referral = desk.export(viewer, ReferralDesk.id(id), Purposes.of(request, Purposes.READING));
        return ReferralPdf.response(pdf.render(referral, desk.history(referral), desk.now()), referral);
    }

    @Operation(summary = "The referrals you may see, newest first: ?kind=&status=&overdue=true&limit=&cursor=")
    @GetMapping
    CursorPage<ReferralView> list(
            @RequestParam(required = false) @Nullable String kind,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        CursorPage<Referral> page = desk.list(
                viewer,
                QueryParameters.enumValue(ReferralKind.class, "kind", kind),
                QueryParameters.enumValue(ReferralStatus.class, "status", status),
                overdue,
                limit,
                cursor,
                Purposes.of(request, Purposes.READING));
        return new CursorPage<>(page.items().stream().map(this::view).toList(), page.nextCursor());
    }

    private ReferralView view(Referral referral) {
        return ReferralView.of(referral, desk.history(referral), desk.now());
    }
}
