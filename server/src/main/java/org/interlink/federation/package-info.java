/**
 * National nodes over Kafka. The same application runs as the <em>centre</em>, where bureaus write, or as a
 * <em>national node</em> for one bureau, holding a mirror of exactly what that bureau may see. At the centre every
 * committed change to a record reaches {@link org.interlink.federation.FanOut} through the event publication registry;
 * the publisher computes the record's audience among the nodes with the one access policy and sends upserts and
 * tombstones to one compacted topic per node in one Kafka transaction. A node applies its topic exactly once, its
 * offsets stored in the same database transaction as the change. See docs/FEDERATION.md.
 */
@NullMarked
package org.interlink.federation;

import org.jspecify.annotations.NullMarked;
