package org.interlink.screening;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.members.Countries;
import org.jspecify.annotations.Nullable;

/**
 * Which hits a list shows and in which order. Every field is optional; {@link #parse} rejects bad values naming each
 * field at once.
 *
 * @param status {@code OPEN}, {@code CONFIRMED} or {@code DISMISSED}
 * @param kind the matched record's kind: {@code PERSON}, {@code DOCUMENT}, {@code VEHICLE}, or another module's
 *     ({@code CONTENT_ENTRY})
 * @param bureau the other side of the hit: hits this bureau raised or hits on its records (alpha-2 code or {@code GS})
 * @param overdue only open hits whose answer is past due
 * @param order {@link Order#NEWEST} (the default) or {@link Order#DEADLINE}, overdue first
 */
public record HitFilter(
        @Nullable String status,
        @Nullable String kind,
        @Nullable String bureau,
        boolean overdue,
        Order order) {

    public static final List<String> STATUSES = List.of("OPEN", "CONFIRMED", "DISMISSED");
    /** Screening's record kinds, then other modules' item kinds ({@link MatchedItem#kind}). */
    public static final List<String> KINDS =
            List.of("PERSON", "DOCUMENT", "VEHICLE", "CONTENT_ENTRY", "CYBER_INDICATOR");

    /** Every hit, newest first. */
    public static final HitFilter ALL = new HitFilter(null, null, null, false, Order.NEWEST);

    /** How a list is sorted. */
    public enum Order {
        /** Newest first. */
        NEWEST,
        /** Earliest deadline first, so the overdue come first. */
        DEADLINE
    }

    /** The filter from request parameters (blank means unset), or a 400 naming every bad field. */
    public static HitFilter parse(
            @Nullable String status,
            @Nullable String kind,
            @Nullable String bureau,
            @Nullable String overdue,
            @Nullable String order,
            Countries countries) {
        List<FieldError> errors = new ArrayList<>();
        String s = oneOf("status", status, Set.copyOf(STATUSES), errors);
        String k = oneOf("kind", kind, Set.copyOf(KINDS), errors);
        String b = blank(bureau) ? null : bureau.strip().toUpperCase(Locale.ROOT);
        if (b != null && !b.equals("GS") && !countries.isMember(b)) {
            errors.add(new FieldError("bureau", "must be a member country's alpha-2 code (e.g. FR) or GS"));
        }
        boolean late = false;
        if (!blank(overdue)) {
            switch (overdue.strip()) {
                case "true" -> late = true;
                case "false" -> late = false;
                default -> errors.add(new FieldError("overdue", "must be true or false"));
            }
        }
        String o = oneOf("order", order, Set.of("NEWEST", "DEADLINE"), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new HitFilter(s, k, b, late, o == null ? Order.NEWEST : Order.valueOf(o));
    }

    private static @Nullable String oneOf(
            String field, @Nullable String value, Set<String> allowed, List<FieldError> errors) {
        if (blank(value)) {
            return null;
        }
        String upper = value.strip().toUpperCase(Locale.ROOT);
        if (!allowed.contains(upper)) {
            errors.add(new FieldError(field, "must be one of " + new java.util.TreeSet<>(allowed)));
            return null;
        }
        return upper;
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
