package org.interlink.common;

import java.util.Arrays;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reading the optional filters of list endpoints the same way everywhere. */
public final class QueryParameters {

    private QueryParameters() {}

    /**
     * An optional enum filter, case-insensitive: null when absent or blank.
     *
     * @throws InvalidInputException naming {@code field} and the allowed values when the value is none of them
     */
    public static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
