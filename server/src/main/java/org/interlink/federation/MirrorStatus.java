package org.interlink.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * How current a node's mirror is. Its "as of" is the last moment the node had read everything committed to its topic:
 * while the link is down it stays put, so the mirror's age grows; past the configured bound the mirror is stale.
 */
final class MirrorStatus {

    private volatile @Nullable Instant asOf;
    private volatile @Nullable Instant lastApplied;
    private volatile long lastLagMillis = -1;
    private final AtomicLong applied = new AtomicLong();
    private final Duration maxAge;

    MirrorStatus(@Nullable Instant asOf, Duration maxAge) {
        this.asOf = asOf;
        this.maxAge = maxAge;
    }

    /** The last moment the mirror held everything the centre had committed for it; null before the first sync. */
    @Nullable
    Instant asOf() {
        return asOf;
    }

    void caughtUp(Instant at) {
        asOf = at;
    }

    /** A message was applied, {@code lag} after the centre sent it. */
    void applied(Instant at, Duration lag) {
        lastApplied = at;
        lastLagMillis = lag.toMillis();
        applied.incrementAndGet();
    }

    @Nullable
    Instant lastApplied() {
        return lastApplied;
    }

    /** Centre send → node apply of the last message, in milliseconds; -1 before the first. */
    long lastLagMillis() {
        return lastLagMillis;
    }

    long appliedCount() {
        return applied.get();
    }

    /** The mirror's age at {@code now}: since its "as of", or null when it never synchronised. */
    @Nullable
    Duration age(Instant now) {
        Instant at = asOf;
        return at == null ? null : Duration.between(at, now);
    }

    Duration maxAge() {
        return maxAge;
    }

    /** True when the mirror never synchronised or is older than the configured bound. */
    boolean stale(Instant now) {
        Duration age = age(now);
        return age == null || age.compareTo(maxAge) > 0;
    }
}
