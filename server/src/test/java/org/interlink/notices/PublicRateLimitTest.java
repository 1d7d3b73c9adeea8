package org.interlink.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class PublicRateLimitTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void eachAddressGetsItsOwnBudgetRefilledOverTime() {
        ManualClock clock = new ManualClock();
        PublicRateLimit.Buckets buckets = new PublicRateLimit.Buckets(3, clock);
        assertThat(buckets.take("192.0.2.1")).isZero();
        assertThat(buckets.take("192.0.2.1")).isZero();
        assertThat(buckets.take("192.0.2.1")).isZero();
        assertThat(buckets.take("192.0.2.1"))
                .as("over the limit: wait for the next token")
                .isEqualTo(20);
        assertThat(buckets.take("198.51.100.7"))
                .as("another address is not held back")
                .isZero();

        clock.now = clock.now.plusSeconds(20);
        assertThat(buckets.take("192.0.2.1")).isZero();
        assertThat(buckets.take("192.0.2.1")).isPositive();
    }
}
