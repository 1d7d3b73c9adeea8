package org.interlink.messaging;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Daily clean-up ({@code interlink.messaging.housekeeping-cron}, default 02:40 UTC); idempotent, so every node of a
 * cluster may run it:
 *
 * <ul>
 *   <li>forgets {@code Idempotency-Key}s after {@code interlink.messaging.idempotency.retention} (default 7 days): a
 *       national system retries within minutes, not weeks, and a key kept forever is a row kept forever (a retry after
 *       that sends again);
 *   <li>deletes attachment content that no message refers to after an hour: content is committed before its message,
 *       and a send that failed in between, and could not clean up at once, leaves it behind.
 * </ul>
 */
@Component
class MessagingHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(MessagingHousekeeping.class);
    private static final Duration ORPHAN_AGE = Duration.ofHours(1);

    private final MessageRows rows;
    private final AttachmentBlobs blobs;
    private final Duration retention;
    private final Clock clock = Clock.systemUTC();

    MessagingHousekeeping(
            MessageRows rows,
            AttachmentBlobs blobs,
            @Value("${interlink.messaging.idempotency.retention:P7D}") Duration retention) {
        this.rows = rows;
        this.blobs = blobs;
        this.retention = retention;
    }

    @Scheduled(cron = "${interlink.messaging.housekeeping-cron:0 40 2 * * *}", zone = "UTC")
    void daily() {
        forgetOldKeys();
        sweepOrphanContent();
    }

    void forgetOldKeys() {
        int forgotten = rows.forgetIdempotencyKeys(clock.instant().minus(retention));
        if (forgotten > 0) {
            log.info("Forgot {} idempotency keys older than {}", forgotten, retention);
        }
    }

    void sweepOrphanContent() {
        int swept = blobs.sweepUnreferenced(clock.instant().minus(ORPHAN_AGE));
        if (swept > 0) {
            log.info("Deleted {} attachment blobs no message refers to", swept);
        }
    }
}
