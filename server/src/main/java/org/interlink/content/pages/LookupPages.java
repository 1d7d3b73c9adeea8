package org.interlink.content.pages;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.interlink.access.CurrentViewer;
import org.interlink.common.InvalidInputException;
import org.interlink.content.ContentBanks;
import org.interlink.content.Lookups;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A lookup by upload: the file is hashed and its signals looked up in the banks the officer may see; the matches can
 * become a referral. The file is not kept.
 */
@Controller
class LookupPages {

    static final String PURPOSE = "content lookup";

    private final Lookups lookups;

    LookupPages(Lookups lookups) {
        this.lookups = lookups;
    }

    @GetMapping("/content/lookup")
    String form() {
        return "content/lookup";
    }

    @PostMapping("/content/lookup")
    String lookup(@RequestParam(required = false) @Nullable MultipartFile file, Model model) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("problem", "file: choose a file to look up");
            return "content/lookup";
        }
        try {
            Lookups.Answer answer = lookups.lookupFile(
                    CurrentViewer.get(),
                    new ContentBanks.UploadedFile(
                            BankPages.bytes(file), file.getContentType(), file.getOriginalFilename()),
                    new Lookups.Context(PURPOSE, ""));
            model.addAttribute("fileName", file.getOriginalFilename());
            model.addAttribute("results", answer.results());
            model.addAttribute(
                    "hit", answer.results().stream().anyMatch(r -> r.outcome().equals("HIT")));
            model.addAttribute("referral", referral(answer.results()));
        } catch (InvalidInputException e) {
            model.addAttribute(
                    "problem",
                    e.errors().getFirst().field() + ": " + e.errors().getFirst().message());
        }
        return "content/lookup";
    }

    /** The new-referral form filled with the matched signals, their labels and entries. */
    static String referral(List<Lookups.Result> results) {
        StringBuilder hashes = new StringBuilder();
        Set<String> labels = new LinkedHashSet<>();
        Set<String> entries = new LinkedHashSet<>();
        for (Lookups.Result result : results) {
            if (!result.outcome().equals("HIT")) {
                continue;
            }
            hashes.append(result.signalType())
                    .append(':')
                    .append(result.signal())
                    .append('\n');
            for (Lookups.Match match : result.matches()) {
                labels.addAll(match.labels());
                entries.add(Long.toString(match.entryId()));
            }
        }
        return UriComponentsBuilder.fromPath("/content/referrals/new")
                .queryParam("hashes", hashes.toString().strip())
                .queryParam("labels", String.join(",", labels))
                .queryParam("entries", String.join(",", entries))
                .encode()
                .build()
                .toUriString();
    }
}
