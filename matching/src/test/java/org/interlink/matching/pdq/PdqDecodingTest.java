package org.interlink.matching.pdq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Decoding uploads: JPEG, PNG and WebP, and the refusals. */
class PdqDecodingTest {

    private static final BufferedImage TEXTURE = Patterns.texture(160, 120);

    @Test
    void pngDecodesToTheSamePixelsAndHash() throws Exception {
        BufferedImage decoded = PdqHasher.decode(encode(TEXTURE, "png"));
        assertThat(decoded.getWidth()).isEqualTo(160);
        assertThat(PdqHasher.hash(decoded)).isEqualTo(PdqHasher.hash(TEXTURE));
    }

    @Test
    void jpegDecodesToANearDuplicate() throws Exception {
        BufferedImage decoded = PdqHasher.decode(encode(TEXTURE, "jpeg"));
        assertThat(PdqHasher.hash(decoded)
                        .hash()
                        .distance(PdqHasher.hash(TEXTURE).hash()))
                .isLessThanOrEqualTo(16);
    }

    @Test
    void losslessWebpDecodesToTheSamePixelsAndHash() throws Exception {
        BufferedImage decoded = PdqHasher.decode(resource("pattern-lossless.webp"));
        assertThat(decoded.getWidth()).isEqualTo(160);
        assertThat(decoded.getHeight()).isEqualTo(120);
        assertThat(decoded.getRGB(17, 33) & 0xffffff).isEqualTo(TEXTURE.getRGB(17, 33) & 0xffffff);
        assertThat(PdqHasher.hash(decoded).hash())
                .isEqualTo(PdqHasher.hash(TEXTURE).hash());
    }

    @Test
    void lossyWebpDecodesToANearDuplicate() throws Exception {
        BufferedImage decoded = PdqHasher.decode(resource("pattern-lossy.webp"));
        assertThat(PdqHasher.hash(decoded)
                        .hash()
                        .distance(PdqHasher.hash(TEXTURE).hash()))
                .isLessThanOrEqualTo(16);
    }

    @Test
    void greyImageIsHashedFromItsOneBand() throws Exception {
        BufferedImage grey = new BufferedImage(160, 120, BufferedImage.TYPE_BYTE_GRAY);
        grey.getGraphics().drawImage(TEXTURE, 0, 0, null);
        BufferedImage decoded = PdqHasher.decode(encode(grey, "png"));
        assertThat(decoded.getRaster().getNumBands()).isEqualTo(1);
        assertThat(PdqHasher.hash(decoded)).isEqualTo(PdqHasher.hash(grey));
        assertThat(PdqHasher.hash(decoded)
                        .hash()
                        .distance(PdqHasher.hash(TEXTURE).hash()))
                .isLessThanOrEqualTo(31);
    }

    @Test
    void refusesBytesThatAreNoImage() {
        assertThatThrownBy(() -> PdqHasher.decode("hello, this is not an image".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(UndecodableImageException.class)
                .hasMessageContaining("not an image of a supported format");
        assertThatThrownBy(() -> PdqHasher.decode(new byte[0])).isInstanceOf(UndecodableImageException.class);
    }

    @Test
    void refusesATruncatedImage() throws Exception {
        byte[] png = encode(TEXTURE, "png");
        assertThatThrownBy(() -> PdqHasher.decode(Arrays.copyOf(png, 60)))
                .isInstanceOf(UndecodableImageException.class)
                .hasMessageContaining("could not be decoded");
        byte[] webp = resource("pattern-lossless.webp");
        assertThatThrownBy(() -> PdqHasher.decode(Arrays.copyOf(webp, 40)))
                .isInstanceOf(UndecodableImageException.class);
    }

    @Test
    void refusesADecompressionBombFromItsHeader() {
        // A valid PNG header declaring 30000 × 30000 pixels (900 M, 2.7 GB as RGB) with no pixel data behind it:
        // refused from the header alone, before any raster is allocated.
        assertThatThrownBy(() -> PdqHasher.decode(pngHeader(30_000, 30_000)))
                .isInstanceOf(UndecodableImageException.class)
                .hasMessageContaining("900000000 pixels, more than the limit of 50000000");
    }

    private static byte[] pngHeader(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17);
        ihdr.put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width).putInt(height);
        ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        ByteBuffer png = ByteBuffer.allocate(8 + 4 + 17 + 4);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        png.putInt(13).put(ihdr.array()).putInt((int) crc.getValue());
        return png.array();
    }

    private static byte[] encode(BufferedImage img, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(img, format, out)).isTrue();
        return out.toByteArray();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = PdqDecodingTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }
}
