package org.interlink.messaging;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * An attachment as received, not yet checked: the name the client gave, its size and its bytes, which can be read more
 * than once (the content is checked, hashed, then encrypted).
 *
 * @param fileName the name as sent; sanitised before it is stored
 * @param size the number of bytes, as the multipart layer counted them
 */
public record Upload(@Nullable String fileName, long size, Content content) {

    /** The bytes of an upload; every call opens a fresh stream from the start. */
    @FunctionalInterface
    public interface Content {
        InputStream open() throws IOException;
    }

    public static Upload of(@Nullable String fileName, byte[] bytes) {
        return new Upload(fileName, bytes.length, () -> new java.io.ByteArrayInputStream(bytes));
    }
}
