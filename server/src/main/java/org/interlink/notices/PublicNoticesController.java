package org.interlink.notices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public extracts of Red and Yellow notices, in the shape of INTERPOL's public notices API; no sign-in. Only a
 * published notice whose requester consented, shared with every member at OFFICIAL, is ever answered: anything else
 * is 404, as a missing one.
 */
@Tag(name = "Public notices")
@RestController
@RequestMapping("/public/v1/notices")
class PublicNoticesController {

    static final int MAX_PER_PAGE = 160;

    private final PublicExtracts extracts;

    PublicNoticesController(PublicExtracts extracts) {
        this.extracts = extracts;
    }

    @Operation(summary = "Search the public extracts of Red or Yellow notices")
    @GetMapping("/{colour:red|yellow}")
    Map<String, Object> search(
            @PathVariable String colour,
            @RequestParam(required = false) @Nullable String name,
            @RequestParam(required = false) @Nullable String forename,
            @RequestParam(required = false) @Nullable String nationality,
            @RequestParam(required = false) @Nullable Integer ageMin,
            @RequestParam(required = false) @Nullable Integer ageMax,
            @RequestParam(required = false) @Nullable String sexId,
            @RequestParam(required = false) @Nullable String arrestWarrantCountryId,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int resultPerPage) {
        List<FieldError> errors = new ArrayList<>();
        if (page < 1) {
            errors.add(new FieldError("page", "must be 1 or more"));
        }
        if (resultPerPage < 1 || resultPerPage > MAX_PER_PAGE) {
            errors.add(new FieldError("resultPerPage", "must be between 1 and " + MAX_PER_PAGE));
        }
        if (ageMin != null && (ageMin < 0 || ageMin > 120)) {
            errors.add(new FieldError("ageMin", "must be between 0 and 120"));
        }
        if (ageMax != null && (ageMax < 0 || ageMax > 120)) {
            errors.add(new FieldError("ageMax", "must be between 0 and 120"));
        }
        if (sexId != null && !sexId.isBlank() && !List.of("M", "F", "U").contains(sexId.toUpperCase(Locale.ROOT))) {
            errors.add(new FieldError("sexId", "must be M, F or U"));
        }
        if (nationality != null && !nationality.isBlank() && !nationality.matches("[A-Za-z]{2}")) {
            errors.add(new FieldError("nationality", "must be an ISO 3166-1 alpha-2 code"));
        }
        if (arrestWarrantCountryId != null
                && !arrestWarrantCountryId.isBlank()
                && !arrestWarrantCountryId.matches("[A-Za-z]{2}")) {
            errors.add(new FieldError("arrestWarrantCountryId", "must be an ISO 3166-1 alpha-2 code"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        PublicExtracts.Query query = new PublicExtracts.Query(
                type(colour),
                blankToNull(name),
                blankToNull(forename),
                nationality == null || nationality.isBlank() ? null : nationality.toUpperCase(Locale.ROOT),
                ageMin,
                ageMax,
                sexId == null || sexId.isBlank() ? null : sexId.toUpperCase(Locale.ROOT),
                arrestWarrantCountryId == null || arrestWarrantCountryId.isBlank()
                        ? null
                        : arrestWarrantCountryId.toUpperCase(Locale.ROOT),
                page,
                resultPerPage);
        PublicExtracts.Result result = extracts.search(query);
        String base = "/public/v1/notices/" + colour;
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("total", result.total());
        Map<String, Object> echoed = new LinkedHashMap<>();
        echoed.put("page", page);
        echoed.put("resultPerPage", resultPerPage);
        putIfPresent(echoed, "name", name);
        putIfPresent(echoed, "forename", forename);
        putIfPresent(echoed, "nationality", nationality);
        putIfPresent(echoed, "ageMin", ageMin);
        putIfPresent(echoed, "ageMax", ageMax);
        putIfPresent(echoed, "sexId", sexId);
        putIfPresent(echoed, "arrestWarrantCountryId", arrestWarrantCountryId);
        answer.put("query", echoed);
        answer.put(
                "_embedded",
                Map.of(
                        "notices",
                        result.items().stream().map(e -> summary(base, e)).toList()));
        long last = Math.max(1, (result.total() + resultPerPage - 1) / resultPerPage);
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", href(base + "?page=" + page + "&resultPerPage=" + resultPerPage));
        links.put("first", href(base + "?page=1&resultPerPage=" + resultPerPage));
        if (page < last) {
            links.put("next", href(base + "?page=" + (page + 1) + "&resultPerPage=" + resultPerPage));
        }
        links.put("last", href(base + "?page=" + last + "&resultPerPage=" + resultPerPage));
        answer.put("_links", links);
        return answer;
    }

    @Operation(summary = "One public extract")
    @GetMapping("/{colour:red|yellow}/{id}")
    Map<String, Object> get(@PathVariable String colour, @PathVariable String id) {
        PublicExtracts.Extract e =
                extracts.find(type(colour), id).orElseThrow(() -> new NotFoundException("notice", id));
        String base = "/public/v1/notices/" + colour;
        Map<String, Object> answer = summary(base, e);
        answer.put("sex_id", e.sex());
        answer.put("place_of_birth", e.placeOfBirth());
        if (e.type() == NoticeType.RED) {
            Map<String, Object> warrant = new LinkedHashMap<>();
            warrant.put("charge", e.charge());
            warrant.put("issuing_country_id", e.owner());
            warrant.put("charge_translation", null);
            answer.put("arrest_warrants", List.of(warrant));
        } else {
            answer.put("date_of_event", e.eventDate());
            answer.put("place", e.eventPlace());
            answer.put("country", e.owner());
        }
        return answer;
    }

    @Operation(summary = "The images of a public extract")
    @GetMapping("/{colour:red|yellow}/{id}/images")
    Map<String, Object> images(@PathVariable String colour, @PathVariable String id) {
        PublicExtracts.Extract e =
                extracts.find(type(colour), id).orElseThrow(() -> new NotFoundException("notice", id));
        String base = "/public/v1/notices/" + colour + "/" + id;
        List<Object> images = e.hasPhoto()
                ? List.of(Map.of("picture_id", "1", "_links", Map.of("self", href(base + "/images/1"))))
                : List.of();
        return Map.of(
                "_embedded",
                Map.of("images", images),
                "_links",
                Map.of("self", href(base + "/images"), "notice", href(base)));
    }

    @Operation(summary = "One image of a public extract")
    @GetMapping("/{colour:red|yellow}/{id}/images/{n}")
    ResponseEntity<byte[]> image(@PathVariable String colour, @PathVariable String id, @PathVariable String n) {
        if (!n.equals("1")) {
            throw new NotFoundException("image", id);
        }
        Notices.Photo photo = extracts.photo(type(colour), id).orElseThrow(() -> new NotFoundException("image", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.contentType()))
                .body(photo.bytes());
    }

    private static Map<String, Object> summary(String base, PublicExtracts.Extract e) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("entity_id", e.id());
        item.put("name", e.name());
        item.put("forename", e.forename());
        item.put(
                "date_of_birth",
                e.dateOfBirth() == null ? null : e.dateOfBirth().replace('-', '/'));
        item.put("nationalities", e.nationalities());
        Map<String, Object> links = new LinkedHashMap<>();
        links.put("self", href(base + "/" + e.id()));
        links.put("images", href(base + "/" + e.id() + "/images"));
        if (e.hasPhoto()) {
            links.put("thumbnail", href(base + "/" + e.id() + "/images/1"));
        }
        item.put("_links", links);
        return item;
    }

    private static Map<String, String> href(String path) {
        return Map.of("href", path);
    }

    private static NoticeType type(String colour) {
        return colour.equals("red") ? NoticeType.RED : NoticeType.YELLOW;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void putIfPresent(Map<String, Object> map, String key, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            map.put(key, value);
        }
    }
}
