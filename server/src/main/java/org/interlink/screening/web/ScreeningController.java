package org.interlink.screening.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.interlink.access.CurrentViewer;
import org.interlink.common.CursorPage;
import org.interlink.common.StatedPurpose;
import org.interlink.members.Countries;
import org.interlink.platform.Admission;
import org.interlink.screening.Checks;
import org.interlink.screening.Hit;
import org.interlink.screening.HitDesk;
import org.interlink.screening.HitFilter;
import org.interlink.screening.Screening;
import org.interlink.screening.ScreeningResult;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The screening API of {@code API.md}: person, document, vehicle and passenger-list checks; hits and their follow-up. */
@Tag(name = "Screening")
@RestController
class ScreeningController {

    static final String PURPOSE = "X-Purpose";
    static final String LOCATION = "X-Location";

    private final Screening screening;
    private final HitDesk hits;
    private final Countries countries;

    ScreeningController(Screening screening, HitDesk hits, Countries countries) {
        this.screening = screening;
        this.hits = hits;
        this.countries = countries;
    }

    @Operation(summary = "Screen a person by name (any script), with optional date of birth, nationality and sex")
    @PostMapping("/api/v1/screening/persons")
    ScreeningResult persons(
            @RequestBody Checks.PersonCheck check,
            @Parameter(description = "why (audited); default: border check")
                    @RequestHeader(name = PURPOSE, required = false)
                    @Nullable
                    String purpose,
            @Parameter(description = "where, e.g. a border post")
                    @RequestHeader(name = LOCATION, required = false)
                    @Nullable
                    String location) {
        return screening.screenPerson(CurrentViewer.get(), check, context(purpose, location));
    }

    @Operation(summary = "Screen a travel document by number and ICAO issuing state, or by its raw MRZ")
    @PostMapping("/api/v1/screening/documents")
    ScreeningResult documents(
            @RequestBody Checks.DocumentCheck check,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose,
            @RequestHeader(name = LOCATION, required = false) @Nullable String location) {
        return screening.screenDocument(CurrentViewer.get(), check, context(purpose, location));
    }

    @Operation(summary = "Screen a vehicle by VIN or plate")
    @PostMapping("/api/v1/screening/vehicles")
    ScreeningResult vehicles(
            @RequestBody Checks.VehicleCheck check,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose,
            @RequestHeader(name = LOCATION, required = false) @Nullable String location) {
        return screening.screenVehicle(CurrentViewer.get(), check, context(purpose, location));
    }

    record Batch(@Nullable List<Screening.Traveller> travellers) {}

    @Operation(
            summary = "Screen a passenger list of up to 1,000 travellers",
            description = "Every valid traveller is screened (results, in list order); the others are listed in"
                    + " rejected with the field at fault and the reason, and do not stop the list.")
    @PostMapping("/api/v1/screening/batch")
    Screening.BatchResult batch(
            @RequestBody Batch batch,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose,
            @RequestHeader(name = LOCATION, required = false) @Nullable String location,
            HttpServletRequest request) {
        if (batch.travellers() != null && batch.travellers().size() <= Screening.MAX_TRAVELLERS) {
            // weighed at the door from its length; now that it is parsed, by its travellers (503 if they do not fit)
            Admission.weigh(request, batch.travellers().size());
        }
        return screening.screenBatch(CurrentViewer.get(), batch.travellers(), context(purpose, location));
    }

    @Operation(
            summary =
                    "The hits this bureau raised and the hits on its records (silent ones included), filtered and paged")
    @GetMapping("/api/v1/hits")
    CursorPage<Hit> hits(
            @RequestParam(defaultValue = "50") int limit,
            @RequestParam(required = false) @Nullable String cursor,
            @Parameter(description = "OPEN, CONFIRMED or DISMISSED") @RequestParam(required = false) @Nullable
                    String status,
            @Parameter(description = "PERSON, DOCUMENT or VEHICLE") @RequestParam(required = false) @Nullable
                    String kind,
            @Parameter(description = "the other bureau: hits it raised or hits on its records (alpha-2 or GS)")
                    @RequestParam(required = false)
                    @Nullable
                    String bureau,
            @Parameter(description = "true: only open hits past their deadline")
                    @RequestParam(required = false)
                    @Nullable
                    String overdue,
            @Parameter(description = "NEWEST (default) or DEADLINE (earliest deadline first, so overdue first)")
                    @RequestParam(required = false)
                    @Nullable
                    String order,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        HitFilter filter = HitFilter.parse(status, kind, bureau, overdue, order, countries);
        return hits.list(CurrentViewer.get(), filter, cursor, limit, purpose(purpose, "hit follow-up"));
    }

    @GetMapping("/api/v1/hits/{id}")
    Hit hit(@PathVariable String id, @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        return hits.get(CurrentViewer.get(), id, purpose(purpose, "hit follow-up"));
    }

    record Confirmation(@Nullable String actionTaken) {}

    record Dismissal(@Nullable String reason, @Nullable String note) {}

    @Operation(summary = "Confirm a hit, saying what was done")
    @PostMapping("/api/v1/hits/{id}/confirm")
    Hit confirm(
            @PathVariable String id,
            @RequestBody(required = false) @Nullable Confirmation body,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        return hits.confirm(
                CurrentViewer.get(), id, body == null ? null : body.actionTaken(), purpose(purpose, "hit follow-up"));
    }

    @Operation(summary = "Dismiss a hit as a false positive (reason: DIFFERENT_PERSON, DIFFERENT_DOCUMENT, …)")
    @PostMapping("/api/v1/hits/{id}/dismiss")
    Hit dismiss(
            @PathVariable String id,
            @RequestBody(required = false) @Nullable Dismissal body,
            @RequestHeader(name = PURPOSE, required = false) @Nullable String purpose) {
        return hits.dismiss(
                CurrentViewer.get(),
                id,
                body == null ? null : body.reason(),
                body == null ? null : body.note(),
                purpose(purpose, "hit follow-up"));
    }

    static Checks.Context context(@Nullable String purpose, @Nullable String location) {
        return new Checks.Context(purpose(purpose, "border check"), bounded(location == null ? "" : location));
    }

    static String purpose(@Nullable String given, String fallback) {
        return StatedPurpose.or(given, fallback);
    }

    private static String bounded(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200);
    }
}
