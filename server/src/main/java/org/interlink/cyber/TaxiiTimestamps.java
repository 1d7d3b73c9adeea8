package org.interlink.cyber;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * TAXII timestamps ({@code date_added}, {@code added_after}, versions): RFC 3339 in UTC with milliseconds, or
 * microseconds when the instant has them (PostgreSQL keeps microseconds), so a value read back selects exactly.
 */
final class TaxiiTimestamps {

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private TaxiiTimestamps() {}

    static String format(Instant instant) {
        return (instant.getNano() % 1_000_000 == 0 ? MILLIS : MICROS).format(instant);
    }

    /** The timestamp, or a 400 naming the parameter. */
    static Instant parse(String field, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw TaxiiException.invalid(field, "must be a timestamp, e.g. 2026-12-07T10:00:00.000Z");
        }
    }
}
