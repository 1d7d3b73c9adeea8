package org.interlink.matching.pdq;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;

/** The hasher on synthetic images: golden values, the quality rule and the dihedral hashes. */
class PdqHasherTest {

    @Test
    void textureHashIsStable() {
        // Pins the whole pipeline (luminance, blur, sampling, DCT, median) on an image every JVM draws alike.
        PdqResult r = PdqHasher.hash(Patterns.texture(160, 120));
        assertThat(r.hash().hex()).isEqualTo(GOLDEN_TEXTURE);
        assertThat(r.quality()).isEqualTo(100);
        assertThat(r.usable()).isTrue();
    }

    @Test
    void largeTextureHashIsStable() {
        // 1200×900: windows of 10 and 8 pixels, so the box filter's growing, full and shrinking phases all run.
        PdqResult r = PdqHasher.hash(Patterns.texture(1200, 900));
        assertThat(r.hash().hex()).isEqualTo(GOLDEN_LARGE_TEXTURE);
    }

    @Test
    void luminanceReadStraightFromTheBufferEqualsTheColourModelsRgb() {
        BufferedImage texture = Patterns.texture(97, 61);
        int[] types = {
            BufferedImage.TYPE_3BYTE_BGR,
            BufferedImage.TYPE_4BYTE_ABGR,
            BufferedImage.TYPE_INT_RGB,
            BufferedImage.TYPE_INT_ARGB,
            BufferedImage.TYPE_USHORT_565_RGB
        };
        for (int type : types) {
            BufferedImage img = new BufferedImage(97, 61, type);
            img.getGraphics().drawImage(texture, 0, 0, null);
            assertThat(PdqHasher.luminance(img)).as("type %d", type).containsExactly(viaGetRgb(img));
            BufferedImage part = img.getSubimage(5, 7, 60, 40);
            assertThat(PdqHasher.luminance(part)).as("part of type %d", type).containsExactly(viaGetRgb(part));
        }
    }

    private static float[] viaGetRgb(BufferedImage img) {
        float[] out = new float[img.getWidth() * img.getHeight()];
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                out[y * img.getWidth() + x] =
                        0.299f * ((p >> 16) & 0xff) + 0.587f * ((p >> 8) & 0xff) + 0.114f * (p & 0xff);
            }
        }
        return out;
    }

    @Test
    void flatImageHasQualityZeroAndIsNotUsable() {
        PdqResult r = PdqHasher.hash(Patterns.flat(300, 200, 0x336699));
        assertThat(r.quality()).isZero();
        assertThat(r.usable()).isFalse();
    }

    @Test
    void smoothGradientIsBelowTheQualityThreshold() {
        PdqResult r = PdqHasher.hash(Patterns.gradient(256, 256));
        assertThat(r.quality()).isLessThan(PdqHasher.MIN_QUALITY);
    }

    @Test
    void scalingBarelyChangesTheHash() {
        PdqHash small = PdqHasher.hash(Patterns.texture(160, 120)).hash();
        PdqHash large = PdqHasher.hash(Patterns.texture(1200, 900)).hash();
        PdqHash stretched = PdqHasher.hash(Patterns.texture(90, 200)).hash();
        assertThat(small.distance(large)).isLessThanOrEqualTo(31);
        assertThat(small.distance(stretched)).isLessThanOrEqualTo(31);
    }

    @Test
    void dihedralZeroIsTheHashAndEachTransformFindsItsImage() {
        BufferedImage img = Patterns.texture(240, 180);
        List<PdqResult> dih = PdqHasher.dihedral(img);
        assertThat(dih).hasSize(8);
        assertThat(dih.getFirst()).isEqualTo(PdqHasher.hash(img));
        List<BiFunction<Integer, Integer, int[]>> transforms = transforms(img.getWidth(), img.getHeight());
        for (int t = 0; t < 8; t++) {
            PdqHash transformed = PdqHasher.hash(transform(img, t)).hash();
            assertThat(transformed.distance(dih.get(t).hash()))
                    .as("dihedral %d against the hash of the transformed image", t)
                    .isLessThanOrEqualTo(31);
            if (t > 0) {
                assertThat(transformed.distance(dih.getFirst().hash()))
                        .as("transform %d", t)
                        .isGreaterThan(31);
            }
        }
        assertThat(transforms).hasSize(8);
    }

    /** Pixel transforms in the reference's order: for output (x, y) of an image, the source (x, y). */
    private static List<BiFunction<Integer, Integer, int[]>> transforms(int w, int h) {
        return List.of(
                (x, y) -> new int[] {x, y},
                (x, y) -> new int[] {w - 1 - y, x}, // rotated 90° anticlockwise
                (x, y) -> new int[] {w - 1 - x, h - 1 - y},
                (x, y) -> new int[] {y, h - 1 - x},
                (x, y) -> new int[] {x, h - 1 - y}, // upside down
                (x, y) -> new int[] {w - 1 - x, y}, // mirrored
                (x, y) -> new int[] {y, x}, // transposed
                (x, y) -> new int[] {w - 1 - y, h - 1 - x});
    }

    private static BufferedImage transform(BufferedImage src, int t) {
        int w = src.getWidth();
        int h = src.getHeight();
        boolean swap = t == 1 || t == 3 || t == 6 || t == 7;
        int ow = swap ? h : w;
        int oh = swap ? w : h;
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_INT_RGB);
        BiFunction<Integer, Integer, int[]> f = transforms(w, h).get(t);
        for (int y = 0; y < oh; y++) {
            for (int x = 0; x < ow; x++) {
                int[] s = f.apply(x, y);
                out.setRGB(x, y, src.getRGB(s[0], s[1]));
            }
        }
        return out;
    }

    private static final String GOLDEN_TEXTURE = "4582703245a270f24a1ea56d4a8e0fe04c3f718ca75dec1da9751bddf2191fd7";
    private static final String GOLDEN_LARGE_TEXTURE =
            "45c2703245e278f30e1fa5654a8c07e04c3f718cb55dac1da9751bddf2190fd7";
}
