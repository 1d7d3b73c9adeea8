package org.interlink.screening;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A hit as its viewer may see it. The searcher sees the hits it raised on records it may see; the record's owner sees
 * every hit on its records, silent ones included, with who searched, when, where and why.
 *
 * @param status OPEN, CONFIRMED or DISMISSED
 * @param deadline when the owner's answer is due (12 hours after the hit)
 * @param recordKind PERSON, DOCUMENT, VEHICLE, NOTICE, or another module's kind ({@link MatchedItem})
 * @param matched the record's label: name, number, VIN, or another module's item label
 * @param summary one line about the record or item, as its owner shares it
 * @param itemPage another module's item page ({@link MatchedItem#page}); null for records and notices
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
        String summary,
        boolean silent,
        String action,
        String status,
        @Nullable String decidedBy,
        @Nullable Instant decidedAt,
        @Nullable String decisionNote,
        @JsonIgnore @Nullable String itemPage) {

    /** The record's page in the UI (not in the API's answer: Jackson serialises a record's components only). */
    public String page() {
        return itemPage != null ? itemPage : RecordPage.of(recordKind, recordId);
    }
}
