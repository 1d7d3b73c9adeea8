package org.interlink.federation;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** What the centre sent to each node: {@code interlink_federation_sent_total{node,kind}} in Prometheus. */
final class CentreMetrics {

    private final MeterRegistry registry;

    CentreMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void sent(String node, boolean tombstone) {
        Counter.builder("interlink.federation.sent")
                .description("Upserts and tombstones the centre sent to a national node")
                .tag("node", node)
                .tag("kind", tombstone ? "tombstone" : "upsert")
                .register(registry)
                .increment();
    }
}
