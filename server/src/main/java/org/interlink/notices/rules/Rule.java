package org.interlink.notices.rules;

import java.time.LocalDate;
import java.util.List;
import org.interlink.notices.NoticeRequest;

/**
 * One compliance rule a reviewer can read: an id, a severity, when it runs, what it checks, where the rule comes from,
 * and the check itself (pure: the request and today's date in, violations out).
 *
 * @param id stable, e.g. {@code RED-PENALTY-THRESHOLD}; findings and documentation name rules by it
 * @param checks what the rule checks, in one sentence
 * @param source where the rule comes from, e.g. {@code RPD Art. 83(1)(b)}
 */
public record Rule(String id, Severity severity, Stage stage, String checks, String source, Check check) {

    public Rule {
        if (stage == Stage.INPUT && severity != Severity.BLOCKING) {
            throw new IllegalArgumentException("input rules block: " + id);
        }
    }

    /** The check of a rule. */
    @FunctionalInterface
    interface Check {
        List<Violation> apply(NoticeRequest request, LocalDate today);
    }

    static Rule input(String id, String checks, String source, Check check) {
        return new Rule(id, Severity.BLOCKING, Stage.INPUT, checks, source, check);
    }

    static Rule blocking(String id, String checks, String source, Check check) {
        return new Rule(id, Severity.BLOCKING, Stage.REVIEW, checks, source, check);
    }

    static Rule flag(String id, String checks, String source, Check check) {
        return new Rule(id, Severity.FLAG, Stage.REVIEW, checks, source, check);
    }

    /** Runs the check and names its findings after this rule. */
    public List<Finding> evaluate(NoticeRequest request, LocalDate today) {
        return check.apply(request, today).stream()
                .map(v -> new Finding(id, severity, v.field(), v.message()))
                .toList();
    }
}
