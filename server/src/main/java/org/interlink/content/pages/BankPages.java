package org.interlink.content.pages;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.interlink.common.CursorPage;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.content.Bank;
import org.interlink.content.ContentBanks;
import org.interlink.content.Entry;
import org.interlink.content.Taxonomy;
import org.interlink.content.web.EvidenceDownloads;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Bank management: list and create banks, a bank's entries, add by upload or by hash, disable and re-enable. */
@Controller
class BankPages {

    static final String PURPOSE = "hash bank management";

    private final ContentBanks banks;

    BankPages(ContentBanks banks) {
        this.banks = banks;
    }

    @GetMapping("/content/banks")
    String list(Model model) {
        model.addAttribute("banks", banks.banks(CurrentViewer.get(), PURPOSE));
        model.addAttribute("taxonomy", Taxonomy.ALL);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", List.of());
        }
        return "content/banks";
    }

    @PostMapping("/content/banks")
    String create(
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable List<String> labels,
            @RequestParam(required = false) @Nullable String classification,
            @RequestParam(required = false) @Nullable String audience,
            @RequestParam(required = false) @Nullable String countries,
            @RequestParam(defaultValue = "false") boolean negative,
            Model model) {
        try {
            Bank bank = banks.create(
                    CurrentViewer.get(),
                    new ContentBanks.NewBank(
                            name,
                            labels,
                            new ContentBanks.AccessRequest(classification, audience, codes(countries)),
                            negative),
                    PURPOSE);
            return "redirect:/content/banks/" + bank.id();
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
        } catch (ConflictException e) {
            model.addAttribute("errors", List.of(new FieldError("name", e.getMessage())));
        }
        return list(model);
    }

    @GetMapping("/content/banks/{id}")
    String bank(@PathVariable String id, @RequestParam(required = false) @Nullable String cursor, Model model) {
        Viewer viewer = CurrentViewer.get();
        Bank bank = banks.bank(viewer, id, PURPOSE);
        CursorPage<Entry> entries = banks.entries(viewer, id, cursor, 100, PURPOSE);
        model.addAttribute("bank", bank);
        model.addAttribute("entries", entries.items());
        model.addAttribute("nextCursor", entries.nextCursor());
        model.addAttribute("owner", bank.owner().equals(viewer.bureau()));
        model.addAttribute("taxonomy", Taxonomy.ALL);
        return "content/bank";
    }

    @PostMapping("/content/banks/{id}/file")
    String addFile(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable MultipartFile file,
            @RequestParam(required = false) @Nullable List<String> labels,
            @RequestParam(required = false) @Nullable String source,
            @RequestParam(defaultValue = "false") boolean keepEvidence,
            RedirectAttributes redirect) {
        if (file == null || file.isEmpty()) {
            redirect.addFlashAttribute("problem", "file: choose a file to hash");
            return "redirect:/content/banks/" + id;
        }
        return change(id, redirect, () -> {
            ContentBanks.Added added = banks.addFile(
                    CurrentViewer.get(),
                    id,
                    new ContentBanks.UploadedFile(bytes(file), file.getContentType(), file.getOriginalFilename()),
                    labels,
                    source,
                    keepEvidence,
                    PURPOSE);
            return "Added " + added.entries().stream().map(Entry::signalType).toList() + " of "
                    + file.getOriginalFilename()
                    + (keepEvidence
                            ? "; the file was kept, encrypted, as evidence."
                            : "; the file itself was not kept.")
                    + (added.notes().isEmpty() ? "" : " " + String.join(" ", added.notes()));
        });
    }

    @GetMapping("/content/entries/{id}/evidence")
    void evidence(@PathVariable String id, HttpServletResponse response) throws IOException {
        long entry;
        try {
            entry = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFoundException("entry", id);
        }
        EvidenceDownloads.send(banks.evidence(CurrentViewer.get(), entry, "evidence disclosure"), response);
    }

    @PostMapping("/content/banks/{id}/signal")
    String addSignal(
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String signalType,
            @RequestParam(required = false) @Nullable String signal,
            @RequestParam(required = false) @Nullable List<String> labels,
            @RequestParam(required = false) @Nullable String source,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            Entry added = banks.add(
                    CurrentViewer.get(),
                    id,
                    new ContentBanks.NewEntry(signalType, signal, labels, source, null),
                    PURPOSE);
            return "Added " + added.signalType() + " entry " + added.id() + ".";
        });
    }

    @PostMapping("/content/banks/{id}/entries/{entry}/enabled")
    String enable(
            @PathVariable String id,
            @PathVariable long entry,
            @RequestParam boolean enabled,
            RedirectAttributes redirect) {
        return change(id, redirect, () -> {
            banks.setEnabled(CurrentViewer.get(), entry, enabled, PURPOSE);
            return "Entry " + entry + (enabled ? " re-enabled: it matches again." : " disabled: it no longer matches.");
        });
    }

    private static String change(String bank, RedirectAttributes redirect, java.util.function.Supplier<String> action) {
        try {
            redirect.addFlashAttribute("message", action.get());
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute(
                    "problem",
                    String.join(
                            "; ",
                            e.errors().stream()
                                    .map(f -> f.field() + ": " + f.message())
                                    .toList()));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/content/banks/" + bank;
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> codes(@Nullable String countries) {
        if (countries == null || countries.isBlank()) {
            return List.of();
        }
        return Arrays.stream(countries.split("[,;\\s]+"))
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
