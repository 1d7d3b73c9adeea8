package org.interlink.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads NDJSON one line at a time from a stream, never holding more than one line: a line longer than the limit is
 * skipped to its end and reported, not buffered. Lines are numbered from 1; blank lines are skipped but counted.
 */
final class NdjsonLines {

    /** One line: its number and text, or why it cannot be read. */
    record Line(
            long number, @Nullable String text, @Nullable String problem) {}

    private final InputStream in;
    private final int maxBytes;
    private final byte[] buffer;
    private long number;

    NdjsonLines(InputStream in, int maxBytes) {
        this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 64 * 1024);
        this.maxBytes = maxBytes;
        this.buffer = new byte[maxBytes];
    }

    /** The next non-blank line, or null at the end of the stream. */
    @Nullable
    Line next() {
        try {
            while (true) {
                int length = 0;
                boolean tooLong = false;
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    if (length < maxBytes) {
                        buffer[length++] = (byte) b;
                    } else {
                        tooLong = true;
                    }
                }
                if (b == -1 && length == 0 && !tooLong) {
                    return null;
                }
                number++;
                if (tooLong) {
                    return new Line(number, null, "is longer than " + maxBytes / 1024 + " KB");
                }
                if (length > 0 && buffer[length - 1] == '\r') {
                    length--;
                }
                String text;
                try {
                    text = StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(buffer, 0, length))
                            .toString();
                } catch (CharacterCodingException e) {
                    return new Line(number, null, "is not UTF-8");
                }
                if (!text.isBlank()) {
                    return new Line(number, text, null);
                }
                if (b == -1) {
                    return null;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
