package org.interlink.cyber;

import java.time.Clock;
import java.util.UUID;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Pulls the enabled feeds that are due, one after another, every {@code interlink.cyber.feeds.sweep} (30 seconds).
 * Safe on several nodes: each pull claims its feed first ({@link Feeds#claim}), so a feed is pulled by one node at a
 * time, and a node that dies mid-pull gives the feed up when its lease passes.
 */
@Component
class FeedSchedule {

    private final Feeds feeds;
    private final FeedPuller puller;
    private final Clock clock = Clock.systemUTC();

    FeedSchedule(Feeds feeds, FeedPuller puller) {
        this.feeds = feeds;
        this.puller = puller;
    }

    @Scheduled(
            fixedDelayString = "${interlink.cyber.feeds.sweep:PT30S}",
            initialDelayString = "${interlink.cyber.feeds.sweep:PT30S}")
    void sweep() {
        for (UUID id : feeds.due(clock.instant(), 100)) {
            puller.pull(id);
        }
    }
}
