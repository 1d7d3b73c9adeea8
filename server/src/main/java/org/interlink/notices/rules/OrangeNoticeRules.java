package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.List;
import org.interlink.notices.NoticeRequest;

/** Orange Notice: a warning of an event, a person, an object or a process representing a serious and imminent threat. */
public final class OrangeNoticeRules {

    static final String SOURCE = "RPD Art. 93 (Orange notices)";

    static final Rule REQUIRED_FIELDS = Rule.input(
            "ORANGE-REQUIRED-FIELDS",
            "The threat (what it is, and why it is serious and imminent) is described.",
            SOURCE,
            OrangeNoticeRules::requiredFields);

    private OrangeNoticeRules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(REQUIRED_FIELDS);
    }

    static List<Violation> requiredFields(NoticeRequest r, LocalDate today) {
        return Required.forA("an Orange Notice").text("threat", r.threat()).violations();
    }
}
