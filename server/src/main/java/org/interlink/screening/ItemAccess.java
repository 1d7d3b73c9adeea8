package org.interlink.screening;

import org.interlink.access.AccessPolicy;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;

/**
 * Who may see an item another module matched ({@link MatchedItem}): the one access policy over its restriction for
 * most items, or the item's own rules when it has its own protection (a threat indicator's TLP markings). A hit on the
 * item is shown only to whom this allows, besides the owner, who is always told.
 */
@FunctionalInterface
public interface ItemAccess {

    boolean maySee(Viewer viewer);

    /** The one access policy ({@link AccessPolicy}) over the item's owner and restriction. */
    static ItemAccess of(String owner, Restriction restriction) {
        return viewer -> AccessPolicy.maySee(viewer, owner, restriction);
    }
}
