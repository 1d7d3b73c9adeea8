package org.interlink.matching.pdq;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Synthetic test images, the same on every JVM (integer and StrictMath arithmetic). {@code pattern-*.webp} in the test
 * resources were made from {@code texture(160, 120)} written as PNG and converted with libwebp's {@code cwebp} ({@code
 * -lossless}, and {@code -q 80} for the lossy one).
 */
final class Patterns {

    private Patterns() {}

    /**
     * A sum of 40 waves of seeded random frequency (up to 7 cycles across each side), phase and colour, drawn to the
     * image's size, so that every low DCT coefficient carries signal: quality 100, and the bits are stable.
     */
    static BufferedImage texture(int width, int height) {
        SplittableRandom rnd = new SplittableRandom(42);
        int waves = 40;
        double[][] w = new double[waves][];
        for (int k = 0; k < waves; k++) {
            w[k] = new double[] {
                rnd.nextDouble(-7, 7),
                rnd.nextDouble(-7, 7),
                rnd.nextDouble(0, 2 * Math.PI),
                rnd.nextDouble(0.3, 1.0),
                rnd.nextDouble(),
                rnd.nextDouble(),
                rnd.nextDouble()
            };
        }
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double u = (x + 0.5) / width;
                double v = (y + 0.5) / height;
                double r = 0;
                double g = 0;
                double b = 0;
                for (double[] c : w) {
                    double a = c[3] * StrictMath.cos(2 * Math.PI * (c[0] * u + c[1] * v) + c[2]);
                    r += a * c[4];
                    g += a * c[5];
                    b += a * c[6];
                }
                img.setRGB(x, y, (channel(r) << 16) | (channel(g) << 8) | channel(b));
            }
        }
        return img;
    }

    private static int channel(double sum) {
        return clamp(128 + (int) (sum * 18));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    /** A left-to-right grey ramp. */
    static BufferedImage gradient(int width, int height) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int v = (x * 255) / (width - 1);
                img.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
        return img;
    }

    /** One colour everywhere. */
    static BufferedImage flat(int width, int height, int rgb) {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }
}
