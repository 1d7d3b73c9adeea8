package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenLimitsTest {

    private final AtomicLong nanos = new AtomicLong();
    private final TokenLimits limits =
            new TokenLimits(new TokenLimits.Limit(3, 60), new TokenLimits.Limit(5, 60), nanos::get);

    @Test
    void aClientGetsItsBurstThenWaitsForTheRefill() {
        for (int i = 0; i < 3; i++) {
            assertThat(limits.take("10.0.0.1", "border-fr")).isZero();
        }
        assertThat(limits.take("10.0.0.1", "border-fr")).isEqualTo(1); // one a second
        nanos.addAndGet(1_000_000_000L);
        assertThat(limits.take("10.0.0.1", "border-fr")).isZero();
    }

    @Test
    void anAddressIsLimitedAcrossClientIdsAndOthersAreNotHurt() {
        for (int i = 0; i < 5; i++) {
            assertThat(limits.take("10.0.0.2", "guess-" + i)).isZero();
        }
        assertThat(limits.take("10.0.0.2", "guess-5")).isPositive();
        assertThat(limits.take("10.0.0.3", "ncb-de")).isZero();
    }

    @Test
    void anUnlockedClientIsAcceptedAgainAtOnce() {
        for (int i = 0; i < 3; i++) {
            limits.take("10.0.0.4", "border-it");
        }
        assertThat(limits.take("10.0.0.4", "border-it")).isPositive();
        limits.forget("border-it");
        assertThat(limits.take("10.0.0.4", "border-it")).isZero();
    }
}
