package org.interlink.content.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class DeadlinesTest {

    static final Instant SENT = Instant.parse("2026-12-07T14:05:00Z");
    static final Clock CLOCK = Clock.fixed(SENT.plusSeconds(30 * 60 + 15), ZoneOffset.UTC);

    @Test
    void removalOrderIsDueOneHourAfterItWasSent() {
        assertThat(Deadlines.deadline(ReferralKind.REMOVAL_ORDER, SENT))
                .isEqualTo(Instant.parse("2026-12-07T15:05:00Z"));
    }

    @Test
    void referralAndUnsentOrderHaveNoDeadline() {
        assertThat(Deadlines.deadline(ReferralKind.REFERRAL, SENT)).isNull();
        assertThat(Deadlines.deadline(ReferralKind.REMOVAL_ORDER, null)).isNull();
    }

    @Test
    void remainingTimeCountsDownToTheSecondAndGoesNegativeAfterTheDeadline() {
        Instant deadline = Deadlines.deadline(ReferralKind.REMOVAL_ORDER, SENT);
        Duration left = Deadlines.remaining(deadline, CLOCK.instant());
        assertThat(left).isEqualTo(Duration.ofMinutes(29).plusSeconds(45));
        assertThat(Deadlines.describe(left)).isEqualTo("29 min 45 s left");
        Duration late = Deadlines.remaining(deadline, deadline.plusSeconds(3_725));
        assertThat(Deadlines.describe(late)).isEqualTo("overdue by 1 h 2 min 5 s");
        assertThat(Deadlines.describe(Duration.ofSeconds(7))).isEqualTo("7 s left");
    }

    @Test
    void orderIsOverdueOnlyAfterItsDeadlineAndWhileNotActedOn() {
        Instant deadline = Deadlines.deadline(ReferralKind.REMOVAL_ORDER, SENT);
        assertThat(Deadlines.overdue(ReferralStatus.SENT, deadline, deadline)).isFalse();
        assertThat(Deadlines.overdue(ReferralStatus.SENT, deadline, deadline.plusSeconds(1)))
                .isTrue();
        assertThat(Deadlines.overdue(ReferralStatus.ACKNOWLEDGED, deadline, deadline.plusSeconds(1)))
                .isTrue();
        assertThat(Deadlines.overdue(ReferralStatus.ACTED, deadline, deadline.plusSeconds(1)))
                .isFalse();
        assertThat(Deadlines.overdue(ReferralStatus.SENT, null, deadline.plusSeconds(1)))
                .isFalse();
    }
}
