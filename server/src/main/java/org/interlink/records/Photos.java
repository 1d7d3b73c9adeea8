package org.interlink.records;

import org.interlink.common.InvalidInputException;

/** Photo rules: JPEG or PNG by their magic bytes (never by the declared type), at most 5 MB, five per record. */
final class Photos {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PHOTOS = 5;

    private Photos() {}

    /** The content type the bytes really are, or {@link InvalidInputException} naming {@code photo}. */
    static String contentType(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new PayloadTooLargeException("photo", "must be at most 5 MB");
        }
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (bytes.length >= png.length && java.util.Arrays.equals(bytes, 0, png.length, png, 0, png.length)) {
            return "image/png";
        }
        throw new InvalidInputException("photo", "must be a JPEG or PNG image");
    }
}
