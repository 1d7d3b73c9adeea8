package org.interlink.access;

/** How sensitive an item is; a viewer's clearance must reach it. Ordered: OFFICIAL &lt; RESTRICTED &lt; CONFIDENTIAL. */
public enum Classification {
    OFFICIAL,
    RESTRICTED,
    CONFIDENTIAL;

    /** True when a viewer cleared to this level may see an item classified {@code item}. */
    public boolean reaches(Classification item) {
        return compareTo(item) >= 0;
    }
}
