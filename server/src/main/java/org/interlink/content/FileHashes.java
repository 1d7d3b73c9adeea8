package org.interlink.content;

import java.awt.image.BufferedImage;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.interlink.common.InvalidInputException;
import org.interlink.matching.pdq.PdqHasher;
import org.interlink.matching.pdq.PdqResult;
import org.interlink.matching.pdq.UndecodableImageException;
import org.jspecify.annotations.Nullable;

/**
 * The signals of an uploaded file: MD5 and SHA-256 always, PDQ (with its quality) when it is an image the matching
 * library decodes (JPEG, PNG, GIF, BMP, WebP). A file sent as an image ({@code image/*}, or named {@code .jpg},
 * {@code .png} …) that does not decode is refused, so that nobody believes a photo was matched when it was not.
 *
 * @param pdq null when the file is not an image
 */
record FileHashes(String md5, String sha256, @Nullable PdqResult pdq) {

    static FileHashes of(byte[] bytes, @Nullable String contentType, @Nullable String fileName) {
        PdqResult pdq = null;
        try {
            BufferedImage image = PdqHasher.decode(bytes);
            pdq = PdqHasher.hash(image);
        } catch (UndecodableImageException e) {
            if (claimsImage(contentType, fileName)) {
                throw new InvalidInputException(
                        "file",
                        "is not an image Interlink can decode (JPEG, PNG, GIF, BMP or WebP): " + e.getMessage());
            }
        }
        return new FileHashes(digest("MD5", bytes), digest("SHA-256", bytes), pdq);
    }

    private static boolean claimsImage(@Nullable String contentType, @Nullable String fileName) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("image/")) {
            return true;
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return name.matches(".*\\.(jpe?g|png|gif|bmp|webp)");
    }

    private static String digest(String algorithm, byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is part of every JDK", e);
        }
    }
}
