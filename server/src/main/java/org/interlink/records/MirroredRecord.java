package org.interlink.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A record as the centre replicates it to a national node: the current version with every field a viewer of the
 * record may see (the owner's reasons for a change stay at the centre). The node stores it as its own copy of the
 * record, so its lists, detail pages and screening read it through the same code as the centre.
 *
 * @param body the record's fields as validated, JSON with the API's field names
 * @param search the lower-case text a record search matches against
 */
public record MirroredRecord(
        String id,
        RecordKind kind,
        String owner,
        Restriction restriction,
        @Nullable String externalId,
        long version,
        String body,
        String label,
        String search,
        @Nullable String status,
        @Nullable String country,
        List<String> categories,
        LocalDate reviewBy,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy) {

    public MirroredRecord {
        categories = List.copyOf(categories);
    }
}
