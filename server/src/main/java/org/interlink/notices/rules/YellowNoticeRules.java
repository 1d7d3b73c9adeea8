package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.List;
import org.interlink.notices.NoticeRequest;

/** Yellow Notice: to locate a missing person, or to identify a person unable to identify themselves. */
public final class YellowNoticeRules {

    static final String SOURCE = "RPD Art. 90 (Yellow notices)";

    static final Rule REQUIRED_FIELDS = Rule.input(
            "YELLOW-REQUIRED-FIELDS",
            "The missing person, and when, where and how they disappeared (event.date, event.place,"
                    + " event.circumstances) are given.",
            SOURCE,
            YellowNoticeRules::requiredFields);

    static final Rule IDENTIFIERS = Rule.blocking(
            "YELLOW-IDENTIFIERS",
            "The missing person can be recognised: a name and a date of birth (at least the year), or a photo.",
            SOURCE,
            YellowNoticeRules::identifiers);

    private YellowNoticeRules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(REQUIRED_FIELDS, IDENTIFIERS);
    }

    static List<Violation> requiredFields(NoticeRequest r, LocalDate today) {
        Required required = Required.forA("a Yellow Notice").namedSubject(r);
        if (r.event() == null) {
            return required.value("event", null).violations();
        }
        return required.value("event.date", r.event().date())
                .text("event.place", r.event().place())
                .text("event.circumstances", r.event().circumstances())
                .violations();
    }

    static List<Violation> identifiers(NoticeRequest r, LocalDate today) {
        if (Identification.hasNameAndBirthYear(r) || Identification.hasPhoto(r)) {
            return List.of();
        }
        return List.of(new Violation(
                "subject",
                "the missing person cannot be recognised: give a name and a date of birth (at least the year), or a"
                        + " photo"));
    }
}
