package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.List;
import org.interlink.notices.NoticeRequest;

/** Green Notice: a warning about a person's criminal activities, where the person may repeat them elsewhere. */
public final class GreenNoticeRules {

    static final String SOURCE = "RPD Art. 89 (Green notices)";

    static final Rule REQUIRED_FIELDS = Rule.input(
            "GREEN-REQUIRED-FIELDS",
            "The subject, the criminal activities (offence.summary) and why the person is a threat to public safety"
                    + " (threat) are given.",
            SOURCE,
            GreenNoticeRules::requiredFields);

    static final Rule IDENTIFIERS = Rule.blocking(
            "GREEN-IDENTIFIERS",
            "The subject can be identified: a name and a date of birth (at least the year), or a photo, or"
                    + " fingerprints.",
            SOURCE,
            GreenNoticeRules::identifiers);

    private GreenNoticeRules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(REQUIRED_FIELDS, IDENTIFIERS);
    }

    static List<Violation> requiredFields(NoticeRequest r, LocalDate today) {
        return Required.forA("a Green Notice")
                .namedSubject(r)
                .text("offence.summary", Required.summary(r))
                .text("threat", r.threat())
                .violations();
    }

    static List<Violation> identifiers(NoticeRequest r, LocalDate today) {
        if (Identification.hasNameAndBirthYear(r) || Identification.hasPhoto(r) || Identification.hasFingerprints(r)) {
            return List.of();
        }
        return List.of(new Violation(
                "subject",
                "the subject cannot be identified: give a name and a date of birth (at least the year), or a photo,"
                        + " or fingerprints"));
    }
}
