package org.interlink.screening.web;

import org.interlink.access.CurrentViewer;
import org.interlink.common.InvalidInputException;
import org.interlink.screening.HitDesk;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The bureau's hits: those it raised and those on its records (silent ones included), newest first, with their
 * deadlines; refreshed every few seconds so a new hit on the bureau's records shows up while the page is open.
 */
@Controller
class HitsPage {

    private final HitDesk desk;

    HitsPage(HitDesk desk) {
        this.desk = desk;
    }

    @GetMapping("/hits")
    String page(Model model) {
        fill(model);
        model.addAttribute("reasons", new java.util.TreeSet<>(HitDesk.DISMISS_REASONS));
        return "screening/hits";
    }

    /** htmx polling: the list alone. */
    @GetMapping("/hits/list")
    String list(Model model) {
        fill(model);
        model.addAttribute("reasons", new java.util.TreeSet<>(HitDesk.DISMISS_REASONS));
        return "screening/hits :: list";
    }

    @PostMapping("/hits/{id}/confirm")
    String confirm(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String actionTaken,
            RedirectAttributes redirect) {
        try {
            desk.confirm(CurrentViewer.get(), id, actionTaken, "hit follow-up");
            redirect.addFlashAttribute("message", "Hit confirmed.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.errors().getFirst().message());
        }
        return "redirect:/hits";
    }

    @PostMapping("/hits/{id}/dismiss")
    String dismiss(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String reason,
            @RequestParam(required = false) @Nullable String note,
            RedirectAttributes redirect) {
        try {
            desk.dismiss(CurrentViewer.get(), id, reason, note, "hit follow-up");
            redirect.addFlashAttribute("message", "Hit dismissed as a false positive; it will not be raised again.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("problem", e.errors().getFirst().message());
        }
        return "redirect:/hits";
    }

    private void fill(Model model) {
        model.addAttribute("viewer", CurrentViewer.get());
        model.addAttribute(
                "hits",
                desk.list(CurrentViewer.get(), null, 100, "hit follow-up").items());
    }
}
