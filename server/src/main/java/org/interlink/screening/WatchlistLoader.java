package org.interlink.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.interlink.notices.Circulation;
import org.interlink.records.Records;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Builds the watchlist from PostgreSQL at start-up, streaming every record (constant memory beside the indexes
 * themselves), after demo data is seeded. While it builds, the health endpoint reports the watchlist OUT_OF_SERVICE and
 * the application refuses readiness; changes that arrive meanwhile are held and applied afterwards, in order, so a
 * record deleted during the build does not come back. Then {@link MatchingWarmUp} runs made-up checks for up to
 * {@code interlink.screening.warm-up} (health still OUT_OF_SERVICE, state "warming up"), so the first travellers after
 * a restart do not wait for the JIT compiler. The health component and the checks read the same {@link
 * WatchlistReadiness}: no check is answered while the health says the watchlist is out of service.
 */
@Component("watchlistHealthIndicator") // health component "watchlist"
class WatchlistLoader implements HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(WatchlistLoader.class);

    private final Watchlist watchlist;
    private final Records records;
    private final Circulation notices;
    private final ApplicationEventPublisher events;
    private final List<Runnable> held = new ArrayList<>();
    private final Duration warmUp;
    private final WatchlistReadiness readiness;
    private volatile boolean built;

    WatchlistLoader(
            Watchlist watchlist,
            Records records,
            Circulation notices,
            ApplicationEventPublisher events,
            WatchlistReadiness readiness,
            @Value("${interlink.screening.warm-up:10s}") Duration warmUp) {
        this.watchlist = watchlist;
        this.records = records;
        this.notices = notices;
        this.events = events;
        this.readiness = readiness;
        this.warmUp = warmUp;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1000) // after every module's demo data
    void build() {
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        Instant start = Instant.now();
        readiness.building();
        long[] counts = new long[3];
        records.forEachPerson(person -> {
            RecordsFeed.put(watchlist, person);
            counts[0]++;
        });
        notices.forEachPublished(notice ->
                records.person(notice.personId()).ifPresent(person -> NoticesFeed.put(watchlist, notice, person)));
        records.forEachDocument(document -> {
            watchlist.putDocument(RecordsFeed.watched(document));
            counts[1]++;
        });
        records.forEachVehicle(vehicle -> {
            RecordsFeed.put(watchlist, vehicle);
            counts[2]++;
        });
        List<Runnable> pending;
        synchronized (held) {
            pending = List.copyOf(held);
            held.clear();
            built = true;
        }
        pending.forEach(Runnable::run);
        log.info(
                "Watchlist built in {} s: {} persons, {} documents, {} vehicles ({} changes applied after)",
                Duration.between(start, Instant.now()).toMillis() / 1000.0,
                counts[0],
                counts[1],
                counts[2],
                pending.size());
        readiness.warmingUp();
        MatchingWarmUp.Report report = MatchingWarmUp.run(watchlist, warmUp);
        log.info(
                "Matching warmed up in {} s: {} made-up person checks and as many document look-ups",
                report.took().toMillis() / 1000.0,
                report.checks());
        readiness.ready();
        AvailabilityChangeEvent.publish(events, this, ReadinessState.ACCEPTING_TRAFFIC);
    }

    /** Applies a change now, or after the build if it is still running. */
    void apply(Runnable change) {
        if (!built) {
            synchronized (held) {
                if (!built) {
                    held.add(change);
                    return;
                }
            }
        }
        change.run();
    }

    @Override
    public Health health() {
        Watchlist.Sizes sizes = watchlist.sizes();
        Health.Builder builder = readiness.isReady() ? Health.up() : Health.outOfService();
        return builder.withDetail("state", readiness.state())
                .withDetail("persons", sizes.persons())
                .withDetail("documents", sizes.documents())
                .withDetail("vehicles", sizes.vehicles())
                .build();
    }
}
