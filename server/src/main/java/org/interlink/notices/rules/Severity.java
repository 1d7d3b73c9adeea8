package org.interlink.notices.rules;

/** How much a finding weighs. */
public enum Severity {
    /** The request cannot go further until it is corrected. */
    BLOCKING,
    /** A signal for the reviewer, who decides. */
    FLAG
}
