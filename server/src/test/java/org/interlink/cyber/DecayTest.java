package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The lifecycle table of docs/CYBER.md, on a fixed clock. */
class DecayTest {

    private static final Instant JAN_1 = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void lifetimesFollowTheTable() {
        assertThat(Decay.lifetime("ipv4-addr")).isEqualTo(Duration.ofDays(60));
        assertThat(Decay.lifetime("ipv6-addr")).isEqualTo(Duration.ofDays(60));
        assertThat(Decay.lifetime("domain-name")).isEqualTo(Duration.ofDays(90));
        assertThat(Decay.lifetime("url")).isEqualTo(Duration.ofDays(180));
        assertThat(Decay.lifetime("email-addr")).isEqualTo(Duration.ofDays(180));
        assertThat(Decay.lifetime("file:hashes")).isEqualTo(Duration.ofDays(365));
        assertThat(Decay.lifetime("")).isEqualTo(Duration.ofDays(365));
    }

    @Test
    void anIpIndicatorExpiresAfterSixtyDays() {
        assertThat(Decay.validUntil("ipv4-addr", JAN_1)).isEqualTo(Instant.parse("2026-03-02T00:00:00Z"));
        assertThat(Decay.validUntil("url", JAN_1)).isEqualTo(Instant.parse("2026-06-30T00:00:00Z"));
    }

    @Test
    void confidenceFallsLinearlyToZeroAtValidUntil() {
        Instant until = Decay.validUntil("ipv4-addr", JAN_1);
        assertThat(Decay.confidenceAt(80, JAN_1, until, JAN_1.minusSeconds(1))).isEqualTo(80);
        assertThat(Decay.confidenceAt(80, JAN_1, until, JAN_1)).isEqualTo(80);
        assertThat(Decay.confidenceAt(80, JAN_1, until, Instant.parse("2026-01-31T00:00:00Z")))
                .isEqualTo(40);
        assertThat(Decay.confidenceAt(80, JAN_1, until, until.minusSeconds(1))).isEqualTo(0);
        assertThat(Decay.confidenceAt(80, JAN_1, until, until)).isZero();
        assertThat(Decay.confidenceAt(80, JAN_1, until, until.plus(Duration.ofDays(400))))
                .isZero();
    }
}
