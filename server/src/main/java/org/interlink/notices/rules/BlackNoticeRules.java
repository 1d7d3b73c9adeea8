package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.List;
import org.interlink.notices.NoticeRequest;

/** Black Notice: to seek information on an unidentified body. */
public final class BlackNoticeRules {

    static final String SOURCE = "RPD Art. 91 (Black notices)";

    static final Rule REQUIRED_FIELDS = Rule.input(
            "BLACK-REQUIRED-FIELDS",
            "When, where and how the body was found (event.date, event.place, event.circumstances) and a description"
                    + " of the body are given.",
            SOURCE,
            BlackNoticeRules::requiredFields);

    static final Rule IDENTIFIERS = Rule.blocking(
            "BLACK-IDENTIFIERS",
            "The body can be identified by others: a photo, fingerprints or a DNA profile comes with the request.",
            SOURCE,
            BlackNoticeRules::identifiers);

    private BlackNoticeRules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(REQUIRED_FIELDS, IDENTIFIERS);
    }

    static List<Violation> requiredFields(NoticeRequest r, LocalDate today) {
        Required required = Required.forA("a Black Notice").text("description", r.description());
        if (r.event() == null) {
            return required.value("event", null).violations();
        }
        return required.value("event.date", r.event().date())
                .text("event.place", r.event().place())
                .text("event.circumstances", r.event().circumstances())
                .violations();
    }

    static List<Violation> identifiers(NoticeRequest r, LocalDate today) {
        if (Identification.hasPhoto(r) || Identification.hasFingerprints(r) || Identification.hasDna(r)) {
            return List.of();
        }
        return List.of(
                new Violation("identifiers", "an unidentified body needs a photo, fingerprints or a DNA profile"));
    }
}
