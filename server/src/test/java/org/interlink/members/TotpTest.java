package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B: the SHA-1 seed, ASCII "12345678901234567890". */
    private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void computesTheRfc6238AppendixBVectors() {
        check(59, "94287082");
        check(1111111109, "07081804");
        check(1111111111, "14050471");
        check(1234567890, "89005924");
        check(2000000000, "69279037");
        check(20000000000L, "65353130");
    }

    private static void check(long unixSeconds, String expected) {
        long step = Totp.step(Instant.ofEpochSecond(unixSeconds));
        assertThat(Totp.code(RFC_SEED, step, 8)).as("T = %d", unixSeconds).isEqualTo(expected);
        // six digits are the same truncation modulo 10^6: the last six of the eight
        assertThat(Totp.code(RFC_SEED, step)).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsOneStepEitherSideAndNoFurther() {
        long now = Totp.step(Instant.ofEpochSecond(1234567890));
        for (long step = now - 1; step <= now + 1; step++) {
            assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, step), now, 0)).hasValue(step);
        }
        assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, now - 2), now, 0)).isEmpty();
        assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, now + 2), now, 0)).isEmpty();
        assertThat(Totp.match(RFC_SEED, "000000", now, 0)).isEmpty();
    }

    @Test
    void refusesACodeAlreadyUsedAndAnyOlderOne() {
        long now = Totp.step(Instant.ofEpochSecond(1234567890));
        String code = Totp.code(RFC_SEED, now);
        long accepted = Totp.match(RFC_SEED, code, now, 0).orElseThrow();
        assertThat(Totp.match(RFC_SEED, code, now, accepted))
                .as("replayed in its window")
                .isEmpty();
        assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, now - 1), now, accepted))
                .as("an older code after a newer one")
                .isEmpty();
        assertThat(Totp.match(RFC_SEED, Totp.code(RFC_SEED, now + 1), now, accepted))
                .as("the next step's code")
                .hasValue(now + 1);
    }

    @Test
    void base32RoundTripsAndReadsTheRfc4648Vector() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.decode("mzxw 6ytb-oi"), StandardCharsets.US_ASCII))
                .isEqualTo("foobar");
        assertThat(Base32.decode(Base32.encode(RFC_SEED))).isEqualTo(RFC_SEED);
    }

    @Test
    void tellsACodeFromARecoveryCode() {
        assertThat(Totp.looksLikeCode("012345")).isTrue();
        assertThat(Totp.looksLikeCode("abcde-fghij")).isFalse();
        assertThat(Totp.looksLikeCode("12345")).isFalse();
    }
}
