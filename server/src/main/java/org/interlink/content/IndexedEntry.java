package org.interlink.content;

import java.util.List;
import org.interlink.access.Restriction;

/**
 * What the indexes keep about one entry to answer a lookup without the database: the signal, its bank's owner,
 * restriction and kind, and what a match shows.
 */
record IndexedEntry(
        long id,
        String bankId,
        String bankName,
        String owner,
        Restriction access,
        boolean negative,
        SignalType type,
        String signal,
        List<String> labels,
        String source,
        boolean enabled,
        long version) {}
