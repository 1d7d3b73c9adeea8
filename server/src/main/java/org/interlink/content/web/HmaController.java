package org.interlink.content.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlink.access.CurrentViewer;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.content.Lookups;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The lookup of Meta's Hasher-Matcher-Actioner (HMA 2, {@code OpenMediaMatch}), so existing HMA clients can point at
 * Interlink: the same paths, parameters and answer shape, with Interlink's bearer tokens, access policy, hits and audit
 * (docs/CONTENT.md, "HMA compatibility", lists the differences). Answers only what {@link Lookups} answers: a bank the
 * caller may not see is never named.
 */
@Tag(name = "Content")
@RestController
class HmaController {

    private final Lookups lookups;
    private final Uploads uploads;

    HmaController(Lookups lookups, Uploads uploads) {
        this.lookups = lookups;
        this.uploads = uploads;
    }

    /** One match as HMA writes it; the distance is a string, as HMA's {@code pretty_str()} gives it. */
    record HmaMatch(@JsonProperty("bank_content_id") long bankContentId, String distance) {}

    @Operation(
            summary = "HMA-compatible lookup of one signal",
            description = "Answers {\"<bank name>\": [{\"bank_content_id\": 12, \"distance\": \"4\"}]}; an empty"
                    + " object when nothing the caller may see matched.")
    @GetMapping("/m/lookup")
    Map<String, List<HmaMatch>> lookup(
            @RequestParam(name = "signal_type", required = false) @Nullable String signalType,
            @RequestParam(required = false) @Nullable String signal,
            @RequestHeader(name = ContentController.PURPOSE, required = false) @Nullable String purpose,
            @RequestHeader(name = ContentController.LOCATION, required = false) @Nullable String location) {
        List<FieldError> errors = new ArrayList<>();
        if (signalType == null || signalType.isBlank()) {
            errors.add(new FieldError("signal_type", "required: pdq, md5, sha256 or url"));
        }
        if (signal == null || signal.isBlank()) {
            errors.add(new FieldError("signal", "required"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Lookups.Answer answer;
        try {
            answer = lookups.lookup(
                    CurrentViewer.get(),
                    List.of(new Lookups.SignalQuery(signalType, signal, null)),
                    ContentController.context(purpose, location));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(e.errors().stream()
                    .map(f -> new FieldError(f.field().endsWith("signalType") ? "signal_type" : "signal", f.message()))
                    .toList());
        }
        return byBank(answer.results().getFirst());
    }

    @Operation(
            summary = "HMA-compatible lookup of an uploaded photo",
            description = "multipart/form-data with a \"photo\" part (at most 25 MB); answers the matches by signal"
                    + " type: {\"pdq\": {\"<bank name>\": [...]}, \"md5\": {...}, \"sha256\": {...}}.")
    @PostMapping(path = "/m/lookup", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    Map<String, Map<String, List<HmaMatch>>> lookupFile(
            HttpServletRequest request,
            @RequestHeader(name = ContentController.PURPOSE, required = false) @Nullable String purpose,
            @RequestHeader(name = ContentController.LOCATION, required = false) @Nullable String location)
            throws IOException {
        Lookups.Answer answer = uploads.read(
                request,
                Set.of(),
                "photo",
                (file, parts) ->
                        lookups.lookupFile(CurrentViewer.get(), file, ContentController.context(purpose, location)));
        Map<String, Map<String, List<HmaMatch>>> out = new LinkedHashMap<>();
        for (Lookups.Result result : answer.results()) {
            out.put(result.signalType(), byBank(result));
        }
        return out;
    }

    private static Map<String, List<HmaMatch>> byBank(Lookups.Result result) {
        Map<String, List<HmaMatch>> out = new LinkedHashMap<>();
        for (Lookups.Match match : result.matches()) {
            out.computeIfAbsent(match.bankName(), k -> new ArrayList<>())
                    .add(new HmaMatch(match.entryId(), Integer.toString(match.distance())));
        }
        return out;
    }
}
