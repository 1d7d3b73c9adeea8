package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.List;
import org.interlink.notices.NoticeRequest;

/** Silver Notice: to trace and locate assets linked to a person's criminal activities (fraud, corruption, …). */
public final class SilverNoticeRules {

    static final String SOURCE = "INTERPOL Silver Notice pilot (2025), under the RPD's general conditions (Art. 73)";

    static final Rule REQUIRED_FIELDS = Rule.input(
            "SILVER-REQUIRED-FIELDS",
            "The asset (asset.kind, asset.description) and the offence it comes from (offence.summary,"
                    + " offence.legalProvision) are given.",
            SOURCE,
            SilverNoticeRules::requiredFields);

    private SilverNoticeRules() {}

    /** The rules of this class, in the order they run. */
    public static List<Rule> rules() {
        return List.of(REQUIRED_FIELDS);
    }

    static List<Violation> requiredFields(NoticeRequest r, LocalDate today) {
        return Required.forA("a Silver Notice")
                .text("asset.kind", r.asset() == null ? null : r.asset().kind())
                .text("asset.description", r.asset() == null ? null : r.asset().description())
                .text("offence.summary", Required.summary(r))
                .text("offence.legalProvision", Required.provision(r))
                .violations();
    }
}
