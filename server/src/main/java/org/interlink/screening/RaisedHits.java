package org.interlink.screening;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What {@link HitRaiser#raise} decided for one searched subject: the hit raised on each match the searcher may see
 * (none when an earlier hit on this item version was dismissed), and the silent hits. Nothing is written until {@link
 * HitRaiser#insert} runs in the check's transaction.
 */
public final class RaisedHits {

    private final List<NewHit> pending;
    private final Map<String, String> visibleHitIds;
    private final Set<String> dismissedIds;

    RaisedHits(List<NewHit> pending, Map<String, String> visibleHitIds, Set<String> dismissedIds) {
        this.pending = List.copyOf(pending);
        this.visibleHitIds = Map.copyOf(visibleHitIds);
        this.dismissedIds = Set.copyOf(dismissedIds);
    }

    /** The id of the hit raised on this visible item, or null (hidden, dismissed before, or not matched). */
    public @Nullable String hitId(MatchedItem item) {
        return visibleHitIds.get(item.id());
    }

    /** True when a hit on this version of the item was dismissed for this subject, so none was raised. */
    public boolean dismissed(MatchedItem item) {
        return dismissedIds.contains(item.id());
    }

    /** True when there is nothing to write. */
    public boolean isEmpty() {
        return pending.isEmpty();
    }

    List<NewHit> pending() {
        return pending;
    }
}
