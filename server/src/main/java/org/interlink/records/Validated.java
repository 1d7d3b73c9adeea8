package org.interlink.records;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A record body that passed its kind's rules: the normalised input as stored, the shared fields, and the columns
 * lists filter on.
 *
 * @param body the normalised input record ({@link PersonInput}, {@link DocumentInput}…), stored as JSON
 * @param label what a list shows for it
 * @param search lower-case text a search matches
 * @param country the alpha-2 country lists filter on
 */
record Validated(
        RecordKind kind,
        Object body,
        Validation.Common common,
        String label,
        String search,
        @Nullable String status,
        @Nullable String country,
        List<String> categories) {}
