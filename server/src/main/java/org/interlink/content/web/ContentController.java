package org.interlink.content.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.interlink.access.CurrentViewer;
import org.interlink.common.CursorPage;
import org.interlink.common.InvalidInputException;
import org.interlink.common.StatedPurpose;
import org.interlink.content.Bank;
import org.interlink.content.ContentBanks;
import org.interlink.content.Entry;
import org.interlink.content.Lookups;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The content API of {@code API.md}: hash banks, their entries, and lookups. */
@Tag(name = "Content")
@RestController
class ContentController {

    static final String PURPOSE = "X-Purpose";
    static final String LOCATION = "X-Location";

    private final ContentBanks banks;
    private final Lookups lookups;
    private final Uploads uploads;

    ContentController(ContentBanks banks, Lookups lookups, Uploads uploads) {
        this.banks = banks;
        this.lookups = lookups;
        this.uploads = uploads;
    }

    @Operation(summary = "Create a hash bank owned by the caller's bureau")
    @PostMapping(path = "/api/v1/content/banks", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Bank> createBank(
            @RequestBody ContentBanks.NewBank bank,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        Bank created = banks.create(CurrentViewer.get(), bank, StatedPurpose.or(purpose, "hash bank management"));
        return ResponseEntity.created(URI.create("/api/v1/content/banks/" + created.id()))
                .body(created);
    }

    record BankList(List<Bank> items) {}

    @Operation(summary = "The hash banks the caller may see, by name")
    @GetMapping("/api/v1/content/banks")
    BankList banks(@RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        return new BankList(banks.banks(CurrentViewer.get(), StatedPurpose.or(purpose, "hash bank management")));
    }

    @Operation(summary = "One hash bank (404 when the caller may not see it)")
    @GetMapping("/api/v1/content/banks/{id}")
    Bank bank(@PathVariable String id, @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        return banks.bank(CurrentViewer.get(), id, StatedPurpose.or(purpose, "hash bank management"));
    }

    @Operation(summary = "A page of a bank's entries, oldest first")
    @GetMapping("/api/v1/content/banks/{id}/entries")
    CursorPage<Entry> entries(
            @PathVariable String id,
            @RequestParam(defaultValue = "100") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        return banks.entries(CurrentViewer.get(), id, cursor, limit, StatedPurpose.or(purpose, "hash bank management"));
    }

    /** @param notes what a file gave that was not stored, and why (empty for a signal) */
    record Entries(List<Entry> entries, List<String> notes) {}

    @Operation(summary = "Add a signal to a bank of the caller's bureau")
    @PostMapping(path = "/api/v1/content/banks/{id}/entries", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Entries> addEntry(
            @PathVariable String id,
            @RequestBody ContentBanks.NewEntry entry,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        Entry added = banks.add(CurrentViewer.get(), id, entry, StatedPurpose.or(purpose, "hash bank management"));
        return created(new Entries(List.of(added), List.of()));
    }

    @Operation(
            summary = "Hash an uploaded file and add its signals to a bank of the caller's bureau",
            description = "multipart/form-data: a \"file\" part (at most 25 MB), optional \"labels\" (comma-separated"
                    + " taxonomy labels) and \"source\". MD5 and SHA-256 always; PDQ when the file is an image of"
                    + " quality 50 or more. The file is kept, encrypted, only with a \"keepEvidence\" part \"true\".")
    @PostMapping(path = "/api/v1/content/banks/{id}/entries", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Entries> addFile(
            @PathVariable String id,
            HttpServletRequest request,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose)
            throws IOException {
        ContentBanks.Added added = uploads.read(
                request,
                Set.of("labels", "source", "keepEvidence"),
                "file",
                (file, parts) -> banks.addFile(
                        CurrentViewer.get(),
                        id,
                        file,
                        labels(parts.field("labels")),
                        parts.field("source"),
                        keepEvidence(parts.field("keepEvidence")),
                        StatedPurpose.or(purpose, "hash bank management")));
        return created(new Entries(added.entries(), added.notes()));
    }

    @Operation(
            summary = "The file an entry was hashed from, when it was kept as evidence",
            description = "404 when the caller may not see the entry or none was kept. Always"
                    + " application/octet-stream, as an attachment; Repr-Digest carries the SHA-256.")
    @GetMapping("/api/v1/content/entries/{id}/evidence")
    void evidence(
            @PathVariable String id,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose,
            HttpServletResponse response)
            throws IOException {
        EvidenceDownloads.send(
                banks.evidence(CurrentViewer.get(), entryId(id), StatedPurpose.or(purpose, "evidence disclosure")),
                response);
    }

    record EntryChange(@Nullable Boolean enabled) {}

    @Operation(summary = "Disable an entry (a false positive) or enable it again: {\"enabled\": false}")
    @PatchMapping(path = "/api/v1/content/entries/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Entry change(
            @PathVariable String id,
            @RequestBody EntryChange change,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        return banks.setEnabled(
                CurrentViewer.get(), entryId(id), change.enabled(), StatedPurpose.or(purpose, "hash bank management"));
    }

    @Operation(summary = "One entry (404 when the caller may not see its bank)")
    @GetMapping("/api/v1/content/entries/{id}")
    Entry entry(@PathVariable String id, @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        return banks.entry(CurrentViewer.get(), entryId(id), StatedPurpose.or(purpose, "hash bank management"));
    }

    record LookupRequest(@Nullable List<Lookups.SignalQuery> signals) {}

    @Operation(summary = "Look up to 10,000 signals in every bank the caller may see")
    @PostMapping(path = "/api/v1/content/lookups", consumes = MediaType.APPLICATION_JSON_VALUE)
    Lookups.Answer lookup(
            @RequestBody LookupRequest request,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose,
            @RequestHeader(name = LOCATION, required = false) @Nullable String location) {
        return lookups.lookup(CurrentViewer.get(), request.signals(), context(purpose, location));
    }

    @Operation(
            summary = "Hash an uploaded file (\"file\" part, at most 25 MB) and look its signals up",
            description = "MD5 and SHA-256 always, PDQ when the file is an image; the file is not kept.")
    @PostMapping(path = "/api/v1/content/lookups", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Lookups.Answer lookupFile(
            HttpServletRequest request,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose,
            @RequestHeader(name = LOCATION, required = false) @Nullable String location)
            throws IOException {
        return uploads.read(
                request,
                Set.of(),
                "file",
                (file, parts) -> lookups.lookupFile(CurrentViewer.get(), file, context(purpose, location)));
    }

    static Lookups.Context context(@Nullable String purpose, @Nullable String location) {
        return new Lookups.Context(
                StatedPurpose.or(purpose, "content lookup"), location == null ? "" : location.strip());
    }

    static long entryId(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            // No entry has such an id: answered as any missing one.
            throw new org.interlink.common.NotFoundException("entry", id);
        }
    }

    private static boolean keepEvidence(@Nullable String text) {
        if (text == null || text.isBlank() || text.strip().equals("false")) {
            return false;
        }
        if (text.strip().equals("true")) {
            return true;
        }
        throw new InvalidInputException("keepEvidence", "must be true or false");
    }

    private static @Nullable List<String> labels(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Arrays.stream(text.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static ResponseEntity<Entries> created(Entries entries) {
        return ResponseEntity.created(URI.create("/api/v1/content/entries/"
                        + entries.entries().getFirst().id()))
                .body(entries);
    }
}
