package org.interlink.platform.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.interlink.access.Audience;
import org.interlink.access.Restriction;
import org.interlink.members.Countries;
import org.interlink.members.Country;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The one place that turns codes into words for the pages, read in templates as {@code @labels}: enum values into
 * labels, country codes into "FR — France", instants into "2026-12-07 14:05 UTC".
 *
 * <p>A label is the message {@code GROUP.VALUE} of the {@code messages} bundle in the request's locale (e.g. {@code
 * category.WANTED} → "Wanted"), so a translation is a new {@code messages_xx.properties}; a value the bundle lacks is
 * shown as a sentence ("FOREIGN_TERRORIST_FIGHTER" → "Foreign terrorist fighter"), never as the code.
 */
@Component("labels")
public class Labels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT);

    private final MessageSource messages;
    private final Countries countries;

    Labels(MessageSource messages, Countries countries) {
        this.messages = messages;
        this.countries = countries;
    }

    /** The label of {@code value} in {@code group}, e.g. {@code of('status', 'OPEN')} → "Open"; empty for null. */
    public String of(String group, @Nullable Object value) {
        if (value == null) {
            return "";
        }
        String code = value instanceof Enum<?> e ? e.name() : value.toString();
        if (code.isBlank()) {
            return "";
        }
        return messages.getMessage(group + "." + code, null, sentence(code), LocaleContextHolder.getLocale());
    }

    /**
     * A text that starts with a code, as a dismissal note does ("DIFFERENT_PERSON: twin brother"), with the code put
     * into words ("Different person: twin brother"); other texts as they are.
     */
    public String reasoned(String group, @Nullable String text) {
        if (text == null) {
            return "";
        }
        int colon = text.indexOf(": ");
        String code = colon < 0 ? text : text.substring(0, colon);
        if (!code.matches("[A-Z][A-Z_]*")) {
            return text;
        }
        return of(group, code) + (colon < 0 ? "" : text.substring(colon));
    }

    /** The labels of several values, joined by ", ". */
    public String all(String group, @Nullable Collection<?> values) {
        if (values == null) {
            return "";
        }
        return String.join(", ", values.stream().map(v -> of(group, v)).toList());
    }

    /** "FR — France"; the General Secretariat as "GS — General Secretariat"; an unknown code as it is. */
    public String country(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = name(code);
        return name.equals(code) ? code : code + " — " + name;
    }

    /** Several codes as {@link #country}, in alphabetical order of code, joined by ", ". */
    public String countries(@Nullable Collection<String> codes) {
        if (codes == null) {
            return "";
        }
        return String.join(", ", codes.stream().sorted().map(this::country).toList());
    }

    /** A restriction in words: "Restricted · Only DE — Germany, IT — Italy", "Official · All member countries". */
    public String restriction(@Nullable Restriction restriction) {
        if (restriction == null) {
            return "";
        }
        String audience = of("audience", restriction.audience());
        return of("classification", restriction.classification()) + " · "
                + (restriction.audience() == Audience.ALL
                        ? audience
                        : audience + " " + countries(restriction.countries()));
    }

    /** The country's (or the General Secretariat's) name alone, or the code when it is not a member. */
    public String name(String code) {
        if (code.equals("GS")) {
            return messages.getMessage("bureau.GS", null, "General Secretariat", LocaleContextHolder.getLocale());
        }
        return countries.find(code).map(Country::name).orElse(code);
    }

    /** The member countries by name, for pickers. */
    public List<Country> countryList() {
        return countries.all().stream()
                .sorted(java.util.Comparator.comparing(Country::name))
                .toList();
    }

    /**
     * A moment as ISO 8601 date and minute with its zone, always UTC ("2026-12-07 14:05 UTC"), so officers in different
     * countries read the same time; empty for null. Takes an {@code Instant}, an offset or zoned date-time, a
     * {@code LocalDateTime} (taken as UTC) or an ISO 8601 text of one of them.
     */
    public String time(@Nullable Object value) {
        Instant instant = instant(value);
        return instant == null ? "" : TIME.format(instant.atOffset(ZoneOffset.UTC));
    }

    /** The moment in full ISO 8601 ("2026-12-07T14:05:09Z"), for a {@code <time datetime>}; empty for null. */
    public String iso(@Nullable Object value) {
        Instant instant = instant(value);
        return instant == null ? "" : instant.toString();
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case ZonedDateTime z -> z.toInstant();
            case LocalDateTime l -> l.toInstant(ZoneOffset.UTC);
            case TemporalAccessor t -> Instant.from(t);
            case String text when text.isBlank() -> null;
            case String text -> OffsetDateTime.parse(text).toInstant();
            default ->
                throw new IllegalArgumentException(
                        "not a moment: " + value.getClass().getSimpleName());
        };
    }

    /** "FOREIGN_TERRORIST_FIGHTER" → "Foreign terrorist fighter". */
    static String sentence(String code) {
        String words = code.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
