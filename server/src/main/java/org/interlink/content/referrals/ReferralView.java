package org.interlink.content.referrals;

import java.time.Instant;
import java.util.List;
import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A referral as the API answers it.
 *
 * @param remainingSeconds seconds left until the deadline at {@code asOf} (negative once past), null without deadline
 * @param overdue a removal order past its deadline and not acted on
 */
record ReferralView(
        String id,
        String reference,
        ReferralKind kind,
        ReferralStatus status,
        String owner,
        Addressee to,
        @Nullable String url,
        @Nullable String item,
        String grounds,
        Evidence evidence,
        Restriction access,
        Instant createdAt,
        @Nullable Instant sentAt,
        @Nullable Instant deadline,
        @Nullable Instant acknowledgedAt,
        @Nullable Instant actedAt,
        @Nullable Long remainingSeconds,
        boolean overdue,
        Instant asOf,
        List<Step> history) {

    static ReferralView of(Referral r, List<Step> history, Instant now) {
        Instant deadline = r.deadline();
        return new ReferralView(
                r.id().toString(),
                r.reference(),
                r.kind(),
                r.status(),
                r.owner(),
                r.to(),
                r.url(),
                r.item(),
                r.grounds(),
                r.evidence(),
                r.restriction(),
                r.createdAt(),
                r.sentAt(),
                deadline,
                r.acknowledgedAt(),
                r.actedAt(),
                deadline == null ? null : Deadlines.remaining(deadline, now).toSeconds(),
                r.overdue(now),
                now,
                history);
    }
}
