package org.interlink.cyber;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Builds the check index from the database once the application is ready, then keeps it current from {@link
 * IndicatorsStored}, delivered after each import's commit by Spring Modulith's event publication registry (and
 * redelivered after a crash). Changes that arrive during the build are held and applied after it; every put is
 * idempotent.
 */
@Component
class IndexFeed {

    private static final Logger log = LoggerFactory.getLogger(IndexFeed.class);

    private final CheckIndex index;
    private final CyberObjects objects;
    private final CyberReadiness readiness;
    private final List<Object> held = new ArrayList<>();
    private volatile boolean built;

    IndexFeed(CheckIndex index, CyberObjects objects, CyberReadiness readiness) {
        this.index = index;
        this.objects = objects;
        this.readiness = readiness;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1000) // after every module's demo data
    void build() {
        long start = System.nanoTime();
        objects.forEachIndicator(index::put);
        List<Object> pending;
        synchronized (held) {
            pending = List.copyOf(held);
            held.clear();
            built = true;
        }
        pending.forEach(this::apply);
        readiness.ready();
        log.info(
                "Cyber check index built in {} ms: {} indicators, {} values",
                (System.nanoTime() - start) / 1_000_000,
                index.size(),
                index.values());
    }

    @ApplicationModuleListener
    void on(IndicatorsStored event) {
        holdOrApply(event);
    }

    /** Deleted versions: each id is dropped, then its latest version left (read after the delete's commit) put back. */
    @ApplicationModuleListener
    void on(IndicatorsDeleted event) {
        holdOrApply(event);
    }

    /** Until the index is built, a change waits in {@code held} and is applied after the build; then at once. */
    private void holdOrApply(Object event) {
        if (!built) {
            synchronized (held) {
                if (!built) {
                    held.add(event);
                    return;
                }
            }
        }
        apply(event);
    }

    private void apply(Object event) {
        if (event instanceof IndicatorsStored stored) {
            stored.indicators().forEach(index::put);
        } else if (event instanceof IndicatorsDeleted deleted) {
            for (String id : deleted.ids()) {
                index.remove(deleted.owner() + " " + id);
                objects.latestIndicator(deleted.owner(), id).ifPresent(index::put);
            }
        }
    }
}
