package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.List;
import org.interlink.notices.NoticeRequest;

/** Purple Notice: information on the modus operandi, objects, devices and concealment methods used by criminals. */
public final class PurpleNoticeRules {

    static final String SOURCE = "RPD Art. 92 (Purple notices)";

    static final Rule REQUIRED_FIELDS = Rule.input(
            "PURPLE-REQUIRED-FIELDS",
            "The modus operandi and the offence it served (offence.summary) are described.",
            SOURCE,
            PurpleNoticeRules::requiredFields);

    static final Rule NO_PERSON = Rule.blocking(
            "PURPLE-NO-PERSON",
            "A Purple Notice describes a method, not a person: it has no subject.",
            SOURCE,
            PurpleNoticeRules::noPerson);

    private PurpleNoticeRules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(REQUIRED_FIELDS, NO_PERSON);
    }

    static List<Violation> requiredFields(NoticeRequest r, LocalDate today) {
        return Required.forA("a Purple Notice")
                .text("modusOperandi", r.modusOperandi())
                .text("offence.summary", Required.summary(r))
                .violations();
    }

    static List<Violation> noPerson(NoticeRequest r, LocalDate today) {
        return r.subject() == null
                ? List.of()
                : List.of(new Violation(
                        "subject",
                        "a Purple Notice names no one: remove the subject \""
                                + r.subject().name() + "\" (use a Blue or Green Notice for a person)"));
    }
}
