package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.interlink.notices.NoticeRequest;

/** Blue Notice: to collect more information about a person's identity, location or activities in a criminal matter. */
public final class BlueNoticeRules {

    static final String SOURCE = "RPD Art. 88 (Blue notices)";

    static final Set<String> PURPOSES = Set.of("LOCATE", "IDENTIFY", "INFORMATION");

    static final Rule REQUIRED_FIELDS = Rule.input(
            "BLUE-REQUIRED-FIELDS",
            "The purpose (LOCATE, IDENTIFY or INFORMATION), the subject (named unless the purpose is IDENTIFY) and"
                    + " the criminal matter (offence.summary) are given.",
            SOURCE,
            BlueNoticeRules::requiredFields);

    static final Rule IDENTIFIERS = Rule.blocking(
            "BLUE-IDENTIFIERS",
            "To locate or inform: a name with a date of birth or a nationality, or a photo or fingerprints; to"
                    + " identify: a photo, fingerprints, a DNA profile or a physical description.",
            SOURCE,
            BlueNoticeRules::identifiers);

    private BlueNoticeRules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(REQUIRED_FIELDS, IDENTIFIERS);
    }

    static List<Violation> requiredFields(NoticeRequest r, LocalDate today) {
        Required required = Required.forA("a Blue Notice");
        if (r.purpose() == null || !PURPOSES.contains(r.purpose())) {
            required.value("purpose", null);
        }
        if (!"IDENTIFY".equals(r.purpose())) {
            required.namedSubject(r);
        }
        return required.text("offence.summary", Required.summary(r)).violations();
    }

    static List<Violation> identifiers(NoticeRequest r, LocalDate today) {
        boolean biometric = Identification.hasPhoto(r) || Identification.hasFingerprints(r);
        if ("IDENTIFY".equals(r.purpose())) {
            boolean described = !Texts.blank(r.description())
                    || (r.subject() != null && !Texts.blank(r.subject().description()));
            return biometric || Identification.hasDna(r) || described
                    ? List.of()
                    : List.of(new Violation(
                            "identifiers",
                            "a person to identify needs a photo, fingerprints, a DNA profile or a physical"
                                    + " description"));
        }
        boolean named = r.subject() != null
                && !r.subject().name().isBlank()
                && (r.subject().dateOfBirth() != null
                        || !r.subject().nationalities().isEmpty());
        return named || biometric
                ? List.of()
                : List.of(new Violation(
                        "subject",
                        "the subject cannot be recognised: give a name with a date of birth or a nationality, or a"
                                + " photo or fingerprints"));
    }
}
