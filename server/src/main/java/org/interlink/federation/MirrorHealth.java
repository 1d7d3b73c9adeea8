package org.interlink.federation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code mirror} component of a node's health: its "as of", its age and whether that passed the bound. A stale
 * mirror stays UP (the node keeps screening, which is the point of having it) and says {@code stale: true}.
 */
final class MirrorHealth implements HealthIndicator {

    private final MirrorStatus status;
    private final Clock clock;

    MirrorHealth(MirrorStatus status, Clock clock) {
        this.status = status;
        this.clock = clock;
    }

    @Override
    public Health health() {
        Instant now = clock.instant();
        Instant asOf = status.asOf();
        Duration age = status.age(now);
        Health.Builder builder = Health.up()
                .withDetail("source", "mirror")
                .withDetail("mirrorAsOf", asOf == null ? "never" : asOf.toString())
                .withDetail("mirrorAgeSeconds", age == null ? -1 : age.toSeconds())
                .withDetail("maxAgeSeconds", status.maxAge().toSeconds())
                .withDetail("stale", status.stale(now))
                .withDetail("applied", status.appliedCount())
                .withDetail("lastLagMillis", status.lastLagMillis());
        return builder.build();
    }
}
