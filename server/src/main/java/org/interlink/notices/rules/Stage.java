package org.interlink.notices.rules;

/** When a rule runs. */
public enum Stage {
    /**
     * On every write of a request (create, replace): a failure is bad input, answered 400 listing every failing rule at
     * once, and nothing is stored. Input rules are always {@link Severity#BLOCKING}.
     */
    INPUT,
    /** When the request is submitted: the findings are shown to the reviewer beside the request. */
    REVIEW
}
