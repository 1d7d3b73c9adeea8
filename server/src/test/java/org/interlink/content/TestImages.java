package org.interlink.content;

import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Photos for tests, so they run without the PDQ fixtures ({@link DemoImages}), blurred copies, and their files. */
final class TestImages {

    private TestImages() {}

    static BufferedImage photo(long seed) {
        return DemoImages.photo(seed);
    }

    /** A 5×5 box blur, as an editor's "blur a little". */
    static BufferedImage blurred(BufferedImage image) {
        float[] kernel = new float[25];
        Arrays.fill(kernel, 1f / 25);
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        new ConvolveOp(new Kernel(5, 5, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, out);
        return out;
    }

    static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, format, out)) {
                throw new IllegalStateException("no writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
