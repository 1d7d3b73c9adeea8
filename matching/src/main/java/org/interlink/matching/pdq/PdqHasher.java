package org.interlink.matching.pdq;

import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBufferByte;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.List;

/**
 * Hashes an image with PDQ, as Meta's reference implementation does (facebook/ThreatExchange {@code pdq/}), in float
 * arithmetic in the reference's order so that the same pixels give the same bits.
 *
 * <p>Steps: RGB to luminance (Y = 0.299 R + 0.587 G + 0.114 B; a one-band grey image is its own luminance); two passes
 * of a Jarosz box filter along rows then columns, each window about 1/128 of the dimension ({@link JaroszFilter});
 * sampling 64×64 pixel centres; a 16×16 DCT of frequencies 1..16 of that 64×64 image ({@link PdqDct}); one bit per
 * coefficient, set when it exceeds the median of the 256. Quality counts the significant gradients of the 64×64 image.
 *
 * <p>Guarded by {@code PdqBenchmark.hashJpeg} (bench/).
 */
public final class PdqHasher {

    /** Below this quality a hash is not used for matching (the reference's recommendation: discard ≤ 49). */
    public static final int MIN_QUALITY = 50;

    private static final float LUMA_R = 0.299f;
    private static final float LUMA_G = 0.587f;
    private static final float LUMA_B = 0.114f;

    private PdqHasher() {}

    /** The hash and quality of an image. */
    public static PdqResult hash(BufferedImage image) {
        Spectrum s = spectrum(image);
        return new PdqResult(PdqDct.bits(s.dct(), PdqDct.Dihedral.ORIGINAL), s.quality());
    }

    /**
     * The hashes of the image's eight dihedral transforms, in the reference's order: original, rotated 90°, 180°, 270°,
     * flipped about the horizontal axis (upside down), about the vertical axis (mirrored), about the main diagonal
     * (transposed) and about the other diagonal. They are computed from one DCT, not by transforming the image, so
     * each is close to, though not always equal to, the hash of the transformed image. {@code [0]} equals {@link
     * #hash(BufferedImage)}; all carry the same quality.
     */
    public static List<PdqResult> dihedral(BufferedImage image) {
        Spectrum s = spectrum(image);
        List<PdqResult> out = new ArrayList<>(8);
        for (PdqDct.Dihedral d : PdqDct.Dihedral.values()) {
            out.add(new PdqResult(PdqDct.bits(s.dct(), d), s.quality()));
        }
        return List.copyOf(out);
    }

    /**
     * Decodes an uploaded image file: JPEG, PNG, GIF and BMP with the JDK's ImageIO readers, WebP with TwelveMonkeys'
     * reader. Images of more than {@link ImageDecoding#MAX_PIXELS} pixels are refused from their header, before their
     * pixels are decoded (a decompression bomb).
     *
     * @throws UndecodableImageException when the bytes are no image of these formats, are corrupt, or are too large
     */
    public static BufferedImage decode(byte[] file) throws UndecodableImageException {
        return ImageDecoding.decode(file);
    }

    private record Spectrum(float[][] dct, int quality) {}

    private static Spectrum spectrum(BufferedImage image) {
        int rows = image.getHeight();
        int cols = image.getWidth();
        float[] luma = luminance(image);
        JaroszFilter.blur(luma, rows, cols);
        float[][] small = decimate(luma, rows, cols);
        return new Spectrum(PdqDct.dct64To16(small), quality(small));
    }

    /**
     * Row-major luminance. One 8-bit band is read as is (the reference's C++ does the same for grey images). The usual
     * layouts of decoded sRGB images are read straight from their data buffer; any other goes through {@code getRGB}.
     */
    static float[] luminance(BufferedImage image) {
        int rows = image.getHeight();
        int cols = image.getWidth();
        float[] luma = new float[Math.multiplyExact(rows, cols)];
        Raster raster = image.getRaster();
        if (raster.getNumBands() == 1 && raster.getSampleModel().getSampleSize(0) == 8) {
            int[] row = new int[cols];
            for (int i = 0; i < rows; i++) {
                raster.getSamples(0, i, cols, 1, 0, row);
                for (int j = 0; j < cols; j++) {
                    luma[i * cols + j] = row[j];
                }
            }
        } else if (!interleavedBytes(image, luma)) {
            int[] rgb = new int[cols];
            for (int i = 0; i < rows; i++) {
                image.getRGB(0, i, cols, 1, rgb, 0, cols);
                for (int j = 0; j < cols; j++) {
                    int p = rgb[j];
                    luma[i * cols + j] = luma((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff);
                }
            }
        }
        return luma;
    }

    private static float luma(int r, int g, int b) {
        return LUMA_R * r + LUMA_G * g + LUMA_B * b;
    }

    /**
     * Reads 8-bit sRGB pixels interleaved in a byte buffer (what the JPEG, PNG and WebP readers produce: BGR, ABGR,
     * RGB, RGBA) without {@code getRGB}'s per-pixel colour-model calls, which cost five times the rest of the hash.
     * The values are the same: {@code getRGB} of such a pixel is its bytes. Returns false for any other layout.
     */
    private static boolean interleavedBytes(BufferedImage image, float[] luma) {
        Raster raster = image.getRaster();
        if (!(image.getColorModel() instanceof ComponentColorModel cm)
                || !cm.getColorSpace().isCS_sRGB()
                || cm.isAlphaPremultiplied()
                || !(raster.getDataBuffer() instanceof DataBufferByte buffer)
                || !(raster.getSampleModel() instanceof PixelInterleavedSampleModel sm)
                || raster.getNumBands() < 3
                || raster.getParent() != null) {
            return false;
        }
        for (int band = 0; band < raster.getNumBands(); band++) {
            if (sm.getSampleSize(band) != 8) {
                return false;
            }
        }
        byte[] data = buffer.getData();
        int[] offsets = sm.getBandOffsets();
        int stride = sm.getPixelStride();
        int scanline = sm.getScanlineStride();
        int base = buffer.getOffset();
        int rows = image.getHeight();
        int cols = image.getWidth();
        for (int i = 0; i < rows; i++) {
            int row = base + i * scanline;
            int r = row + offsets[0];
            int g = row + offsets[1];
            int b = row + offsets[2];
            for (int j = 0; j < cols; j++, r += stride, g += stride, b += stride) {
                luma[i * cols + j] = luma(data[r] & 0xff, data[g] & 0xff, data[b] & 0xff);
            }
        }
        return true;
    }

    /** Samples the blurred image at the centres of a 64×64 grid. */
    static float[][] decimate(float[] in, int rows, int cols) {
        float[][] out = new float[64][64];
        for (int i = 0; i < 64; i++) {
            int ini = (int) (((i + 0.5) * rows) / 64);
            for (int j = 0; j < 64; j++) {
                int inj = (int) (((j + 0.5) * cols) / 64);
                out[i][j] = in[ini * cols + inj];
            }
        }
        return out;
    }

    /**
     * The reference's heuristic: the sum of |difference| between neighbours, vertical and horizontal, each quantised
     * to whole percent of 255, divided by 90 and capped at 100. Flat or nearly flat images score low.
     */
    static int quality(float[][] m) {
        int gradientSum = 0;
        for (int i = 0; i < 63; i++) {
            for (int j = 0; j < 64; j++) {
                gradientSum += Math.abs((int) (((m[i][j] - m[i + 1][j]) * 100) / 255));
            }
        }
        for (int i = 0; i < 64; i++) {
            for (int j = 0; j < 63; j++) {
                gradientSum += Math.abs((int) (((m[i][j] - m[i][j + 1]) * 100) / 255));
            }
        }
        return Math.min(100, gradientSum / 90);
    }
}
