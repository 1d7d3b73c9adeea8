package org.interlink.records;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/** One row of the records table: the current version of a record. */
record StoredRecord(
        String id,
        RecordKind kind,
        String owner,
        Restriction restriction,
        @Nullable String externalId,
        long version,
        String body,
        String label,
        @Nullable String status,
        @Nullable String country,
        List<String> categories,
        LocalDate reviewBy,
        @Nullable Instant reviewDueSince,
        Instant createdAt,
        String createdBy,
        Instant updatedAt,
        String updatedBy,
        String changePurpose) {

    /** The HTTP entity tag of this version, quoted. */
    String etag() {
        return "\"" + version + "\"";
    }
}
