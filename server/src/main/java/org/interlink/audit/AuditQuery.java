package org.interlink.audit;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * What an auditor asks of the log: every filter is optional and they combine with AND. Text filters match the stored
 * value exactly; {@code objectId} also finds a screening row among whose matched records it is.
 *
 * @param actor a user name or client id, e.g. {@code officer.fr}
 * @param bureau an alpha-2 code or {@code GS}
 * @param operation e.g. {@link Operation#READ}
 * @param objectId one object's id, e.g. a record's: "who consulted record X"
 * @param purpose the purpose as written, e.g. {@code border check}
 * @param location the place a check was made (its post), e.g. {@code CDG T2 gate 4}
 * @param from rows at or after this instant
 * @param to rows before this instant
 */
public record AuditQuery(
        @Nullable String actor,
        @Nullable String bureau,
        @Nullable Operation operation,
        @Nullable String objectId,
        @Nullable String purpose,
        @Nullable String location,
        @Nullable Instant from,
        @Nullable Instant to) {

    /** Every row. */
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null, null, null, null);

    /**
     * Reads the filters as an API or page caller gave them; blank means absent.
     *
     * <p>{@code from} and {@code to} are ISO 8601 instants ({@code 2026-12-07T09:30:00Z}) or dates; a date stands for
     * its whole day in UTC: {@code from=2026-12-01&to=2026-12-07} is the first week of December, both days included.
     *
     * @throws InvalidInputException naming every field that is not understood
     */
    public static AuditQuery parse(
            @Nullable String actor,
            @Nullable String bureau,
            @Nullable String operation,
            @Nullable String objectId,
            @Nullable String purpose,
            @Nullable String location,
            @Nullable String from,
            @Nullable String to) {
        List<FieldError> errors = new ArrayList<>();
        Operation op = null;
        if (present(operation)) {
            try {
                op = Operation.valueOf(operation.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(
                        new FieldError("operation", "is not one of " + java.util.Arrays.toString(Operation.values())));
            }
        }
        String object = text(objectId, "objectId", errors);
        if (object != null && object.contains(",")) {
            errors.add(new FieldError("objectId", "names one object; a comma is not part of an id"));
        }
        Instant start = instant(from, "from", false, errors);
        Instant end = instant(to, "to", true, errors);
        if (start != null && end != null && !start.isBefore(end)) {
            errors.add(new FieldError("to", "must be later than from"));
        }
        AuditQuery query = new AuditQuery(
                text(actor, "actor", errors),
                text(bureau, "bureau", errors),
                op,
                object,
                text(purpose, "purpose", errors),
                text(location, "location", errors),
                start,
                end);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return query;
    }

    /** The filters as URL query parameters (without a leading {@code ?}), e.g. for a page's links; empty for all. */
    public String toQueryString() {
        return filters().entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The filters given, by their parameter names, in a fixed order. */
    public Map<String, String> filters() {
        Map<String, String> filters = new LinkedHashMap<>();
        put(filters, "actor", actor);
        put(filters, "bureau", bureau);
        put(filters, "operation", operation == null ? null : operation.name());
        put(filters, "objectId", objectId);
        put(filters, "purpose", purpose);
        put(filters, "location", location);
        put(filters, "from", from == null ? null : from.toString());
        put(filters, "to", to == null ? null : to.toString());
        return filters;
    }

    private static void put(Map<String, String> filters, String name, @Nullable String value) {
        if (value != null) {
            filters.put(name, value);
        }
    }

    private static boolean present(@Nullable String value) {
        return value != null && !value.isBlank();
    }

    private static @Nullable String text(@Nullable String value, String field, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        String text = value.strip();
        if (text.length() > 200) {
            errors.add(new FieldError(field, "is longer than the 200 characters a log entry keeps"));
        }
        return text;
    }

    private static @Nullable Instant instant(
            @Nullable String value, String field, boolean endOfDay, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        String text = value.strip();
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            }
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "is not a date (2026-12-07) or an ISO 8601 time (2026-12-07T09:30:00Z)"));
            return null;
        }
    }
}
