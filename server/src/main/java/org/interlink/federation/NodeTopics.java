package org.interlink.federation;

/** The one compacted topic per national node: {@code interlink.node.<bureau>}, keyed by record id. */
final class NodeTopics {

    static final String PREFIX = "interlink.node.";

    /** The header carrying the version of an upsert or of the change a tombstone answers. */
    static final String VERSION_HEADER = "version";

    private NodeTopics() {}

    static String of(String bureau) {
        return PREFIX + bureau;
    }
}
