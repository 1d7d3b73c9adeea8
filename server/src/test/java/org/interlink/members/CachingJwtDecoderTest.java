package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class CachingJwtDecoderTest {

    static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    private final AtomicInteger verifications = new AtomicInteger();

    private JwtDecoder verifier(Instant expiresAt) {
        return token -> {
            verifications.incrementAndGet();
            if (token.startsWith("bad")) {
                throw new BadJwtException("bad signature");
            }
            return Jwt.withTokenValue(token)
                    .header("alg", "RS256")
                    .subject("ncb-fr")
                    .issuedAt(NOW.minusSeconds(60))
                    .expiresAt(expiresAt)
                    .build();
        };
    }

    @Test
    void verifiesATokenOnceWhileItIsValid() {
        CachingJwtDecoder decoder =
                new CachingJwtDecoder(verifier(NOW.plusSeconds(600)), Clock.fixed(NOW, ZoneOffset.UTC), jti -> false);
        decoder.decode("t1");
        decoder.decode("t1");
        decoder.decode("t1");
        assertThat(verifications).hasValue(1);
        decoder.decode("t2");
        assertThat(verifications).hasValue(2);
    }

    @Test
    void neverCachesARefusal() {
        CachingJwtDecoder decoder =
                new CachingJwtDecoder(verifier(NOW.plusSeconds(600)), Clock.fixed(NOW, ZoneOffset.UTC), jti -> false);
        assertThatThrownBy(() -> decoder.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("bad-1")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void anExpiredCachedTokenIsVerifiedAgain() {
        MovingClock clock = new MovingClock(NOW);
        CachingJwtDecoder decoder = new CachingJwtDecoder(verifier(NOW.plusSeconds(10)), clock, jti -> false);
        decoder.decode("t1");
        decoder.decode("t1");
        assertThat(verifications).hasValue(1);
        clock.now = NOW.plusSeconds(11);
        decoder.decode("t1"); // the delegate would refuse an expired token; here it is asked again, as it must be
        assertThat(verifications).hasValue(2);
    }

    static final class MovingClock extends Clock {
        Instant now;

        MovingClock(Instant now) {
            this.now = now;
        }

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
}
