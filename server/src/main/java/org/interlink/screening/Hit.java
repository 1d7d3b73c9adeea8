package org.interlink.screening;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A hit as its viewer may see it. The searcher sees the hits it raised on records it may see; the record's owner sees
 * every hit on its records, silent ones included, with who searched, when, where and why.
 *
 * @param status OPEN, CONFIRMED or DISMISSED
 * @param deadline when the owner's answer is due (12 hours after the hit)
 */
public record Hit(
        String id,
        Instant createdAt,
        Instant deadline,
        String searcherBureau,
        String searcherActor,
        String purpose,
        String location,
        String owner,
        String recordKind,
        String recordId,
        double score,
        String matched,
        boolean silent,
        String action,
        String status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote) {

    /** The record's page in the UI (not in the API's answer: Jackson serialises a record's components only). */
    public String page() {
        return RecordPage.of(recordKind, recordId);
    }
}
