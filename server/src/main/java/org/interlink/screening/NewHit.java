package org.interlink.screening;

import java.time.Instant;

/** A hit to record, written in the same batch commit as the audit row of the check that raised it. */
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
        boolean silent) {}
