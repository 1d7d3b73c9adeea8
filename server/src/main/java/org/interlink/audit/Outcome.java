package org.interlink.audit;

/** How a processing operation ended. */
public enum Outcome {
    SUCCESS,
    /** Refused by the access policy or by authentication. */
    DENIED,
    /** Asked for an item that does not exist (or that the caller may not see: the caller is told the same). */
    NOT_FOUND,
    /** Rejected input or a failure while processing. */
    FAILED
}
