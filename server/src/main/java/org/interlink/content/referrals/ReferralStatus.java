package org.interlink.content.referrals;

/**
 * Where a referral stands: DRAFT → SENT → ACKNOWLEDGED → ACTED, or SENT → ACTED when acted on unacknowledged.
 *
 * <p>Public: the pages' templates read it.
 */
public enum ReferralStatus {
    DRAFT,
    SENT,
    ACKNOWLEDGED,
    ACTED;

    /** Still awaiting the addressee's action. */
    public boolean open() {
        return this == SENT || this == ACKNOWLEDGED;
    }
}
