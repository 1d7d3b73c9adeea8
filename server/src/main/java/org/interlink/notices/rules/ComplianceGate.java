package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.interlink.notices.NoticeRequest;
import org.interlink.notices.NoticeType;

/**
 * The compliance gate: runs the rules of a request's type, the common rules and the Article 3 signals. Pure: the same
 * request on the same day always gives the same findings.
 *
 * <p>Example: {@code ComplianceGate.assess(request, today)} for a Red Notice whose offence is punishable by 12 months
 * answers a {@code RED-PENALTY-THRESHOLD} finding, {@code BLOCKING}.
 */
public final class ComplianceGate {

    private ComplianceGate() {}

    /** The rules a request of this type meets, in the order they run. */
    public static List<Rule> rulesFor(NoticeType type) {
        List<Rule> rules = new ArrayList<>(CommonRules.rules());
        rules.addAll(
                switch (type) {
                    case RED -> RedNoticeRules.rules();
                    case YELLOW -> YellowNoticeRules.rules();
                    case BLUE -> BlueNoticeRules.rules();
                    case BLACK -> BlackNoticeRules.rules();
                    case GREEN -> GreenNoticeRules.rules();
                    case ORANGE -> OrangeNoticeRules.rules();
                    case PURPLE -> PurpleNoticeRules.rules();
                    case SILVER -> SilverNoticeRules.rules();
                    case UNSC -> UnscNoticeRules.rules();
                });
        rules.addAll(Article3Rules.rules());
        return List.copyOf(rules);
    }

    /** Every rule the gate implements, each once: for documentation and for the reviewer's reference page. */
    public static List<Rule> allRules() {
        List<Rule> rules = new ArrayList<>(CommonRules.rules());
        rules.addAll(RedNoticeRules.rules());
        rules.addAll(YellowNoticeRules.rules());
        rules.addAll(BlueNoticeRules.rules());
        rules.addAll(BlackNoticeRules.rules());
        rules.addAll(GreenNoticeRules.rules());
        rules.addAll(OrangeNoticeRules.rules());
        rules.addAll(PurpleNoticeRules.rules());
        rules.addAll(SilverNoticeRules.rules());
        rules.addAll(UnscNoticeRules.rules());
        rules.addAll(Article3Rules.rules());
        return List.copyOf(rules);
    }

    /** The findings of the input rules: bad input when not empty (every one of them is blocking). */
    public static List<Finding> checkInput(NoticeRequest request, LocalDate today) {
        return run(request, today, true);
    }

    /** The findings of every rule, input and review, as the reviewer sees them. */
    public static List<Finding> assess(NoticeRequest request, LocalDate today) {
        return run(request, today, false);
    }

    /** True when any finding stops the request. */
    public static boolean blocks(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.BLOCKING);
    }

    private static List<Finding> run(NoticeRequest request, LocalDate today, boolean inputOnly) {
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : rulesFor(request.type())) {
            if (!inputOnly || rule.stage() == Stage.INPUT) {
                findings.addAll(rule.evaluate(request, today));
            }
        }
        return List.copyOf(findings);
    }
}
