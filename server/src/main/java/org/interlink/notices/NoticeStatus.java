package org.interlink.notices;

/**
 * Where a notice stands: {@code DRAFT → SUBMITTED → PUBLISHED → CANCELLED | EXPIRED}, or after review {@code
 * RETURNED} (to be corrected and submitted again) or {@code REFUSED} (final). A diffusion goes from {@code DRAFT}
 * straight to {@code PUBLISHED} once the gate lets it pass.
 */
public enum NoticeStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    REFUSED,
    PUBLISHED,
    CANCELLED,
    EXPIRED;

    /** True while the notice is in circulation: seen by the members its restriction allows, screened against. */
    public boolean inCirculation() {
        return this == PUBLISHED;
    }
}
