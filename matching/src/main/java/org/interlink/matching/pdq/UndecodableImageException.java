package org.interlink.matching.pdq;

import java.io.Serial;

/** The bytes are not an image of a supported format (JPEG, PNG, WebP, GIF, BMP), or are too large to decode safely. */
public final class UndecodableImageException extends Exception {

    @Serial
    private static final long serialVersionUID = 1L;

    public UndecodableImageException(String message) {
        super(message);
    }

    public UndecodableImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
