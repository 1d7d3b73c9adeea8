package org.interlink.federation;

import org.jspecify.annotations.Nullable;

/**
 * What a node tells the centre about its mirror, every {@code interlink.federation.report-interval}, on its own
 * status topic {@code interlink.status.<BUREAU>} (keyed by bureau, compacted: the centre needs only the last one).
 *
 * @param mirrorAsOf when the node last held everything committed for it (ISO-8601), null before its first sync
 * @param lagMillis centre send → node apply of the last message applied, -1 before the first
 * @param itemsHeld records in the node's mirror
 * @param reportedAt when the node sent this report (ISO-8601, the node's clock)
 */
record NodeReport(String bureau, @Nullable String mirrorAsOf, long lagMillis, long itemsHeld, String reportedAt) {

    static final String TOPIC_PREFIX = "interlink.status.";

    static String topic(String bureau) {
        return TOPIC_PREFIX + bureau;
    }
}
