package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.List;
import org.interlink.notices.NoticeRequest;

/**
 * INTERPOL–United Nations Security Council Special Notice: a person or entity subject to UN Security Council
 * sanctions (asset freeze, travel ban, arms embargo).
 */
public final class UnscNoticeRules {

    static final String SOURCE = "RPD (special notices, Art. 24); the UN Security Council's sanctions lists";

    static final Rule REQUIRED_FIELDS = Rule.input(
            "UNSC-REQUIRED-FIELDS",
            "The subject, the sanctions committee and the list entry (sanctions.committee, sanctions.reference) are"
                    + " given.",
            SOURCE,
            UnscNoticeRules::requiredFields);

    static final Rule LIST_REFERENCE = Rule.flag(
            "UNSC-LIST-REFERENCE",
            "The list entry looks like a UN sanctions list reference (e.g. QDi.431, KPi.066).",
            SOURCE,
            UnscNoticeRules::listReference);

    private UnscNoticeRules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(REQUIRED_FIELDS, LIST_REFERENCE);
    }

    static List<Violation> requiredFields(NoticeRequest r, LocalDate today) {
        return Required.forA("a UN Security Council Special Notice")
                .namedSubject(r)
                .text(
                        "sanctions.committee",
                        r.sanctions() == null ? null : r.sanctions().committee())
                .text(
                        "sanctions.reference",
                        r.sanctions() == null ? null : r.sanctions().reference())
                .violations();
    }

    static List<Violation> listReference(NoticeRequest r, LocalDate today) {
        if (r.sanctions() == null || r.sanctions().reference() == null) {
            return List.of();
        }
        String reference = r.sanctions().reference().strip();
        return reference.matches("[A-Z]{2}[ie]\\.\\d{3}")
                ? List.of()
                : List.of(new Violation(
                        "sanctions.reference",
                        "\"" + reference + "\" does not look like a UN sanctions list reference (e.g. QDi.431)"));
    }
}
