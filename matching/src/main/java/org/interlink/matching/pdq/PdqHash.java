package org.interlink.matching.pdq;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * A 256-bit PDQ hash: immutable, equal by value.
 *
 * <p>Its hex form is the reference implementation's: 64 lower-case digits, the most significant first, where bit
 * {@code k = 16 * row + column} of the 16×16 DCT sign matrix is the {@code k}-th least significant bit of the 256-bit
 * number. {@link #word(int) word(0)} holds the first 16 hex digits, {@code word(3)} the last 16.
 *
 * <p>Example: {@code PdqHash.fromHex("f".repeat(64)).distance(PdqHash.fromHex("0".repeat(64)))} is 256.
 */
public final class PdqHash {

    /** Bits in a hash. */
    public static final int BITS = 256;

    private final long[] words;

    private PdqHash(long[] words) {
        this.words = words;
    }

    /** The hash of four 64-bit words, {@code w0} first (the first 16 hex digits). */
    public static PdqHash ofWords(long w0, long w1, long w2, long w3) {
        return new PdqHash(new long[] {w0, w1, w2, w3});
    }

    /**
     * Parses 64 hex digits (either case).
     *
     * @throws IllegalArgumentException naming the problem: a wrong length or a character that is not a hex digit
     */
    public static PdqHash fromHex(String hex) {
        if (hex.length() != 64) {
            throw new IllegalArgumentException("a PDQ hash has exactly 64 hex digits, not " + hex.length());
        }
        for (int i = 0; i < 64; i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
                throw new IllegalArgumentException(
                        "a PDQ hash has only hex digits 0-9 a-f; position " + i + " holds '" + hex.charAt(i) + "'");
            }
        }
        long[] w = new long[4];
        for (int i = 0; i < 4; i++) {
            w[i] = HexFormat.fromHexDigitsToLong(hex, 16 * i, 16 * i + 16);
        }
        return new PdqHash(w);
    }

    /** Builds a hash from the reference's bit numbering: bit {@code k} set when {@code bits[k]}. */
    static PdqHash ofBits(boolean[] bits) {
        long[] w = new long[4];
        for (int k = 0; k < BITS; k++) {
            if (bits[k]) {
                w[3 - (k >>> 6)] |= 1L << (k & 63);
            }
        }
        return new PdqHash(w);
    }

    /** 64 lower-case hex digits. */
    public String hex() {
        HexFormat f = HexFormat.of();
        return f.toHexDigits(words[0]) + f.toHexDigits(words[1]) + f.toHexDigits(words[2]) + f.toHexDigits(words[3]);
    }

    /** The Hamming distance, 0..256. */
    public int distance(PdqHash other) {
        return Long.bitCount(words[0] ^ other.words[0])
                + Long.bitCount(words[1] ^ other.words[1])
                + Long.bitCount(words[2] ^ other.words[2])
                + Long.bitCount(words[3] ^ other.words[3]);
    }

    /** Word {@code i} (0..3) of 64 bits; word 0 is the first 16 hex digits. */
    public long word(int i) {
        return words[i];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PdqHash h && Arrays.equals(words, h.words);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(words);
    }

    @Override
    public String toString() {
        return hex();
    }
}
