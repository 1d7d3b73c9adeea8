package org.interlink.federation;

/** What this instance of the application is in a federation. */
enum Role {
    /** Where bureaus write; publishes each node's share. The default, and federation is off without Kafka. */
    CENTRE,
    /** A national node for one bureau: holds and screens a mirror of what the bureau may see. */
    NODE
}
