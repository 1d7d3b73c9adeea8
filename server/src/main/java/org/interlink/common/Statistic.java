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

    /** A statistic drawn by {@code chart}, shown at {@code order}. */
    static Statistic of(int order, java.util.function.Function<Viewer, Chart> chart) {
        return new Statistic() {
            @Override
            public Chart chart(Viewer viewer) {
                return chart.apply(viewer);
            }

            @Override
            public int order() {
                return order;
            }
        };
    }
}
