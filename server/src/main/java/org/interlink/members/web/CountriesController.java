package org.interlink.members.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.interlink.common.CursorPage;
import org.interlink.common.InvalidInputException;
import org.interlink.members.Countries;
import org.interlink.members.Country;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Members")
@RestController
class CountriesController {

    static final int MAX_LIMIT = 200;

    private final Countries countries;

    CountriesController(Countries countries) {
        this.countries = countries;
    }

    /** The member countries in code order; the cursor is the last code of the previous page. */
    @Operation(summary = "List the member countries")
    @GetMapping("/api/v1/countries")
    CursorPage<Country> list(
            @RequestParam(defaultValue = "200") int limit, @RequestParam(required = false) @Nullable String cursor) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        List<Country> after = countries.all().stream()
                .filter(c -> cursor == null || c.code().compareTo(cursor) > 0)
                .limit(limit + 1L)
                .toList();
        boolean more = after.size() > limit;
        List<Country> page = more ? after.subList(0, limit) : after;
        return new CursorPage<>(page, more ? page.getLast().code() : null);
    }
}
