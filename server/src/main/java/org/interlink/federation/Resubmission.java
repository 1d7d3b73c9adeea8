package org.interlink.federation;

import java.time.Duration;
import java.time.Instant;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.core.TargetEventPublication;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Delivers again the changes whose fan-out failed (Kafka unreachable, a transaction refused): every few seconds the
 * federation listener's incomplete publications older than {@link #GRACE} are resubmitted, so a transient failure
 * delays a change instead of losing it until the next restart. Only federation's own publications are resubmitted:
 * other modules' listeners decide for themselves. A publication still in flight past the grace and resubmitted is
 * published twice, which the nodes absorb (an upsert that is not newer is ignored, a tombstone deletes nothing).
 */
class Resubmission {

    /** Longer than a fan-out takes on a loaded machine, so a publication in flight is rarely sent twice. */
    static final Duration GRACE = Duration.ofSeconds(5);

    private final IncompleteEventPublications incomplete;

    Resubmission(IncompleteEventPublications incomplete) {
        this.incomplete = incomplete;
    }

    @Scheduled(fixedDelay = 2_000, initialDelay = 2_000)
    void resubmit() {
        Instant before = Instant.now().minus(GRACE);
        incomplete.resubmitIncompletePublications(publication ->
                isFederation(publication) && publication.getPublicationDate().isBefore(before));
    }

    private static boolean isFederation(EventPublication publication) {
        return publication instanceof TargetEventPublication target
                && target.getTargetIdentifier().getValue().startsWith(FanOut.class.getName());
    }
}
