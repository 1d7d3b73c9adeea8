package org.interlink.content.referrals;

/** What the sender asks of the addressee. Public: the pages' templates read it. */
public enum ReferralKind {
    /** Remove or disable access within one hour of receipt (Regulation (EU) 2021/784, Art. 3(3)). */
    REMOVAL_ORDER,
    /** Review the content against the platform's own terms, voluntarily (no deadline). */
    REFERRAL
}
