package org.interlink.cyber;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pulls the enabled feeds that are due, one after another, looking every {@code interlink.cyber.feeds.sweep} (30
 * seconds). The pulls run on a thread of their own, so a slow remote never holds the scheduler's thread that the
 * other jobs (retention, expiry, audit checkpoints) share; a sweep finding the previous one still pulling waits for
 * the next. Safe on several nodes: each pull claims its feed first ({@link Feeds#claim}), so a feed is pulled by one
 * node at a time, and a node that dies mid-pull gives the feed up when its lease passes.
 */
@Component
class FeedSchedule {

    private final Feeds feeds;
    private final FeedPuller puller;
    private final Clock clock = Clock.systemUTC();
    private final ExecutorService pulls = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("taxii-feeds").daemon().factory());
    private final AtomicBoolean pulling = new AtomicBoolean();

    FeedSchedule(Feeds feeds, FeedPuller puller) {
        this.feeds = feeds;
        this.puller = puller;
    }

    @Scheduled(
            fixedDelayString = "${interlink.cyber.feeds.sweep:PT30S}",
            initialDelayString = "${interlink.cyber.feeds.sweep:PT30S}")
    void sweep() {
        if (!pulling.compareAndSet(false, true)) {
            return;
        }
        pulls.execute(() -> {
            try {
                for (UUID id : feeds.due(clock.instant(), 100)) {
                    puller.pull(id);
                }
            } finally {
                pulling.set(false);
            }
        });
    }

    @PreDestroy
    void stop() {
        pulls.shutdownNow();
    }
}
