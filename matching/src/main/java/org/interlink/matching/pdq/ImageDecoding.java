package org.interlink.matching.pdq;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/** Decodes image files with ImageIO's registered readers, refusing oversized images from their header. */
final class ImageDecoding {

    /** The largest image decoded: 50 megapixels (a 200 MB RGB raster, plus PDQ's two float buffers of 200 MB each). */
    static final long MAX_PIXELS = 50_000_000L;

    private ImageDecoding() {}

    static BufferedImage decode(byte[] file) throws UndecodableImageException {
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(file))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new UndecodableImageException("not an image of a supported format (JPEG, PNG, WebP, GIF, BMP)");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw new UndecodableImageException(
                            "the image has " + pixels + " pixels, more than the limit of " + MAX_PIXELS);
                }
                if (pixels == 0) {
                    throw new UndecodableImageException("the image has no pixels");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw new UndecodableImageException("the image could not be decoded");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new UndecodableImageException("the image could not be decoded: " + e.getMessage(), e);
        }
    }
}
