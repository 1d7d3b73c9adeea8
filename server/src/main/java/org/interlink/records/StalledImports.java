package org.interlink.records;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a minute, marks as FAILED the imports that have shown no progress for {@link #STALLED} (see {@link
 * Imports#failStalled}). A running import commits a batch every second or so, so a quarter of an hour without one
 * means the node running it is gone; the limit is long so that a client sending slowly is not cut off. Safe on
 * several nodes: one idempotent update.
 */
@Component
class StalledImports {

    static final Duration STALLED = Duration.ofMinutes(15);

    private static final Logger log = LoggerFactory.getLogger(StalledImports.class);

    private final Imports imports;
    private final Clock clock = Clock.systemUTC();

    StalledImports(Imports imports) {
        this.imports = imports;
    }

    @Scheduled(fixedDelay = 60_000, initialDelay = 10_000)
    void sweep() {
        int failed = imports.failStalled(clock.instant().minus(STALLED));
        if (failed > 0) {
            log.warn("{} interrupted import(s) marked FAILED after {} without progress", failed, STALLED);
        }
    }
}
