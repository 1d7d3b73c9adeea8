package org.interlink.screening;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interlink.access.Restriction;

/** Hits written through the same path as a check's (HitRows), for list tests that need many of them. */
final class Hits {

    private Hits() {}

    /**
     * Records a hit raised {@code age} ago by {@code searcher} on a record of {@code owner} named {@code label}; its
     * deadline is 12 hours after that. Returns its id.
     */
    static String raise(HitRows rows, String owner, String searcher, String kind, String label, Duration age) {
        String id = "hit-" + UUID.randomUUID();
        String recordId = kind.toLowerCase() + "-" + UUID.randomUUID();
        WatchedItem item = new WatchedItem(recordId, kind, owner, Restriction.OPEN, label, "", "inform the owner", 1);
        rows.insertAll(List.of(new NewHit(
                id,
                Instant.now().minus(age),
                searcher,
                "officer." + searcher.toLowerCase(),
                "border check",
                "",
                item,
                0.91,
                label.toLowerCase(),
                false,
                true,
                null)));
        return id;
    }

    /** {@code n} hits, a minute apart, labelled {@code prefix 1..n}. */
    static List<String> raise(HitRows rows, String owner, String searcher, String kind, String prefix, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            ids.add(raise(rows, owner, searcher, kind, prefix + " " + i, Duration.ofMinutes(n - i + 1)));
        }
        return ids;
    }
}
