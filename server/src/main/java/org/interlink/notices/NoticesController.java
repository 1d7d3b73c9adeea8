package org.interlink.notices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@Tag(name = "Notices")
@RestController
@RequestMapping("/api/v1/notices")
class NoticesController {

    private final NoticeWorkflow workflow;
    private final NoticePdf pdf;

    NoticesController(NoticeWorkflow workflow, NoticePdf pdf) {
        this.workflow = workflow;
        this.pdf = pdf;
    }

    /** The decision of a reviewer, or the reason for a cancellation. */
    record Decision(@Nullable String decision, @Nullable String reason) {}

    @Operation(summary = "Draft a notice request (201, status DRAFT); bad input lists every failing rule")
    @PostMapping
    ResponseEntity<NoticeView> create(@RequestBody JsonNode body) {
        Viewer viewer = CurrentViewer.get();
        Notice notice = workflow.create(viewer, body, false);
        return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id()))
                .body(view(viewer, notice).with(workflow.cyberReport(viewer, notice, "notice drafting")));
    }

    @Operation(summary = "Replace a draft or returned request")
    @PutMapping("/{id}")
    NoticeView replace(@PathVariable String id, @RequestBody JsonNode body) {
        Viewer viewer = CurrentViewer.get();
        return view(viewer, workflow.replace(viewer, id, body));
    }

    @Operation(summary = "Submit: runs the compliance gate; SUBMITTED, or DRAFT with the blocking findings")
    @PostMapping("/{id}/submit")
    NoticeView submit(@PathVariable String id) {
        Viewer viewer = CurrentViewer.get();
        return view(viewer, workflow.submit(viewer, id));
    }

    @Operation(summary = "General Secretariat: APPROVE, REFUSE or RETURN a submitted request, with a reason")
    @PostMapping("/{id}/review")
    NoticeView review(@PathVariable String id, @RequestBody Decision decision) {
        Viewer viewer = CurrentViewer.get();
        String choice = decision.decision() == null ? null : decision.decision().toUpperCase(Locale.ROOT);
        return view(viewer, workflow.review(viewer, id, choice, decision.reason()));
    }

    @Operation(summary = "Cancel a published notice (arrest made, person found, withdrawn), with a reason")
    @PostMapping("/{id}/cancel")
    NoticeView cancel(@PathVariable String id, @RequestBody(required = false) @Nullable Decision decision) {
        Viewer viewer = CurrentViewer.get();
        return view(viewer, workflow.cancel(viewer, id, decision == null ? null : decision.reason()));
    }

    @Operation(summary = "Renew a published notice for five more years (within six months of expiry)")
    @PostMapping("/{id}/renew")
    NoticeView renew(@PathVariable String id) {
        Viewer viewer = CurrentViewer.get();
        return view(viewer, workflow.renew(viewer, id));
    }

    @Operation(summary = "A notice, if you may see it")
    @GetMapping("/{id}")
    NoticeView get(@PathVariable String id, HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        Notice notice = workflow.get(viewer, id, Purposes.of(request), Notice.Kind.NOTICE);
        return view(viewer, notice).with(workflow.cyberReport(viewer, notice, Purposes.of(request)));
    }

    @Operation(summary = "The printable one-page notice (PDF)")
    @GetMapping(value = "/{id}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id, HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        return NoticePdf.response(pdf.render(viewer, id, Purposes.of(request)), id);
    }

    @Operation(summary = "The photo of a notice, if you may see it")
    @GetMapping("/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String id, HttpServletRequest request) {
        Notices.Photo photo = workflow.photo(CurrentViewer.get(), id, Purposes.of(request));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .body(photo.bytes());
    }

    @Operation(summary = "The notices you may see, newest first: ?type=&status=&limit=&cursor=")
    @GetMapping
    CursorPage<NoticeView> list(
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        CursorPage<Notice> page = workflow.list(
                viewer,
                Notice.Kind.NOTICE,
                QueryParameters.enumValue(NoticeType.class, "type", type),
                QueryParameters.enumValue(NoticeStatus.class, "status", status),
                limit,
                cursor,
                Purposes.of(request));
        return new CursorPage<>(page.items().stream().map(n -> view(viewer, n)).toList(), page.nextCursor());
    }

    private NoticeView view(Viewer viewer, Notice notice) {
        return NoticeView.of(notice, viewer, workflow.history(viewer, notice));
    }
}
