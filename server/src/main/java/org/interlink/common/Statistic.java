package org.interlink.common;

import org.interlink.access.Viewer;

/**
 * A chart a module shows on the statistics page. Modules contribute beans of this type; the page shows them in {@link
 * #order()}.
 */
public interface Statistic {

    /**
     * The chart as this viewer may see it: the viewer's bureau's figures, or every bureau's for the General
     * Secretariat, counting only what the viewer may know of.
     */
    Chart chart(Viewer viewer);

    default int order() {
        return 100;
    }
}
