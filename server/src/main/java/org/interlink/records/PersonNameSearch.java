package org.interlink.records;

import java.util.List;

/**
 * Finds person records by name across spellings and scripts ("Mueller" for "Müller", "Jon Smyth" for "John Smith", a
 * Cyrillic query for its Latin record), best first. The screening module answers it from its in-memory index built
 * with the matching library, the same one the border console searches; the records module only declares it, because
 * screening already depends on records.
 *
 * <p>It knows nothing of who asks: the caller applies the access policy to every id before revealing anything.
 */
public interface PersonNameSearch {

    /**
     * Person record ids whose names match the query, best first (ties by id), at most {@code limit}.
     *
     * @param query a name in any script and token order; a query the index cannot read answers no match
     */
    List<NameMatch> search(String query, int limit);

    /**
     * One matching person record.
     *
     * @param score in [0, 1], the matching library's name score
     */
    record NameMatch(String personId, double score) {}
}
