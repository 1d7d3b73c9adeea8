package org.interlink.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interlink.access.CurrentViewer;
import org.interlink.access.Viewer;
import org.interlink.common.ConflictException;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.members.Countries;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The officer's pages: search every database with filters, read a record with its history and photos, create and edit
 * each kind through the same rules as the API, import NDJSON or the UN list with live progress, review records due for
 * review.
 */
@Controller
@RequestMapping("/records")
class RecordPages {

    private static final String KINDS = "{collection:persons|documents|vehicles|firearms|artworks}";
    private static final Logger log = LoggerFactory.getLogger(RecordPages.class);

    private final Records records;
    private final Imports imports;
    private final UnListImport unList;
    private final Countries countries;
    private final RecordSearch search;

    RecordPages(Records records, Imports imports, UnListImport unList, Countries countries, RecordSearch search) {
        this.search = search;
        this.records = records;
        this.imports = imports;
        this.unList = unList;
        this.countries = countries;
    }

    // ---------------------------------------------------------------- search

    @GetMapping
    String search(
            @RequestParam(defaultValue = "persons") String kind,
            @RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable String country,
            @RequestParam(required = false) @Nullable String status,
            @RequestParam(required = false) @Nullable String category,
            @RequestParam(required = false) @Nullable String updatedSince,
            @RequestParam(defaultValue = "false") boolean mine,
            @RequestParam(required = false) @Nullable String purpose,
            @RequestParam(required = false) @Nullable String cursor,
            @RequestParam(required = false) @Nullable String before,
            @RequestParam(required = false) @Nullable String page,
            Model model) {
        RecordKind recordKind =
                RecordKind.ofCollection(kind) == null ? RecordKind.PERSON : RecordKind.ofCollection(kind);
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("kind", recordKind);
        model.addAttribute("statuses", statuses(recordKind));
        model.addAttribute(
                "categories",
                java.util.Arrays.stream(PersonCategory.values()).map(Enum::name).toList());
        Map<String, @Nullable String> asked = new java.util.LinkedHashMap<>();
        asked.put("q", q);
        asked.put("country", country);
        asked.put("status", status);
        asked.put("category", category);
        asked.put("updatedSince", updatedSince);
        asked.put("purpose", purpose);
        asked.forEach(model::addAttribute);
        model.addAttribute("mine", mine);
        model.addAttribute("purpose", purpose == null || purpose.isBlank() ? Purposes.READ : purpose.strip());
        try {
            RecordFilter filter =
                    RecordsController.filter(recordKind.collection(), q, country, status, category, updatedSince, mine);
            ResultPage found =
                    search.find(CurrentViewer.get(), filter, cursor, before, pageNumber(page), searchPurpose(purpose));
            model.addAttribute("page", found);
            model.addAttribute("previousHref", neighbour(found.previous(), recordKind, asked, mine));
            model.addAttribute("nextHref", neighbour(found.next(), recordKind, asked, mine));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", e.errors());
            model.addAttribute("page", ResultPage.empty());
        }
        return "records/search";
    }

    private static int pageNumber(@Nullable String page) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            return Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("page", "must be a whole number from 1");
        }
    }

    private static String searchPurpose(@Nullable String purpose) {
        if (purpose != null && purpose.strip().length() > 200) {
            throw new InvalidInputException("purpose", "must be at most 200 characters");
        }
        return Purposes.of(purpose, Purposes.READ);
    }

    /** The address of the previous or next page: the same search, one step on. */
    private static @Nullable String neighbour(
            ResultPage.@Nullable Step step, RecordKind kind, Map<String, @Nullable String> asked, boolean mine) {
        if (step == null) {
            return null;
        }
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/records").queryParam("kind", kind.collection());
        asked.forEach((name, value) -> {
            if (value != null && !value.isBlank()) {
                uri.queryParam(name, value);
            }
        });
        if (mine) {
            uri.queryParam("mine", "true");
        }
        return uri.queryParam(step.parameter(), step.value()).encode().build().toUriString();
    }

    // ---------------------------------------------------------------- one record

    @GetMapping("/" + KINDS + "/{id}")
    String show(@PathVariable String collection, @PathVariable String id, Model model) {
        RecordKind kind = RecordsController.kind(collection);
        Viewer viewer = CurrentViewer.get();
        StoredRecord record = records.read(viewer, kind, id, Purposes.READ);
        model.addAttribute("record", record);
        model.addAttribute("kind", kind);
        model.addAttribute("rows", Display.rows(record));
        model.addAttribute("names", Display.names(record));
        model.addAttribute("owned", record.owner().equals(viewer.bureau()) && viewer.hasRole("EDITOR"));
        model.addAttribute(
                "photos",
                kind == RecordKind.PERSON || kind == RecordKind.ARTWORK
                        ? records.photos(viewer, kind, id, Purposes.READ)
                        : List.of());
        model.addAttribute("photosAllowed", kind == RecordKind.PERSON || kind == RecordKind.ARTWORK);
        model.addAttribute("history", History.describe(records.history(viewer, kind, id, Purposes.READ)));
        return "records/show";
    }

    @GetMapping("/" + KINDS + "/{id}/photos/{n}")
    ResponseEntity<byte[]> photo(@PathVariable String collection, @PathVariable String id, @PathVariable int n) {
        byte[] bytes = records.photo(CurrentViewer.get(), RecordsController.kind(collection), id, n, Purposes.READ);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(Photos.contentType(bytes)))
                .header("X-Content-Type-Options", "nosniff")
                .body(bytes);
    }

    @PostMapping("/" + KINDS + "/{id}/photos")
    String addPhoto(
            @PathVariable String collection,
            @PathVariable String id,
            @RequestParam("photo") MultipartFile photo,
            RedirectAttributes redirect) {
        try {
            if (photo.getSize() > Photos.MAX_BYTES) {
                throw new InvalidInputException("photo", "must be at most 5 MB");
            }
            records.addPhoto(
                    CurrentViewer.get(), RecordsController.kind(collection), id, photo.getBytes(), Purposes.WRITE);
            redirect.addFlashAttribute("message", "Photo added.");
        } catch (InvalidInputException | PayloadTooLargeException e) {
            redirect.addFlashAttribute(
                    "errors",
                    e instanceof InvalidInputException invalid
                            ? invalid.errors()
                            : List.of(new FieldError("photo", e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "redirect:/records/" + collection + "/" + id;
    }

    /** The confirmation step before deleting for good: what will be lost, and a required reason. */
    @GetMapping("/" + KINDS + "/{id}/delete")
    String confirmDelete(@PathVariable String collection, @PathVariable String id, Model model) {
        RecordKind kind = RecordsController.kind(collection);
        Viewer viewer = CurrentViewer.get();
        StoredRecord record = records.read(viewer, kind, id, Purposes.WRITE);
        if (!record.owner().equals(viewer.bureau()) || !viewer.hasRole("EDITOR")) {
            return "redirect:/records/" + collection + "/" + id;
        }
        model.addAttribute("record", record);
        model.addAttribute("kind", kind);
        return "records/delete";
    }

    @PostMapping("/" + KINDS + "/{id}/delete")
    String delete(
            @PathVariable String collection,
            @PathVariable String id,
            @RequestParam(required = false) @Nullable String reason,
            Model model,
            RedirectAttributes redirect) {
        RecordKind kind = RecordsController.kind(collection);
        try {
            records.delete(CurrentViewer.get(), kind, id, reason);
        } catch (InvalidInputException e) {
            model.addAttribute("record", records.read(CurrentViewer.get(), kind, id, Purposes.WRITE));
            model.addAttribute("kind", kind);
            model.addAttribute("reason", reason);
            model.addAttribute("errors", e.errors());
            return "records/delete";
        }
        redirect.addFlashAttribute("message", "The record was deleted for good.");
        return "redirect:/records?kind=" + collection + "&mine=true";
    }

    // ---------------------------------------------------------------- create and edit

    @GetMapping("/" + KINDS + "/new")
    String newForm(@PathVariable String collection, Model model) {
        RecordKind kind = RecordsController.kind(collection);
        Map<String, Object> values = new java.util.HashMap<>();
        if (kind == RecordKind.DOCUMENT) {
            countries.find(CurrentViewer.get().bureau()).ifPresent(c -> values.put("issuingCountry", c.icao()));
        }
        return form(model, kind, null, values, List.of());
    }

    @PostMapping("/" + KINDS)
    String create(
            @PathVariable String collection,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        RecordKind kind = RecordsController.kind(collection);
        Viewer viewer = CurrentViewer.get();
        try {
            StoredRecord created =
                    records.create(viewer, records.parse(kind, RecordForm.body(kind, form), viewer), Purposes.WRITE);
            redirect.addFlashAttribute("message", "Recorded.");
            return "redirect:/records/" + collection + "/" + created.id();
        } catch (InvalidInputException e) {
            return form(model, kind, null, RecordForm.values(kind, form), e.errors());
        } catch (NotIssuerException e) {
            return form(
                    model,
                    kind,
                    null,
                    RecordForm.values(kind, form),
                    List.of(new FieldError("issuingCountry", e.getMessage())));
        } catch (ConflictException e) {
            return form(
                    model,
                    kind,
                    null,
                    RecordForm.values(kind, form),
                    List.of(new FieldError("externalId", e.getMessage())));
        }
    }

    @GetMapping("/" + KINDS + "/{id}/edit")
    String edit(@PathVariable String collection, @PathVariable String id, Model model) {
        RecordKind kind = RecordsController.kind(collection);
        StoredRecord record = records.read(CurrentViewer.get(), kind, id, Purposes.WRITE);
        Map<String, Object> values = RecordForm.values(record);
        values.put("version", String.valueOf(record.version()));
        return form(model, kind, record.id(), values, List.of());
    }

    @PostMapping("/" + KINDS + "/{id}")
    String replace(
            @PathVariable String collection,
            @PathVariable String id,
            @RequestParam MultiValueMap<String, String> form,
            Model model,
            RedirectAttributes redirect) {
        RecordKind kind = RecordsController.kind(collection);
        Viewer viewer = CurrentViewer.get();
        try {
            long version = RecordsController.expectedVersion(form.getFirst("version"));
            records.replace(
                    viewer,
                    kind,
                    id,
                    version,
                    records.parse(kind, RecordForm.body(kind, form), viewer),
                    Purposes.WRITE);
            redirect.addFlashAttribute("message", "Saved.");
            return "redirect:/records/" + collection + "/" + id;
        } catch (InvalidInputException e) {
            return form(model, kind, id, RecordForm.values(kind, form), e.errors());
        } catch (NotIssuerException e) {
            return form(
                    model,
                    kind,
                    id,
                    RecordForm.values(kind, form),
                    List.of(new FieldError("issuingCountry", e.getMessage())));
        } catch (ConflictException e) {
            return form(
                    model, kind, id, RecordForm.values(kind, form), List.of(new FieldError("version", e.getMessage())));
        }
    }

    private String form(
            Model model, RecordKind kind, @Nullable String id, Map<String, Object> values, List<FieldError> errors) {
        model.addAttribute("kind", kind);
        model.addAttribute("id", id);
        model.addAttribute("fields", RecordForm.fields(kind));
        model.addAttribute("common", RecordForm.COMMON);
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        return "records/form";
    }

    // ---------------------------------------------------------------- review

    @GetMapping("/review")
    String review(Model model) {
        Viewer viewer = CurrentViewer.get();
        List<StoredRecord> due = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            due.addAll(records.list(
                            viewer,
                            new RecordFilter(kind, null, null, null, null, null, true, true),
                            Records.MAX_LIMIT,
                            null,
                            "retention review")
                    .items());
        }
        model.addAttribute("due", due);
        model.addAttribute(
                "defaultUntil",
                LocalDate.now(java.time.ZoneOffset.UTC).plusYears(1).toString());
        return "records/review";
    }

    @PostMapping("/" + KINDS + "/{id}/review")
    String extend(
            @PathVariable String collection,
            @PathVariable String id,
            @RequestParam String reviewBy,
            @RequestParam String reason,
            RedirectAttributes redirect) {
        try {
            LocalDate until = LocalDate.parse(reviewBy);
            records.extendReview(CurrentViewer.get(), RecordsController.kind(collection), id, until, reason);
            redirect.addFlashAttribute("message", "Review date extended to " + until + ".");
        } catch (DateTimeParseException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError("reviewBy", "must be a date YYYY-MM-DD")));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors());
        }
        return "redirect:/records/review";
    }

    // ---------------------------------------------------------------- imports

    @GetMapping("/imports")
    String imports(Model model) {
        Viewer viewer = CurrentViewer.get();
        model.addAttribute("recent", imports.recent(viewer, 20));
        model.addAttribute("gs", viewer.isGeneralSecretariat());
        return "records/imports";
    }

    @PostMapping("/imports")
    String startImport(@RequestParam String kind, @RequestParam("file") MultipartFile file, RedirectAttributes redirect)
            throws IOException {
        RecordKind recordKind = RecordKind.ofCollection(kind);
        if (recordKind == null || recordKind == RecordKind.FIREARM || recordKind == RecordKind.ARTWORK) {
            redirect.addFlashAttribute(
                    "errors", List.of(new FieldError("kind", "must be persons, documents or vehicles")));
            return "redirect:/records/imports";
        }
        Viewer viewer = CurrentViewer.get();
        // Spooled to a file so the request can answer at once; the import reads it line by line.
        Path spooled = Files.createTempFile("interlink-import", ".ndjson");
        file.transferTo(spooled);
        String id = imports.begin(viewer, recordKind, "ndjson", null);
        Thread.ofVirtual().name("import-" + id).start(() -> {
            try (InputStream in = Files.newInputStream(spooled)) {
                imports.runNdjson(id, viewer, recordKind, in, "bulk import");
            } catch (IOException | RuntimeException e) {
                log.warn("Import {} failed", id, e);
            } finally {
                try {
                    Files.deleteIfExists(spooled);
                } catch (IOException e) {
                    log.warn("Could not delete {}", spooled, e);
                }
            }
        });
        return "redirect:/records/imports/" + id;
    }

    @PostMapping("/imports/un")
    String importUnList(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
        try (InputStream in = file.getInputStream()) {
            ImportReport report = unList.run(CurrentViewer.get(), in);
            return "redirect:/records/imports/" + report.id();
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("errors", e.errors());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("errors", List.of(new FieldError("file", e.getMessage())));
        }
        return "redirect:/records/imports";
    }

    @GetMapping("/imports/{id}")
    String importPage(@PathVariable String id, Model model) {
        model.addAttribute("report", imports.report(CurrentViewer.get(), id));
        return "records/import";
    }

    /** htmx: the progress fragment, polled while the import runs. */
    @GetMapping("/imports/{id}/progress")
    String importProgress(@PathVariable String id, Model model) {
        model.addAttribute("report", imports.report(CurrentViewer.get(), id));
        return "records/import :: progress";
    }

    private static List<String> statuses(RecordKind kind) {
        Class<? extends Enum<?>> type = switch (kind) {
            case PERSON -> PersonCategory.class;
            case DOCUMENT -> DocumentInput.Status.class;
            case VEHICLE -> VehicleInput.Status.class;
            case FIREARM -> FirearmInput.Status.class;
            case ARTWORK -> ArtworkInput.Status.class;
        };
        return kind == RecordKind.PERSON
                ? List.of()
                : java.util.Arrays.stream(type.getEnumConstants())
                        .map(Enum::name)
                        .toList();
    }
}
