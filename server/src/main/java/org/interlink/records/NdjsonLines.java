package org.interlink.records;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
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
    private final byte[] line;
    private final byte[] chunk = new byte[64 * 1024];
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int position;
    private int limit;
    private boolean ended;
    private long number;

    NdjsonLines(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.line = new byte[maxBytes];
    }

    /** The next non-blank line, or null at the end of the stream. */
    @Nullable
    Line next() {
        while (true) {
            int length = 0;
            boolean tooLong = false;
            boolean newline = false;
            while (!newline) {
                if (position == limit && !fill()) {
                    break;
                }
                int start = position;
                while (position < limit && chunk[position] != '\n') {
                    position++;
                }
                int n = position - start;
                if (length + n <= maxBytes) {
                    System.arraycopy(chunk, start, line, length, n);
                    length += n;
                } else {
                    tooLong = true;
                    length = maxBytes;
                }
                if (position < limit) {
                    position++;
                    newline = true;
                }
            }
            if (!newline && length == 0 && !tooLong) {
                return null;
            }
            number++;
            if (tooLong) {
                return new Line(number, null, "is longer than " + maxBytes / 1024 + " KB");
            }
            if (length > 0 && line[length - 1] == '\r') {
                length--;
            }
            String text;
            try {
                text = utf8.decode(ByteBuffer.wrap(line, 0, length)).toString();
            } catch (CharacterCodingException e) {
                return new Line(number, null, "is not UTF-8");
            }
            if (!text.isBlank()) {
                return new Line(number, text, null);
            }
            if (!newline) {
                return null;
            }
        }
    }

    private boolean fill() {
        if (ended) {
            return false;
        }
        try {
            int n = in.read(chunk);
            if (n <= 0) {
                ended = n < 0;
                position = 0;
                limit = 0;
                return !ended && fill();
            }
            position = 0;
            limit = n;
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
