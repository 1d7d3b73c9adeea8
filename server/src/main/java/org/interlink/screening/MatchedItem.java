package org.interlink.screening;

import org.interlink.access.Restriction;

/**
 * An item of another module that a check matched, described as {@link HitRaiser} needs it: whom to tell, who may see
 * it, and what a hit on it shows.
 *
 * @param kind what the item is, in capitals (e.g. {@code CONTENT_ENTRY}); listed in {@link HitFilter#KINDS}
 * @param id the item's id, unique across kinds (dismissals are remembered by it)
 * @param owner the bureau told of every hit (alpha-2 code or {@code GS})
 * @param access who may see the item: a searcher it refuses raises a silent hit, never shown to them, and a hit is
 *     shown to the General Secretariat only when it allows the General Secretariat
 * @param label the item's name as a hit shows it (e.g. the bank and the hash)
 * @param summary one line for the officer; never more than the owner shares
 * @param action what the owner asks the searcher to do
 * @param version the item's version: a dismissed hit is raised again only once the item changed
 * @param page the item's page in the UI (e.g. {@code /content/entries/…}); it applies access itself
 */
public record MatchedItem(
        String kind,
        String id,
        String owner,
        ItemAccess access,
        String label,
        String summary,
        String action,
        long version,
        String page) {

    /** An item the one access policy protects, over its owner and restriction. */
    public MatchedItem(
            String kind,
            String id,
            String owner,
            Restriction restriction,
            String label,
            String summary,
            String action,
            long version,
            String page) {
        this(kind, id, owner, ItemAccess.of(owner, restriction), label, summary, action, version, page);
    }

    /**
     * As screening's hit rows carry it. The restriction is screening's own records' (their silence is decided from it
     * in memory); for another module's item, {@link #access} decides instead, so none is kept here.
     */
    WatchedItem asWatched() {
        return new WatchedItem(id, kind, owner, Restriction.OPEN, label, summary, action, version);
    }
}
