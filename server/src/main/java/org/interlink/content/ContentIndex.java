package org.interlink.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.interlink.matching.pdq.PdqHash;
import org.interlink.matching.pdq.PdqIndex;
import org.springframework.stereotype.Component;

/**
 * Every entry in memory: PDQ hashes in the matching library's exact Hamming-radius {@link PdqIndex}, MD5, SHA-256 and
 * URLs in hash maps. Only enabled entries match. Changes arrive one entry at a time after their commit
 * ({@link ContentFeed}) and at start-up ({@link ContentIndexLoader}); an entry is applied only if its version is newer
 * than the one held, so the start-up load and the feed may overlap in any order.
 */
@Component
class ContentIndex {

    /** PDQ matches within this Hamming distance, as HMA and GIFCT's hash-sharing do. */
    static final int PDQ_RADIUS = 31;

    private final Map<Long, IndexedEntry> entries = new ConcurrentHashMap<>();
    private final PdqIndex pdq = new PdqIndex();
    private final Map<String, Set<Long>> exact = new ConcurrentHashMap<>();

    /** One match: the entry and its distance (0 for the exact types). */
    record Found(IndexedEntry entry, int distance) {}

    /** Puts the entry, or takes it out of matching when disabled; an older version than the one held is ignored. */
    synchronized void apply(IndexedEntry entry) {
        IndexedEntry held = entries.get(entry.id());
        if (held != null && held.version() > entry.version()) {
            return;
        }
        entries.put(entry.id(), entry);
        if (entry.type() == SignalType.PDQ) {
            if (entry.enabled()) {
                pdq.put(entry.id(), PdqHash.fromHex(entry.signal()));
            } else {
                pdq.remove(entry.id());
            }
        } else {
            String key = key(entry.type(), entry.signal());
            if (entry.enabled()) {
                exact.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(entry.id());
            } else {
                Set<Long> ids = exact.get(key);
                if (ids != null) {
                    ids.remove(entry.id());
                }
            }
        }
    }

    /** Every enabled entry matching the normalised signal, visible to the searcher or not. */
    List<Found> search(SignalType type, String signal) {
        List<Found> found = new ArrayList<>();
        if (type == SignalType.PDQ) {
            pdq.search(PdqHash.fromHex(signal), PDQ_RADIUS, (id, distance) -> {
                IndexedEntry entry = entries.get(id);
                if (entry != null && entry.enabled()) {
                    found.add(new Found(entry, distance));
                }
            });
        } else {
            for (long id : exact.getOrDefault(key(type, signal), Set.of())) {
                IndexedEntry entry = entries.get(id);
                if (entry != null && entry.enabled()) {
                    found.add(new Found(entry, 0));
                }
            }
        }
        return found;
    }

    int size() {
        return entries.size();
    }

    private static String key(SignalType type, String signal) {
        return type.wire() + ":" + signal;
    }
}
