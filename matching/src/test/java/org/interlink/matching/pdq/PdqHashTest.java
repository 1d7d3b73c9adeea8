package org.interlink.matching.pdq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PdqHashTest {

    private static final String HEX = "d8f8f0cce0f4a84f0e370a22028f67f0b36e2ed596623e1d33e6b39c4e9c9b22";

    @Test
    void hexRoundTripsAndIsLowerCase() {
        assertThat(PdqHash.fromHex(HEX).hex()).isEqualTo(HEX);
        assertThat(PdqHash.fromHex(HEX.toUpperCase()).hex()).isEqualTo(HEX);
        assertThat(PdqHash.fromHex(HEX)).isEqualTo(PdqHash.fromHex(HEX.toUpperCase()));
        assertThat(PdqHash.fromHex(HEX).hashCode())
                .isEqualTo(PdqHash.fromHex(HEX.toUpperCase()).hashCode());
    }

    @Test
    void wordsAreTheHexInFourChunksMostSignificantFirst() {
        PdqHash h = PdqHash.fromHex(HEX);
        assertThat(h.word(0)).isEqualTo(0xd8f8f0cce0f4a84fL);
        assertThat(h.word(3)).isEqualTo(0x33e6b39c4e9c9b22L);
        assertThat(PdqHash.ofWords(h.word(0), h.word(1), h.word(2), h.word(3))).isEqualTo(h);
    }

    @Test
    void referenceBitKIsTheKthLeastSignificantBit() {
        boolean[] bits = new boolean[256];
        bits[0] = true;
        bits[17] = true;
        bits[255] = true;
        assertThat(PdqHash.ofBits(bits).hex()).isEqualTo("8" + "0".repeat(58) + "20001");
    }

    @Test
    void distanceCountsDifferingBits() {
        PdqHash zeros = PdqHash.fromHex("0".repeat(64));
        assertThat(zeros.distance(PdqHash.fromHex("f".repeat(64)))).isEqualTo(256);
        assertThat(zeros.distance(zeros)).isZero();
        assertThat(zeros.distance(PdqHash.fromHex("0".repeat(63) + "7"))).isEqualTo(3);
        assertThat(zeros.distance(PdqHash.fromHex("1" + "0".repeat(62) + "1"))).isEqualTo(2);
        SplittableRandom rnd = new SplittableRandom(7);
        for (int i = 0; i < 1000; i++) {
            PdqHash a = PdqHash.ofWords(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
            PdqHash b = PdqHash.ofWords(rnd.nextLong(), rnd.nextLong(), rnd.nextLong(), rnd.nextLong());
            assertThat(a.distance(b)).isEqualTo(b.distance(a)).isBetween(0, 256);
        }
    }

    @Test
    void refusesWrongLengthNamingIt() {
        assertThatThrownBy(() -> PdqHash.fromHex(HEX.substring(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly 64 hex digits, not 63");
        assertThatThrownBy(() -> PdqHash.fromHex(""))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 0");
    }

    @Test
    void refusesNonHexNamingThePosition() {
        assertThatThrownBy(() -> PdqHash.fromHex("g" + HEX.substring(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 0 holds 'g'");
        assertThatThrownBy(() -> PdqHash.fromHex(HEX.substring(0, 63) + "-"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 63");
        assertThatThrownBy(() -> PdqHash.fromHex(HEX.substring(0, 62) + "+1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("position 62");
    }
}
