package org.interlink.notices;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.interlink.common.CursorPage;
import org.interlink.common.InvalidInputException;
import org.interlink.common.QueryParameters;
import org.interlink.members.Countries;
import org.interlink.notices.rules.ComplianceGate;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The notices pages: lists, the editor's request form, a notice beside the gate's findings with the actions the viewer
 * may take (submit, review, cancel, renew), the printable notice, and the public search page.
 */
@Controller
class NoticePages {

    private final NoticeWorkflow workflow;
    private final NoticePdf pdf;
    private final Notices notices;
    private final Countries countries;
    private final PublicExtracts extracts;

    NoticePages(NoticeWorkflow workflow, NoticePdf pdf, Notices notices, Countries countries, PublicExtracts extracts) {
        this.workflow = workflow;
        this.pdf = pdf;
        this.notices = notices;
        this.countries = countries;
        this.extracts = extracts;
    }

    @GetMapping("/notices")
    String list(
            @RequestParam(defaultValue = "NOTICE") String kind,
            @RequestParam(required = false) @Nullable String type,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String cursor,
            HttpServletRequest request,
            Model model) {
        Viewer viewer = CurrentViewer.get();
        Notice.Kind listed = "DIFFUSION".equalsIgnoreCase(kind) ? Notice.Kind.DIFFUSION : Notice.Kind.NOTICE;
        CursorPage<Notice> page = workflow.list(
                viewer,
                listed,
                QueryParameters.enumValue(NoticeType.class, "type", type),
                QueryParameters.enumValue(NoticeStatus.class, "status", status),
                50,
                cursor,
                Purposes.of(request));
        model.addAttribute("viewer", viewer);
        model.addAttribute("kind", listed.name());
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("status", status == null ? "" : status);
        model.addAttribute("types", NoticeType.values());
        model.addAttribute("statuses", NoticeStatus.values());
        model.addAttribute("rows", page.items().stream().map(NoticePages::row).toList());
        model.addAttribute("nextCursor", page.nextCursor());
        return "notices/list";
    }

    /** One line of a list. Public: templates read it. */
    public record Row(
            String id,
            String type,
            String colour,
            String kind,
            String subject,
            String owner,
            String status,
            String created) {}

    private static Row row(Notice n) {
        NoticeRequest.Subject s = n.request().subject();
        return new Row(
                n.id(),
                n.kind() == Notice.Kind.DIFFUSION
                        ? "Diffusion " + n.diffusionType()
                        : n.request().type().label(),
                n.request().type().colour(),
                n.kind().name(),
                s == null || s.name().isBlank() ? "—" : s.name(),
                n.owner(),
                n.status().name(),
                n.createdAt().toString().substring(0, 10));
    }

    @GetMapping("/notices/new")
    String form(Model model) {
        return form(model, NoticeForm.empty(), List.of());
    }

    private String form(Model model, NoticeForm form, List<org.interlink.common.FieldError> errors) {
        if (!model.containsAttribute("action")) {
            model.addAttribute("action", "/notices/new");
        }
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("types", NoticeType.values());
        model.addAttribute("diffusionTypes", DiffusionType.values());
        return "notices/form";
    }

    @PostMapping("/notices/new")
    String create(@ModelAttribute NoticeForm form, Model model) {
        Viewer viewer = CurrentViewer.get();
        try {
            Notice notice = workflow.create(viewer, form.toJson(), form.isDiffusion());
            return "redirect:/notices/" + notice.id();
        } catch (InvalidInputException e) {
            return form(model, form, e.errors());
        } catch (ConflictException e) {
            return form(model, form, List.of(new org.interlink.common.FieldError("request", e.getMessage())));
        }
    }

    @GetMapping("/notices/{id}")
    String detail(@PathVariable String id, HttpServletRequest request, Model model) {
        Viewer viewer = CurrentViewer.get();
        Notice notice = workflow.get(viewer, id, Purposes.of(request));
        boolean owner = viewer.bureau().equals(notice.owner()) && viewer.hasRole("EDITOR");
        boolean draft = notice.status() == NoticeStatus.DRAFT || notice.status() == NoticeStatus.RETURNED;
        model.addAttribute("viewer", viewer);
        model.addAttribute("notice", Shown.of(notice));
        model.addAttribute("printed", PrintedNotice.of(notice, countries, null));
        model.addAttribute("hasPhoto", notices.photo(id).isPresent());
        model.addAttribute("follows", NoticeWorkflow.mayFollow(viewer, notice));
        model.addAttribute("history", workflow.history(viewer, notice));
        model.addAttribute(
                "mayReview",
                viewer.isGeneralSecretariat()
                        && viewer.hasRole("REVIEWER")
                        && (notice.kind() == Notice.Kind.NOTICE
                                ? notice.status() == NoticeStatus.SUBMITTED
                                : notice.status() == NoticeStatus.PUBLISHED && notice.decidedAt() == null));
        model.addAttribute("mayEdit", maySubmitOrEdit(viewer, notice));
        model.addAttribute("maySubmit", owner && draft);
        model.addAttribute("mayCancel", owner && notice.status() == NoticeStatus.PUBLISHED);
        model.addAttribute(
                "mayRenew",
                owner
                        && notice.status() == NoticeStatus.PUBLISHED
                        && notice.expiresAt() != null
                        && !java.time.Instant.now().isBefore(Notice.reminderDue(notice.expiresAt())));
        model.addAttribute("blocked", ComplianceGate.blocks(notice.findings()));
        Notice.Earlier earlier = NoticeWorkflow.mayFollow(viewer, notice) ? notice.earlier() : null;
        model.addAttribute("earlier", earlier);
        model.addAttribute("earlierMark", earlier == null ? null : earlierMark(earlier));
        model.addAttribute(
                "changes", earlier == null ? List.of() : RequestChanges.between(earlier.request(), notice.request()));
        NoticeRequest.Subject subject = notice.request().subject();
        model.addAttribute("recordAccess", subject == null ? null : subject.recordAccess());
        model.addAttribute("recordOwner", subject == null ? null : subject.recordOwner());
        model.addAttribute("cyberReport", workflow.cyberReport(viewer, notice, Purposes.of(request)));
        return "notices/detail";
    }

    /** How the review page marks a request edited after the gate's findings. */
    static String earlierMark(Notice.Earlier earlier) {
        if (earlier.article3()) {
            return "previously flagged (Art. 3)";
        }
        return ComplianceGate.blocks(earlier.findings()) ? "previously blocked by the gate" : "previously flagged";
    }

    /** A notice as the detail page shows it. Public: templates read it. */
    public record Shown(
            String id,
            String kind,
            String status,
            String action,
            Restriction access,
            boolean publicExtract,
            List<org.interlink.notices.rules.Finding> findings,
            @Nullable String reason,
            boolean submitted,
            boolean expires) {

        static Shown of(Notice n) {
            return new Shown(
                    n.id(),
                    n.kind().name(),
                    n.status().name(),
                    n.action(),
                    n.restriction(),
                    n.request().publicExtract(),
                    n.findings(),
                    n.reason(),
                    n.submittedAt() != null,
                    n.expiresAt() != null);
        }
    }

    private static boolean maySubmitOrEdit(Viewer viewer, Notice notice) {
        return viewer.bureau().equals(notice.owner())
                && viewer.hasRole("EDITOR")
                && (notice.status() == NoticeStatus.DRAFT || notice.status() == NoticeStatus.RETURNED);
    }

    /** The form again, filled with a draft or returned request, to correct it. */
    @GetMapping("/notices/{id}/edit")
    String edit(@PathVariable String id, HttpServletRequest request, Model model) {
        Viewer viewer = CurrentViewer.get();
        Notice notice = workflow.get(viewer, id, Purposes.of(request));
        if (!maySubmitOrEdit(viewer, notice)) {
            return "redirect:/notices/" + id;
        }
        model.addAttribute("action", "/notices/" + id + "/edit");
        NoticeView.CyberReportLink report = workflow.cyberReport(viewer, notice, Purposes.of(request));
        return form(model, NoticeForm.of(notice, report == null ? null : report.id()), List.of());
    }

    @PostMapping("/notices/{id}/edit")
    String replace(@PathVariable String id, @ModelAttribute NoticeForm form, Model model, RedirectAttributes flash) {
        try {
            workflow.replace(CurrentViewer.get(), id, form.toJson());
            flash.addFlashAttribute("message", "The request is saved as a draft: submit it again.");
            return "redirect:/notices/" + id;
        } catch (InvalidInputException e) {
            model.addAttribute("action", "/notices/" + id + "/edit");
            return form(model, form, e.errors());
        } catch (ConflictException e) {
            flash.addFlashAttribute("problem", e.getMessage());
            return "redirect:/notices/" + id;
        }
    }

    @PostMapping("/notices/{id}/submit")
    String submit(@PathVariable String id, RedirectAttributes flash) {
        return act(id, flash, () -> workflow.submit(CurrentViewer.get(), id));
    }

    @PostMapping("/notices/{id}/review")
    String review(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String decision,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes flash) {
        return act(id, flash, () -> workflow.review(CurrentViewer.get(), id, decision, reason));
    }

    @PostMapping("/notices/{id}/cancel")
    String cancel(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String reason,
            RedirectAttributes flash) {
        return act(id, flash, () -> workflow.cancel(CurrentViewer.get(), id, reason));
    }

    @PostMapping("/notices/{id}/renew")
    String renew(@PathVariable String id, RedirectAttributes flash) {
        return act(id, flash, () -> workflow.renew(CurrentViewer.get(), id));
    }

    private String act(String id, RedirectAttributes flash, java.util.function.Supplier<Notice> action) {
        try {
            Notice notice = action.get();
            flash.addFlashAttribute(
                    "message", "The notice is now " + notice.status().name().toLowerCase(Locale.ROOT) + ".");
        } catch (InvalidInputException e) {
            flash.addFlashAttribute(
                    "problem",
                    String.join(
                            "; ",
                            e.errors().stream()
                                    .map(f -> f.field() + " " + f.message())
                                    .toList()));
        } catch (ConflictException e) {
            flash.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/notices/" + id;
    }

    @GetMapping("/notices/{id}/print")
    String print(@PathVariable String id, HttpServletRequest request, Model model) {
        model.addAttribute("notice", pdf.printed(CurrentViewer.get(), id, Purposes.of(request)));
        model.addAttribute("pdf", false);
        return "notices/print";
    }

    @GetMapping("/notices/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, HttpServletRequest request) {
        return NoticePdf.response(pdf.render(CurrentViewer.get(), id, Purposes.of(request)), id);
    }

    @GetMapping("/notices/{id}/photo")
    ResponseEntity<byte[]> photo(@PathVariable String id, HttpServletRequest request) {
        Notices.Photo photo = workflow.photo(CurrentViewer.get(), id, Purposes.of(request));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .body(photo.bytes());
    }

    /** The public search page: no sign-in; the same extracts as the public API. */
    @GetMapping("/public/notices")
    String publicSearch(
            @RequestParam(defaultValue = "red") String colour,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String nationality,
            @RequestParam(required = false) @Nullable String sexId,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        NoticeType type = "yellow".equals(colour) ? NoticeType.YELLOW : NoticeType.RED;
        String nat = nationality == null || !nationality.strip().matches("[A-Za-z]{2}")
                ? null
                : nationality.strip().toUpperCase(java.util.Locale.ROOT);
        String sex = sexId == null || !List.of("M", "F", "U").contains(sexId) ? null : sexId;
        PublicExtracts.Result result = extracts.search(new PublicExtracts.Query(
                type,
                name == null || name.isBlank() ? null : name.strip(),
                null,
                nat,
                null,
                null,
                sex,
                null,
                Math.max(1, page),
                20));
        model.addAttribute("colour", type == NoticeType.RED ? "red" : "yellow");
        model.addAttribute("name", name == null ? "" : name);
        model.addAttribute("nationality", nationality == null ? "" : nationality);
        model.addAttribute("sexId", sex == null ? "" : sex);
        model.addAttribute("result", result);
        model.addAttribute("page", Math.max(1, page));
        return "notices/public";
    }
}
