package org.interlink.content.referrals;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.interlink.common.CursorPage;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The referral pages: the list, a new referral (blank or from a lookup's matches), one referral and its steps. */
@Controller
class ReferralPages {

    private final ReferralDesk desk;
    private final ReferralPdf pdf;

    ReferralPages(ReferralDesk desk, ReferralPdf pdf) {
        this.desk = desk;
        this.pdf = pdf;
    }

    /** A row of the list, with the time left in words when it has a deadline. */
    public record Row(Referral referral, @Nullable String remaining, boolean overdue) {}

    @GetMapping("/content/referrals")
    String list(
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) @Nullable String cursor,
            HttpServletRequest request,
            Model model) {
        Viewer viewer = CurrentViewer.get();
        CursorPage<Referral> page =
                desk.list(viewer, null, null, overdue, 50, cursor, Purposes.of(request, Purposes.READING));
        Instant now = desk.now();
        model.addAttribute(
                "rows",
                page.items().stream()
                        .map(r -> new Row(r, remaining(r, now), r.overdue(now)))
                        .toList());
        model.addAttribute("nextCursor", page.nextCursor());
        model.addAttribute("overdue", overdue);
        return "content/referrals";
    }

    @GetMapping("/content/referrals/new")
    String form(
            @RequestParam(required = false) @Nullable String hashes,
            @RequestParam(required = false) @Nullable String labels,
            @RequestParam(required = false) @Nullable String entries,
            Model model) {
        return form(model, ReferralForm.fromMatches(hashes, labels, entries), List.of());
    }

    private String form(Model model, ReferralForm form, List<FieldError> errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "content/referral-form";
    }

    @PostMapping("/content/referrals/new")
    String create(@ModelAttribute ReferralForm form, HttpServletRequest request, Model model) {
        Viewer viewer = CurrentViewer.get();
        try {
            Referral referral =
                    desk.create(viewer, form.toJson(), form.sendNow(), Purposes.of(request, Purposes.ACTING));
            return "redirect:/content/referrals/" + referral.id();
        } catch (InvalidInputException e) {
            return form(model, form, e.errors());
        }
    }

    @GetMapping("/content/referrals/{id}")
    String detail(@PathVariable String id, HttpServletRequest request, Model model) {
        Viewer viewer = CurrentViewer.get();
        Referral referral = desk.get(viewer, ReferralDesk.id(id), Purposes.of(request, Purposes.READING));
        Instant now = desk.now();
        model.addAttribute("r", referral);
        model.addAttribute("history", desk.history(referral));
        model.addAttribute("remaining", remaining(referral, now));
        model.addAttribute("overdue", referral.overdue(now));
        model.addAttribute(
                "deadlineIso",
                referral.deadline() == null ? "" : referral.deadline().toString());
        model.addAttribute(
                "maySend",
                referral.status() == ReferralStatus.DRAFT && viewer.bureau().equals(referral.owner()));
        boolean answering = viewer.bureau().equals(referral.answeringBureau());
        model.addAttribute("mayAcknowledge", answering && referral.status() == ReferralStatus.SENT);
        model.addAttribute("mayAct", answering && referral.status().open());
        return "content/referral";
    }

    @PostMapping("/content/referrals/{id}/send")
    String send(@PathVariable String id, HttpServletRequest request, RedirectAttributes redirect) {
        return step(
                id,
                redirect,
                "Sent.",
                uuid -> desk.send(CurrentViewer.get(), uuid, Purposes.of(request, Purposes.ACTING)));
    }

    /** The addressee's answers: {@code acknowledgement} or {@code action}, each with its note. */
    @PostMapping("/content/referrals/{id}/{answer:acknowledgement|action}")
    String answer(
            @PathVariable String id,
            @PathVariable String answer,
            @RequestParam(required = false) @Nullable String note,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        String purpose = Purposes.of(request, Purposes.ACTING);
        Viewer viewer = CurrentViewer.get();
        return answer.equals("action")
                ? step(id, redirect, "Action recorded.", uuid -> desk.act(viewer, uuid, note, purpose))
                : step(id, redirect, "Receipt acknowledged.", uuid -> desk.acknowledge(viewer, uuid, note, purpose));
    }

    @GetMapping("/content/referrals/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, HttpServletRequest request) {
        Viewer viewer = CurrentViewer.get();
        Referral referral = desk.export(viewer, ReferralDesk.id(id), Purposes.of(request, Purposes.READING));
        return ReferralPdf.response(pdf.render(referral, desk.history(referral), desk.now()), referral);
    }

    private String step(
            String id, RedirectAttributes redirect, String done, java.util.function.Function<UUID, Referral> action) {
        UUID uuid = ReferralDesk.id(id);
        try {
            action.apply(uuid);
            redirect.addFlashAttribute("message", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "problem",
                    e.errors().getFirst().field() + ": " + e.errors().getFirst().message());
        } catch (ConflictException | NotAPartyException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/content/referrals/" + uuid;
    }

    private static @Nullable String remaining(Referral r, Instant now) {
        Instant deadline = r.deadline();
        if (deadline == null) {
            return null;
        }
        return r.status() == ReferralStatus.ACTED ? "acted on" : Deadlines.describe(Deadlines.remaining(deadline, now));
    }
}
