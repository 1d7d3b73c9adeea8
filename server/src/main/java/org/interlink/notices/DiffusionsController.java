package org.interlink.notices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.CursorPage;
import org.interlink.common.QueryParameters;
import org.jspecify.annotations.Nullable;
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
@RequestMapping("/api/v1/diffusions")
class DiffusionsController {

    private final NoticeWorkflow workflow;

    DiffusionsController(NoticeWorkflow workflow) {
        this.workflow = workflow;
    }

    @Operation(
            summary = "Send a diffusion to the chosen countries: the compliance gate runs first; PUBLISHED when it"
                    + " passes, DRAFT with the blocking findings when it does not")
    @PostMapping
    ResponseEntity<NoticeView> send(@RequestBody JsonNode body) {
        Viewer viewer = CurrentViewer.get();
        Notice diffusion = workflow.create(viewer, body, true);
        return ResponseEntity.created(URI.create("/api/v1/diffusions/" + diffusion.id()))
                .body(view(viewer, diffusion));
    }

    @Operation(summary = "Replace a diffusion the gate stopped")
    @PutMapping("/{id}")
    NoticeView replace(@PathVariable String id, @RequestBody JsonNode body) {
        Viewer viewer = CurrentViewer.get();
        return view(viewer, workflow.replace(viewer, id, body));
    }

    @Operation(summary = "Send a corrected diffusion again (the gate runs again)")
    @PostMapping("/{id}/send")
    NoticeView resend(@PathVariable String id) {
        Viewer viewer = CurrentViewer.get();
        return view(viewer, workflow.submit(viewer, id));
    }

    @Operation(
            summary = "General Secretariat, after the diffusion was sent: CONFIRM it, or REFUSE it (it leaves"
                    + " circulation), with a reason")
    @PostMapping("/{id}/review")
    NoticeView review(@PathVariable String id, @RequestBody NoticesController.Decision decision) {
        Viewer viewer = CurrentViewer.get();
        String choice = decision.decision() == null ? null : decision.decision().toUpperCase(java.util.Locale.ROOT);
        return view(viewer, workflow.review(viewer, id, choice, decision.reason()));
    }

    @Operation(summary = "Cancel a diffusion, with a reason")
    @PostMapping("/{id}/cancel")
    NoticeView cancel(
            @PathVariable String id, @RequestBody(required = false) NoticesController.@Nullable Decision decision) {
        Viewer viewer = CurrentViewer.get();
        return view(viewer, workflow.cancel(viewer, id, decision == null ? null : decision.reason()));
    }

    @Operation(summary = "A diffusion, if you may see it (its recipients, its sender and the General Secretariat)")
    @GetMapping("/{id}")
    NoticeView get(@PathVariable String id, HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        Notice notice = workflow.get(viewer, id, Purposes.of(request), Notice.Kind.DIFFUSION);
        return view(viewer, notice);
    }

    @Operation(summary = "The diffusions you may see, newest first")
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
                Notice.Kind.DIFFUSION,
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
