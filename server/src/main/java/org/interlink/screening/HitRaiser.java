package org.interlink.screening;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.platform.TimeOrderedIds;
import org.springframework.stereotype.Service;

/**
 * Lets another module raise hits on its own items with screening's workflow: the owner is told; a searcher who may not
 * see the item raises a silent hit, recorded for the owner only and never shown to the searcher; the General Secretariat
 * sees the hit only when it may see the item (an item with its own protection may refuse it); hits are confirmed or
 * dismissed on the Hits page and through {@code /api/v1/hits}; a dismissal is remembered per searched subject and item
 * version.
 *
 * <p>Use: {@link #raise} for each searched subject (it reads dismissals, writes nothing), then {@link #insert} inside
 * the transaction that commits the check's audit row (e.g. as {@code AuditJournal.record(entries, () ->
 * raiser.insert(all))}), so the check and its hits commit together or not at all. The caller audits the check.
 */
@Service
public class HitRaiser {

    /** Whoever acts for the General Secretariat, asked of each item whether its hit may be shown to them. */
    private static final Viewer SECRETARIAT =
            new Viewer("gs", Viewer.GENERAL_SECRETARIAT, Set.of(), Classification.CONFIDENTIAL);

    private final HitRows rows;
    private final Clock clock;

    HitRaiser(HitRows rows) {
        this.rows = rows;
        this.clock = Clock.systemUTC();
    }

    /** One match of a check: the item and how close it is (0–1; an exact match is 1). */
    public record Match(MatchedItem item, double score) {}

    /**
     * Decides the hits of one searched subject.
     *
     * @param subjectKey what was searched, normalised (e.g. {@code pdq:<hex>}): dismissals are remembered per subject
     * @param matches every match of the subject, visible to the searcher or not; each is a hit
     */
    public RaisedHits raise(Viewer viewer, String purpose, String location, String subjectKey, List<Match> matches) {
        if (matches.isEmpty()) {
            return new RaisedHits(List.of(), Map.of(), Set.of());
        }
        Set<WatchedItem> dismissed = rows.dismissed(
                subjectKey, matches.stream().map(m -> m.item().asWatched()).toList());
        Instant now = clock.instant();
        List<NewHit> pending = new ArrayList<>();
        Map<String, String> visibleIds = new HashMap<>();
        Set<String> dismissedIds = new HashSet<>();
        for (Match match : matches) {
            MatchedItem item = match.item();
            WatchedItem watched = item.asWatched();
            if (dismissed.contains(watched)) {
                dismissedIds.add(item.id());
                continue;
            }
            boolean silent = !item.access().maySee(viewer);
            String id = TimeOrderedIds.next().toString();
            pending.add(new NewHit(
                    id,
                    now,
                    viewer.bureau(),
                    viewer.actor(),
                    purpose,
                    location,
                    watched,
                    Math.round(match.score() * 1000) / 1000.0,
                    subjectKey,
                    silent,
                    item.access().maySee(SECRETARIAT),
                    item.page()));
            if (!silent) {
                visibleIds.put(item.id(), id);
            }
        }
        // The searcher must not learn of a dismissal on an item it may not see.
        dismissedIds.removeIf(id -> matches.stream()
                .filter(m -> m.item().id().equals(id))
                .noneMatch(m -> m.item().access().maySee(viewer)));
        return new RaisedHits(pending, visibleIds, dismissedIds);
    }

    /** Writes the hits in the caller's transaction. */
    public void insert(Collection<RaisedHits> all) {
        List<NewHit> hits = new ArrayList<>();
        for (RaisedHits raised : all) {
            hits.addAll(raised.pending());
        }
        rows.insertAll(hits);
    }
}
