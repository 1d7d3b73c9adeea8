package org.interlink.notices.rules;

/**
 * What a rule found in a request.
 *
 * @param rule the rule's id, e.g. {@code RED-PENALTY-THRESHOLD}
 * @param severity whether it blocks the request or flags it for the reviewer
 * @param field the JSON path of the part of the request concerned, e.g. {@code offence.maxPenaltyMonths}
 * @param message what is wrong, quoting the text that triggered it
 */
public record Finding(String rule, Severity severity, String field, String message) {}
