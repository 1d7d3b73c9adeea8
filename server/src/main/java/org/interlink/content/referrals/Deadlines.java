package org.interlink.content.referrals;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The deadline of a removal order and how much of it is left. Pure: the caller passes the time, so tests use a fixed
 * clock and the page, the PDF and the home page's flag all agree.
 */
final class Deadlines {

    /** A removal order must be acted on within one hour of receipt (Regulation (EU) 2021/784, Art. 3(3)). */
    static final Duration REMOVAL_ORDER = Duration.ofHours(1);

    private Deadlines() {}

    /** The deadline of a referral sent at {@code sentAt}: one hour later for an order; none for a referral or a draft. */
    static @Nullable Instant deadline(ReferralKind kind, @Nullable Instant sentAt) {
        return kind == ReferralKind.REMOVAL_ORDER && sentAt != null ? sentAt.plus(REMOVAL_ORDER) : null;
    }

    /** Time left until {@code deadline} at {@code now}; negative once it has passed. */
    static Duration remaining(Instant deadline, Instant now) {
        return Duration.between(now, deadline);
    }

    /** True when an order is past its deadline and not acted on: at the deadline itself it is still due. */
    static boolean overdue(ReferralStatus status, @Nullable Instant deadline, Instant now) {
        return deadline != null && status.open() && now.isAfter(deadline);
    }

    /** The time left in words, to the second: {@code "59 min 30 s left"}, {@code "overdue by 1 h 2 min 5 s"}. */
    static String describe(Duration remaining) {
        Duration size = remaining.abs();
        long hours = size.toHours();
        int minutes = size.toMinutesPart();
        int seconds = size.toSecondsPart();
        String amount =
                (hours > 0 ? hours + " h " : "") + (hours > 0 || minutes > 0 ? minutes + " min " : "") + seconds + " s";
        return remaining.isNegative() ? "overdue by " + amount : amount + " left";
    }
}
