package org.interlink.notices.rules;

/** One thing a rule objects to: the field and the message, before the rule adds its id and severity. */
record Violation(String field, String message) {}
