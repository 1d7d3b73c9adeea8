package org.interlink.audit;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A page of the log, newest first, with the cursors of its neighbours.
 *
 * @param items at most the page size, newest first
 * @param olderCursor gives the next page (older rows); null when there are none
 * @param newerCursor gives the previous page (newer rows); null on the first page
 */
public record LogWindow(
        List<LoggedEntry> items,
        @Nullable String olderCursor,
        @Nullable String newerCursor) {}
