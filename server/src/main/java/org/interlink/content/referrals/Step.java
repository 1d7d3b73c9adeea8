package org.interlink.content.referrals;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One step of a referral's history.
 *
 * <p>Public: the pages' templates read it.
 *
 * @param step {@code CREATED}, {@code SENT}, {@code ACKNOWLEDGED} or {@code ACTED}
 * @param note what the person said with it (e.g. what was done), or null
 */
public record Step(
        Instant at,
        String actor,
        String bureau,
        String step,
        @Nullable String note) {}
