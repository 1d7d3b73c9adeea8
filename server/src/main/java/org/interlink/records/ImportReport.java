package org.interlink.records;

import java.time.Instant;
import java.util.List;
import org.interlink.common.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * Where an import stands, and at the end what it did: the answer of {@code POST /api/v1/imports/...} and of the
 * progress the pages poll.
 *
 * @param accepted lines that passed validation (created + updated + unchanged)
 * @param rejected the first {@value Imports#MAX_REPORTED} rejected lines and why; {@code rejectedCount} counts all
 * @param removed for the UN list: entries no longer on the list, deleted
 */
record ImportReport(
        String id,
        String kind,
        String source,
        String state,
        long lines,
        long accepted,
        long created,
        long updated,
        long unchanged,
        long removed,
        long rejectedCount,
        List<Rejection> rejected,
        @Nullable String message,
        Instant startedAt,
        @Nullable Instant finishedAt) {

    /** A rejected line and every reason. */
    record Rejection(long line, List<FieldError> errors) {}

    public boolean running() {
        return "RUNNING".equals(state);
    }
}
