package org.interlink.screening.web;

import java.util.List;
import java.util.TreeSet;
import org.interlink.access.CurrentViewer;
import org.interlink.common.CursorPage;
import org.interlink.common.InvalidInputException;
import org.interlink.members.Countries;
import org.interlink.screening.Hit;
import org.interlink.screening.HitDesk;
import org.interlink.screening.HitFilter;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The bureau's hits: those it raised and those on its records (silent ones included), a page at a time, filtered by
 * status, kind and bureau, newest first or by deadline (overdue first); refreshed every few seconds so a new hit on the
 * bureau's records shows up while the page is open.
 */
@Controller
class HitsPage {

    static final int PAGE = 25;

    private final HitDesk desk;
    private final Countries countries;

    HitsPage(HitDesk desk, Countries countries) {
        this.desk = desk;
        this.countries = countries;
    }

    /** The filter as the page's query parameters; blank means unset. */
    record Query(
            @Nullable String status,
            @Nullable String kind,
            @Nullable String bureau,
            @Nullable String overdue,
            @Nullable String order,
            @Nullable String cursor) {

        /** This query's path under /hits, on another page (null: the first). */
        String path(String base, @Nullable String at) {
            UriComponentsBuilder uri = UriComponentsBuilder.fromPath(base);
            add(uri, "status", status);
            add(uri, "kind", kind);
            add(uri, "bureau", bureau);
            add(uri, "overdue", overdue);
            add(uri, "order", order);
            add(uri, "cursor", at);
            return uri.encode().build().toUriString();
        }

        private static void add(UriComponentsBuilder uri, String name, @Nullable String value) {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        }
    }

    @GetMapping("/hits")
    String page(Query query, Model model) {
        fill(query, model);
        return "screening/hits";
    }

    /** htmx polling: the list alone, same filter and page. */
    @GetMapping("/hits/list")
    String list(Query query, Model model) {
        fill(query, model);
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
            redirect.addFlashAttribute(
                    "problem",
                    e.errors().getFirst().field().equals("reason")
                            ? "Choose why the hit is dismissed."
                            : e.errors().getFirst().message());
        }
        return "redirect:/hits";
    }

    private void fill(Query query, Model model) {
        model.addAttribute("viewer", CurrentViewer.get());
        model.addAttribute("status", query.status());
        model.addAttribute("kind", query.kind());
        model.addAttribute("bureau", query.bureau());
        model.addAttribute("overdue", "true".equals(query.overdue()));
        model.addAttribute("order", query.order());
        model.addAttribute("reasons", new TreeSet<>(HitDesk.DISMISS_REASONS));
        model.addAttribute("statuses", HitFilter.STATUSES);
        model.addAttribute("kinds", HitFilter.KINDS);
        model.addAttribute("orders", HitFilter.Order.values());
        model.addAttribute("listUrl", query.path("/hits/list", query.cursor()));
        CursorPage<Hit> page;
        try {
            HitFilter filter = HitFilter.parse(
                    query.status(), query.kind(), query.bureau(), query.overdue(), query.order(), countries);
            page = desk.list(CurrentViewer.get(), filter, query.cursor(), PAGE, "hit follow-up");
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            page = new CursorPage<>(List.of(), null);
        }
        model.addAttribute("hits", page.items());
        model.addAttribute("now", java.time.Instant.now());
        model.addAttribute("nextUrl", page.nextCursor() == null ? null : query.path("/hits", page.nextCursor()));
        model.addAttribute("firstUrl", query.cursor() == null ? null : query.path("/hits", null));
    }
}
