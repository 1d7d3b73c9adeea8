package org.interlink.records;

import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What a list or search asks for, beyond what the viewer may see.
 *
 * @param text words that must occur in a name, number or reference (case-insensitive)
 * @param country alpha-2: nationality, issuing or registration country
 * @param mine only the viewer's bureau's own records
 * @param reviewDue only records the retention job has marked for review
 */
record RecordFilter(
        RecordKind kind,
        @Nullable String text,
        @Nullable String country,
        @Nullable String status,
        @Nullable String category,
        @Nullable Instant updatedSince,
        boolean mine,
        boolean reviewDue) {

    RecordFilter {
        text = blankToNull(text) == null ? null : text.strip().toLowerCase(Locale.ROOT);
        country = blankToNull(country) == null ? null : country.strip().toUpperCase(Locale.ROOT);
        status = blankToNull(status) == null ? null : status.strip().toUpperCase(Locale.ROOT);
        category = blankToNull(category) == null ? null : category.strip().toUpperCase(Locale.ROOT);
    }

    static RecordFilter all(RecordKind kind) {
        return new RecordFilter(kind, null, null, null, null, null, false, false);
    }

    /** The same filter without its words: a name search finds its candidates elsewhere and filters on the rest. */
    RecordFilter withoutText() {
        return new RecordFilter(kind, null, country, status, category, updatedSince, mine, reviewDue);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
