package org.interlink.matching.pdq;

import java.util.Arrays;

/**
 * The 16×16 low-frequency DCT of PDQ's 64×64 image, its median threshold, and the eight dihedral transforms taken in
 * the frequency domain.
 *
 * <p>Only frequencies 1..16 of each dimension are kept (the DC term is skipped): {@code B = D A Dᵀ} with {@code D[i][j]
 * = sqrt(2/64) cos(π/128 (i+1)(2j+1))}. Mirroring an image along an axis multiplies the coefficients of odd
 * frequencies along it (even indices here) by −1; rotating or flipping about a diagonal also transposes. So each
 * dihedral hash is a sign pattern and a transpose of one DCT.
 */
final class PdqDct {

    private static final float[][] D = matrix();

    private PdqDct() {}

    private static float[][] matrix() {
        float scale = (float) Math.sqrt(2.0 / 64.0);
        float[][] d = new float[16][64];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 64; j++) {
                d[i][j] = (float) (scale * Math.cos((Math.PI / 2 / 64.0) * (i + 1) * (2 * j + 1)));
            }
        }
        return d;
    }

    /** {@code D A Dᵀ}, summed in float in the reference's order. */
    static float[][] dct64To16(float[][] a) {
        float[][] t = new float[16][64];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 64; j++) {
                float sum = 0f;
                for (int k = 0; k < 64; k++) {
                    sum += D[i][k] * a[k][j];
                }
                t[i][j] = sum;
            }
        }
        float[][] b = new float[16][16];
        for (int i = 0; i < 16; i++) {
            for (int j = 0; j < 16; j++) {
                float sum = 0f;
                for (int k = 0; k < 64; k++) {
                    sum += t[i][k] * D[j][k];
                }
                b[i][j] = sum;
            }
        }
        return b;
    }

    /**
     * The reference's eight transforms, in its order. Each reads output cell (p, q) from input (q, p) when transposed,
     * else (p, q), and negates it when its row p is even and {@code negateEvenRows}, or (exclusively) its column q is
     * even and {@code negateEvenColumns}.
     */
    enum Dihedral {
        ORIGINAL(false, false, false),
        ROTATE_90(true, true, false),
        ROTATE_180(false, true, true),
        ROTATE_270(true, false, true),
        FLIP_X(false, true, false),
        FLIP_Y(false, false, true),
        FLIP_PLUS_1(true, false, false),
        FLIP_MINUS_1(true, true, true);

        final boolean transpose;
        final boolean negateEvenRows;
        final boolean negateEvenColumns;

        Dihedral(boolean transpose, boolean negateEvenRows, boolean negateEvenColumns) {
            this.transpose = transpose;
            this.negateEvenRows = negateEvenRows;
            this.negateEvenColumns = negateEvenColumns;
        }

        float at(float[][] b, int p, int q) {
            float v = transpose ? b[q][p] : b[p][q];
            boolean negate = (negateEvenRows && (p & 1) == 0) ^ (negateEvenColumns && (q & 1) == 0);
            return negate ? -v : v;
        }
    }

    /** One bit per coefficient of the transformed DCT, set when it exceeds the median (the 128th smallest of 256). */
    static PdqHash bits(float[][] dct, Dihedral transform) {
        float[] values = new float[256];
        for (int p = 0; p < 16; p++) {
            for (int q = 0; q < 16; q++) {
                values[p * 16 + q] = transform.at(dct, p, q);
            }
        }
        float[] sorted = values.clone();
        Arrays.sort(sorted);
        float median = sorted[127];
        boolean[] bits = new boolean[256];
        for (int k = 0; k < 256; k++) {
            bits[k] = values[k] > median;
        }
        return PdqHash.ofBits(bits);
    }
}
