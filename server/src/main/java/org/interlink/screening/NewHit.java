package org.interlink.screening;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A hit to record, written in the same batch commit as the audit row of the check that raised it.
 *
 * @param secretariatSees the General Secretariat may see the item (always, unless the item has its own protection)
 * @param page the item's page when it is another module's item ({@link MatchedItem#page}); null for a record's
 */
record NewHit(
        String id,
        Instant createdAt,
        String searcherBureau,
        String searcherActor,
        String purpose,
        String location,
        WatchedItem item,
        double score,
        String travellerKey,
        boolean silent,
        boolean secretariatSees,
        @Nullable String page) {}
