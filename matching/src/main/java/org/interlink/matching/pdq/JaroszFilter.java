package org.interlink.matching.pdq;

import java.util.Arrays;

/**
 * PDQ's blur before sampling 64×64: two passes of a box filter along rows then along columns (W. Jarosz, "Fast Image
 * Convolutions", 2001: repeated box filters approach a tent). Each window is {@code ceil(dimension / 128)} pixels, so
 * the two passes together cover one 64th of the image. Near the edges the window is cut short and the mean is over the
 * pixels it holds; a window of {@code w} is centred at {@code (w + 2) / 2 - 1} pixels ahead, as in the reference.
 */
final class JaroszFilter {

    static final int PASSES = 2;
    static final int WINDOW_DIVISOR = 128;

    private JaroszFilter() {}

    static int windowSize(int dimension) {
        return (dimension + WINDOW_DIVISOR - 1) / WINDOW_DIVISOR;
    }

    /** Blurs the row-major {@code image} in place. */
    static void blur(float[] image, int rows, int cols) {
        float[] tmp = new float[image.length];
        float[] columnSums = new float[cols];
        int alongRows = windowSize(cols);
        int alongCols = windowSize(rows);
        for (int pass = 0; pass < PASSES; pass++) {
            for (int i = 0; i < rows; i++) {
                boxRow(image, tmp, i * cols, cols, alongRows);
            }
            boxColumns(tmp, image, rows, cols, alongCols, columnSums);
        }
    }

    /** One row's running mean; the float operations are the reference's, in its order. */
    private static void boxRow(float[] in, float[] out, int offset, int length, int window) {
        int half = (window + 2) / 2;
        int lead = half - 1;
        int growing = window - half + 1;
        int full = length - window;
        int shrinking = half - 1;
        int li = offset;
        int ri = offset;
        int oi = offset;
        float sum = 0f;
        int count = 0;
        for (int k = 0; k < lead; k++) {
            sum += in[ri++];
            count++;
        }
        for (int k = 0; k < growing; k++) {
            sum += in[ri++];
            count++;
            out[oi++] = sum / count;
        }
        for (int k = 0; k < full; k++) {
            sum += in[ri++];
            sum -= in[li++];
            out[oi++] = sum / count;
        }
        for (int k = 0; k < shrinking; k++) {
            sum -= in[li++];
            count--;
            out[oi++] = sum / count;
        }
    }

    /**
     * All columns' running means at once, a row at a time: the same per-column float operations as filtering each
     * column on its own, but reading memory in order rather than with a stride of a whole row.
     */
    private static void boxColumns(float[] in, float[] out, int rows, int cols, int window, float[] sums) {
        int half = (window + 2) / 2;
        int lead = half - 1;
        int growing = window - half + 1;
        int full = rows - window;
        int shrinking = half - 1;
        Arrays.fill(sums, 0f);
        int li = 0;
        int ri = 0;
        int oi = 0;
        int count = 0;
        for (int k = 0; k < lead; k++, ri++) {
            addRow(in, ri * cols, sums, cols);
            count++;
        }
        for (int k = 0; k < growing; k++, ri++, oi++) {
            addRow(in, ri * cols, sums, cols);
            count++;
            writeRow(sums, count, out, oi * cols, cols);
        }
        for (int k = 0; k < full; k++, ri++, li++, oi++) {
            int r = ri * cols;
            int l = li * cols;
            for (int j = 0; j < cols; j++) {
                float s = sums[j] + in[r + j];
                sums[j] = s - in[l + j];
            }
            writeRow(sums, count, out, oi * cols, cols);
        }
        for (int k = 0; k < shrinking; k++, li++, oi++) {
            int l = li * cols;
            for (int j = 0; j < cols; j++) {
                sums[j] -= in[l + j];
            }
            count--;
            writeRow(sums, count, out, oi * cols, cols);
        }
    }

    private static void addRow(float[] in, int offset, float[] sums, int cols) {
        for (int j = 0; j < cols; j++) {
            sums[j] += in[offset + j];
        }
    }

    private static void writeRow(float[] sums, int count, float[] out, int offset, int cols) {
        for (int j = 0; j < cols; j++) {
            out[offset + j] = sums[j] / count;
        }
    }
}
