package org.interlink.records;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.members.Countries;
import org.jspecify.annotations.Nullable;

/**
 * Checks one request body field by field, collecting every problem (so the caller hears about all of them at once)
 * and answering normalised values: trimmed, NFC, upper-case codes. {@link #throwIfInvalid()} ends the check.
 */
final class Validation {

    private static final Pattern PARTIAL_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
    private static final Pattern FULL_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern EXTERNAL_ID = Pattern.compile("[\\p{L}\\p{N}._:/#-]{1,100}");

    private final List<FieldError> errors = new ArrayList<>();
    private final Countries countries;
    private final LocalDate today;

    Validation(Countries countries, LocalDate today) {
        this.countries = countries;
        this.today = today;
    }

    LocalDate today() {
        return today;
    }

    Countries countries() {
        return countries;
    }

    void reject(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    boolean isValid() {
        return errors.isEmpty();
    }

    List<FieldError> errors() {
        return List.copyOf(errors);
    }

    void throwIfInvalid() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** Optional free text: trimmed and NFC-normalised, null when blank; rejected when longer than {@code max}. */
    @Nullable
    String text(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = Normalizer.normalize(value.strip(), Normalizer.Form.NFC);
        if (text.length() > max) {
            reject(field, "must be at most " + max + " characters");
            return null;
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            reject(field, "must not contain control characters");
            return null;
        }
        return text;
    }

    /** Required free text; answers "" when missing (and rejects the field). */
    String required(String field, @Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            reject(field, "is required");
            return "";
        }
        String text = text(field, value, max);
        return text == null ? "" : text;
    }

    /** An ISO 3166-1 alpha-2 code of a member country, upper case. */
    @Nullable
    String country(String field, @Nullable String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!countries.isMember(code.strip())) {
            reject(field, "is not the alpha-2 code of a member country: " + clip(code));
            return null;
        }
        return code.strip().toUpperCase(Locale.ROOT);
    }

    /** A list of member country codes, without duplicates. */
    List<String> countryList(String field, @Nullable List<String> codes, int max) {
        if (codes == null) {
            return List.of();
        }
        if (codes.size() > max) {
            reject(field, "must hold at most " + max + " countries");
            return List.of();
        }
        LinkedHashSet<String> result = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = country(field + "[" + i + "]", codes.get(i));
            if (code == null && (codes.get(i) == null || codes.get(i).isBlank())) {
                reject(field + "[" + i + "]", "is empty");
            }
            if (code != null) {
                result.add(code);
            }
        }
        return List.copyOf(result);
    }

    /** One of an enum's constants (any case), upper case; rejected when required and missing. */
    <E extends Enum<E>> @Nullable String oneOf(String field, @Nullable String value, Class<E> type, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                reject(field, "is required");
            }
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return name;
            }
        }
        List<String> allowed =
                java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        reject(field, "must be one of " + String.join(", ", allowed));
        return null;
    }

    /** A date of birth, full or partial ({@code 1952}, {@code 1952-10}, {@code 1952-10-07}); real, not in the future. */
    @Nullable
    String partialDate(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var matcher = PARTIAL_DATE.matcher(value.strip());
        if (!matcher.matches()) {
            reject(field, "must be a date YYYY-MM-DD, or partial YYYY-MM or YYYY");
            return null;
        }
        try {
            int year = Integer.parseInt(matcher.group(1));
            LocalDate earliest;
            if (matcher.group(3) != null) {
                earliest = LocalDate.of(year, Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)));
            } else if (matcher.group(2) != null) {
                earliest =
                        YearMonth.of(year, Integer.parseInt(matcher.group(2))).atDay(1);
            } else {
                earliest = LocalDate.of(year, 1, 1);
            }
            if (year < 1850) {
                reject(field, "is before 1850");
                return null;
            }
            if (earliest.isAfter(today)) {
                reject(field, "is in the future");
                return null;
            }
        } catch (DateTimeException e) {
            reject(field, "is not a real date");
            return null;
        }
        return value.strip();
    }

    /** A full calendar date {@code YYYY-MM-DD} that exists. */
    @Nullable
    LocalDate date(String field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!FULL_DATE.matcher(value.strip()).matches()) {
            reject(field, "must be a date YYYY-MM-DD");
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeException e) {
            reject(field, "is not a real date");
            return null;
        }
    }

    /** A list of free-text items, blank items dropped. */
    List<String> texts(String field, @Nullable List<String> values, int maxItems, int maxLength) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > maxItems) {
            reject(field, "must hold at most " + maxItems + " items");
            return List.of();
        }
        List<String> result = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String text = text(field + "[" + i + "]", values.get(i), maxLength);
            if (text != null) {
                result.add(text);
            }
        }
        return List.copyOf(result);
    }

    /** The fields every record shares, checked against the viewer creating or replacing it. */
    Common common(
            RecordKind kind,
            Viewer viewer,
            @Nullable String externalId,
            @Nullable Restriction access,
            @Nullable String purpose,
            @Nullable String legalReference,
            @Nullable String reviewBy) {
        String external = text("externalId", externalId, 100);
        if (external != null && !EXTERNAL_ID.matcher(external).matches()) {
            reject("externalId", "may hold letters, digits and . _ : / # - only");
            external = null;
        }
        Restriction restriction = access == null ? Restriction.OPEN : access;
        for (String code : restriction.countries()) {
            if (!countries.isMember(code)) {
                reject("access.countries", "is not the alpha-2 code of a member country: " + code);
            }
        }
        if (!viewer.clearance().reaches(restriction.classification())) {
            reject("access.classification", "is above your clearance (" + viewer.clearance() + ")");
        }
        String why = text("purpose", purpose, 200);
        String legal = text("legalReference", legalReference, 200);
        LocalDate review = date("reviewBy", reviewBy);
        if (review != null && !review.isAfter(today)) {
            reject("reviewBy", "must be in the future");
        }
        if (review != null && review.isAfter(today.plusYears(kind.reviewYears()))) {
            reject("reviewBy", "may be at most " + kind.reviewYears() + " years ahead");
        }
        return new Common(
                external,
                restriction,
                why == null ? "international police cooperation" : why,
                legal,
                review == null ? today.plusYears(kind.reviewYears()) : review,
                review == null ? null : review.toString());
    }

    private static String clip(String value) {
        return value.length() <= 20 ? value : value.substring(0, 20) + "…";
    }

    /**
     * The shared fields, checked and defaulted.
     *
     * @param reviewBy the review date in force: as declared, else the kind's default from today
     * @param declaredReviewBy the review date as the body declared it, or null: what the stored body keeps, so a
     *     repeated import on a later day still finds the body unchanged
     */
    record Common(
            @Nullable String externalId,
            Restriction access,
            String purpose,
            @Nullable String legalReference,
            LocalDate reviewBy,
            @Nullable String declaredReviewBy) {}
}
