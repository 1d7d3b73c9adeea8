package org.interlink.common;

import org.interlink.access.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * A figure a module shows on the bureau's home page (e.g. "Users of this bureau: 4"). Modules contribute beans of this
 * type; the home page lists them in {@link #order()}.
 */
public interface HomeFigure {

    String label();

    /** The figure as this viewer may see it: only what the access policy lets the viewer see is counted. */
    long value(Viewer viewer);

    /** The list the figure counts, opened from its tile (e.g. {@code /records?kind=persons}); null for none. */
    default @Nullable String path() {
        return null;
    }

    /** True when the value calls for action (e.g. overdue orders): the home page flags the tile. */
    default boolean flagged(long value) {
        return false;
    }

    default int order() {
        return 100;
    }
}
