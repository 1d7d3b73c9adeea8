package org.interlink.cyber;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import org.springframework.stereotype.Component;

/**
 * The indicators in memory for checks: each value once, as value key → the indicators naming it (never indicator ×
 * indicator), and each indicator's latest version by (owner, STIX id). CIDR ranges are kept under their network and
 * prefix; the prefix lengths in use are kept so a check probes only those. Thread-safe; a put replaces the indicator's
 * previous version.
 */
@Component
class CheckIndex {

    private final Map<String, IndicatorSnapshot> indicators = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> byValue = new ConcurrentHashMap<>();
    private final Set<Integer> prefixes4 = new ConcurrentSkipListSet<>();
    private final Set<Integer> prefixes6 = new ConcurrentSkipListSet<>();

    /**
     * Puts the latest version of an indicator; a revoked one matches nothing. Idempotent, and a version older than the one
     * held is ignored (events may arrive out of order).
     */
    synchronized void put(IndicatorSnapshot indicator) {
        IndicatorSnapshot held = indicators.get(indicator.key());
        if (held != null && held.modified().isAfter(indicator.modified())) {
            return;
        }
        remove(indicator.key());
        indicators.put(indicator.key(), indicator); // a revoked one is kept, without values, to order later events
        if (indicator.revoked()) {
            return;
        }
        for (String key : keys(indicator)) {
            byValue.computeIfAbsent(key, k -> ConcurrentHashMap.newKeySet()).add(indicator.key());
            if (key.startsWith("ip4/")) {
                prefixes4.add(Integer.parseInt(key.split("/")[1]));
            } else if (key.startsWith("ip6/")) {
                prefixes6.add(Integer.parseInt(key.split("/")[1]));
            }
        }
    }

    /** Drops an indicator (owner + id key) and its values; nothing happens when it is not held. */
    synchronized void remove(String indicatorKey) {
        IndicatorSnapshot previous = indicators.remove(indicatorKey);
        if (previous != null) {
            keys(previous).forEach(key -> {
                Set<String> ids = byValue.get(key);
                if (ids != null) {
                    ids.remove(previous.key());
                    if (ids.isEmpty()) {
                        byValue.remove(key);
                    }
                }
            });
        }
    }

    private static List<String> keys(IndicatorSnapshot indicator) {
        return java.util.stream.IntStream.range(0, indicator.values().size())
                .mapToObj(i -> Observables.indexKey(
                        indicator.valueTypes().get(i), indicator.values().get(i)))
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The keys a checked value is looked up under. */
    List<Observables.Lookup> lookups(String value) {
        return Observables.lookups(value, prefixes4, prefixes6);
    }

    /** The indicators (owner + id keys) under a value key. */
    Collection<String> under(String key) {
        Set<String> ids = byValue.get(key);
        return ids == null ? List.of() : ids;
    }

    IndicatorSnapshot indicator(String key) {
        return indicators.get(key);
    }

    int size() {
        return indicators.size();
    }

    int values() {
        return byValue.size();
    }
}
