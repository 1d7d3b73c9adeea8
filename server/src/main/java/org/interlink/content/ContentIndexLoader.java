package org.interlink.content;

import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads every entry into {@link ContentIndex} at start-up, after demo data. Changes committed meanwhile reach the
 * index through {@link ContentFeed} as well; versions decide which copy stays, so none is lost or undone.
 */
@Component
class ContentIndexLoader {

    private static final Logger log = LoggerFactory.getLogger(ContentIndexLoader.class);

    private final ContentRows rows;
    private final ContentIndex index;
    private final ContentReadiness readiness;

    ContentIndexLoader(ContentRows rows, ContentIndex index, ContentReadiness readiness) {
        this.rows = rows;
        this.index = index;
        this.readiness = readiness;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1000) // after every module's demo data
    void load() {
        Instant start = Instant.now();
        rows.forEachIndexed(index::apply);
        readiness.ready();
        log.info(
                "Hash banks loaded: {} entries in {} ms",
                index.size(),
                Duration.between(start, Instant.now()).toMillis());
    }
}
