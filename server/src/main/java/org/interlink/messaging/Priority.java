package org.interlink.messaging;

/** How fast a message needs attention. */
public enum Priority {
    /** The default. */
    ROUTINE,
    /** Shown first and marked in every list. */
    URGENT
}
