package org.interlink.messaging;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;

/**
 * A {@code multipart/form-data} message read straight from the request body as it streams, so the limits hold before
 * anything is buffered: at most {@value Messages#MAX_ATTACHMENTS} {@code attachment} parts (the next one is refused
 * when its headers arrive), each cut off at 25 MB + 1 byte, the whole body at {@link #MAX_BODY} bytes, text fields at 1
 * MB. Attachments wait in a {@link Spool} (memory, or a temporary file encrypted with a throw-away key). Close it to
 * delete what was spooled.
 *
 * <p>Parsed here rather than by the servlet container, whose limits are platform-wide (other modules accept larger
 * uploads) and which would spool plaintext to disk.
 */
public final class MultipartMessage implements AutoCloseable {

    /** Ten attachments of 25 MB, the text fields and the multipart framing. */
    public static final long MAX_BODY = Messages.MAX_ATTACHMENTS * Messages.MAX_ATTACHMENT_BYTES + 1024 * 1024;

    static final int MAX_FIELD = 1024 * 1024;
    static final int MAX_HEADERS = 16 * 1024;
    static final int MAX_PARTS = Messages.MAX_ATTACHMENTS + 20;

    private final Map<String, String> fields = new LinkedHashMap<>();
    private final List<Upload> attachments = new ArrayList<>();
    private final List<Spool> spools = new ArrayList<>();

    private final String fileField;

    private MultipartMessage(String fileField) {
        this.fileField = fileField;
    }

    /** The text parts, by name (the last one wins). */
    public Map<String, String> fields() {
        return fields;
    }

    public @Nullable String field(String name) {
        return fields.get(name);
    }

    /** The {@code attachment} parts, in order. */
    public List<Upload> attachments() {
        return attachments;
    }

    @Override
    public void close() {
        for (Spool spool : spools) {
            try {
                spool.close();
            } catch (IOException e) {
                // a temporary file left behind is encrypted with a key that no longer exists
            }
        }
    }

    /**
     * Reads the body.
     *
     * @param allowedFields the names of text parts accepted; any other part name is refused (400)
     * @throws AttachmentRejectedException (413) as soon as a limit is passed
     * @throws InvalidInputException (400) for a malformed body or an unexpected part
     */
    public static MultipartMessage read(InputStream body, @Nullable String contentType, Set<String> allowedFields)
            throws IOException {
        return read(body, contentType, allowedFields, "attachment");
    }

    /**
     * Reads a body whose file parts are named {@code fileField} (another module's uploads, e.g. {@code file}), with
     * the limits of message attachments; {@link #attachments()} holds them.
     */
    public static MultipartMessage read(
            InputStream body, @Nullable String contentType, Set<String> allowedFields, String fileField)
            throws IOException {
        String boundary = boundary(contentType);
        MultipartMessage message = new MultipartMessage(fileField);
        Counted counted = new Counted(body);
        try {
            message.parse(new Reader(counted, boundary), allowedFields);
            return message;
        } catch (AttachmentRejectedException e) {
            message.close();
            drain(counted);
            throw e;
        } catch (IOException | RuntimeException e) {
            message.close();
            throw e;
        }
    }

    /**
     * Reads the rest of a refused body, discarding it, so the client (still sending) reads the 413 instead of a cut
     * connection. Bounded: the body is counted, and {@link #MAX_BODY} stops it.
     */
    private static void drain(Counted counted) {
        try {
            counted.transferTo(OutputStream.nullOutputStream());
        } catch (IOException | AttachmentRejectedException e) {
            // past the bound, or the client went away: the container closes the connection
        }
    }

    private void parse(Reader reader, Set<String> allowedFields) throws IOException {
        reader.skipPreamble();
        int parts = 0;
        while (reader.nextPart()) {
            if (++parts > MAX_PARTS) {
                throw tooLarge("body", "has more than " + MAX_PARTS + " parts");
            }
            Map<String, String> headers = reader.headers();
            Disposition disposition = Disposition.parse(headers.get("content-disposition"));
            if (disposition.name().equals(fileField)) {
                if (attachments.size() == Messages.MAX_ATTACHMENTS) {
                    throw tooLarge(fileField, "at most " + Messages.MAX_ATTACHMENTS + " attachments per message");
                }
                String field = fileField + "[" + attachments.size() + "]";
                Spool spool = new Spool(Messages.MAX_ATTACHMENT_BYTES);
                spools.add(spool);
                try {
                    reader.body(spool);
                } catch (Spool.TooLarge e) {
                    throw tooLarge(field, "is larger than 25 MB");
                }
                spool.finish();
                attachments.add(new Upload(disposition.fileName(), spool.size(), spool::open));
            } else if (allowedFields.contains(disposition.name())) {
                ByteArrayOutputStream text = new ByteArrayOutputStream();
                reader.body(new Bounded(text, MAX_FIELD, disposition.name()));
                fields.put(disposition.name(), text.toString(StandardCharsets.UTF_8));
            } else {
                throw new InvalidInputException(
                        disposition.name().isEmpty() ? "body" : disposition.name(),
                        "is not a part of this request (" + String.join(", ", allowedFields) + ", " + fileField + ")");
            }
        }
    }

    private static AttachmentRejectedException tooLarge(String field, String message) {
        return AttachmentRejectedException.tooLarge(List.of(new FieldError(field, message)));
    }

    private static String boundary(@Nullable String contentType) {
        if (contentType != null) {
            for (String parameter : contentType.split(";")) {
                String p = parameter.strip();
                if (p.regionMatches(true, 0, "boundary=", 0, 9)) {
                    String value = p.substring(9);
                    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                        value = value.substring(1, value.length() - 1);
                    }
                    if (!value.isEmpty() && value.length() <= 70) {
                        return value;
                    }
                }
            }
        }
        throw new InvalidInputException("Content-Type", "must be multipart/form-data with a boundary");
    }

    /** The {@code Content-Disposition} of a part: its name and file name ({@code filename*} preferred). */
    record Disposition(String name, @Nullable String fileName) {

        static Disposition parse(@Nullable String header) {
            if (header == null) {
                throw new InvalidInputException("body", "a part lacks its Content-Disposition");
            }
            Map<String, String> parameters = new LinkedHashMap<>();
            List<String> pieces = splitOutsideQuotes(header);
            for (String piece : pieces.subList(1, pieces.size())) {
                int equals = piece.indexOf('=');
                if (equals > 0) {
                    parameters.put(
                            piece.substring(0, equals).strip().toLowerCase(Locale.ROOT),
                            unquote(piece.substring(equals + 1).strip()));
                }
            }
            String fileName = parameters.get("filename");
            String extended = parameters.get("filename*");
            if (extended != null && extended.toLowerCase(Locale.ROOT).startsWith("utf-8''")) {
                fileName = rfc5987(extended.substring(7));
            }
            return new Disposition(parameters.getOrDefault("name", ""), fileName);
        }

        private static List<String> splitOutsideQuotes(String header) {
            List<String> pieces = new ArrayList<>();
            StringBuilder piece = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < header.length(); i++) {
                char c = header.charAt(i);
                if (c == '"' && (i == 0 || header.charAt(i - 1) != '\\')) {
                    quoted = !quoted;
                }
                if (c == ';' && !quoted) {
                    pieces.add(piece.toString());
                    piece.setLength(0);
                } else {
                    piece.append(c);
                }
            }
            pieces.add(piece.toString());
            return pieces;
        }

        private static String unquote(String value) {
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                return value.substring(1, value.length() - 1)
                        .replace("\\\"", "\"")
                        .replace("\\\\", "\\");
            }
            return value;
        }

        /** Percent-decoding of an RFC 5987 value; a name is sanitised afterwards anyway. */
        private static String rfc5987(String value) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c == '%'
                        && i + 2 < value.length()
                        && Character.digit(value.charAt(i + 1), 16) >= 0
                        && Character.digit(value.charAt(i + 2), 16) >= 0) {
                    bytes.write(
                            Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
                    i += 2;
                } else {
                    bytes.write(c);
                }
            }
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** Counts every byte read from the request; refuses beyond {@link #MAX_BODY} (a chunked body has no length). */
    private static final class Counted extends InputStream {
        private final InputStream in;
        private long count;

        Counted(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] bytes, int offset, int length) throws IOException {
            int n = in.read(bytes, offset, length);
            if (n > 0 && (count += n) > MAX_BODY) {
                throw tooLarge("body", "is larger than " + MAX_BODY + " bytes");
            }
            return n;
        }
    }

    /** A text part, cut off at its limit. */
    private static final class Bounded extends OutputStream {
        private final OutputStream out;
        private final int limit;
        private final String name;
        private int count;

        Bounded(OutputStream out, int limit, String name) {
            this.out = out;
            this.limit = limit;
            this.name = name;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if ((count += length) > limit) {
                throw tooLarge(name, "is larger than 1 MB");
            }
            out.write(bytes, offset, length);
        }
    }

    /**
     * The framing of RFC 7578 / RFC 2046: parts separated by {@code CRLF--boundary}, each with headers, a blank line
     * and a body. The stream is read as if it began with CRLF, so the first delimiter is like every other.
     */
    private static final class Reader {
        private final InputStream in;
        private final byte[] delimiter;
        private final byte[] buffer = new byte[64 * 1024];
        private int start;
        private int end;
        private boolean eof;

        Reader(InputStream in, String boundary) {
            this.in = in;
            this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
            buffer[0] = '\r';
            buffer[1] = '\n';
            end = 2;
        }

        void skipPreamble() throws IOException {
            body(new Bounded(OutputStream.nullOutputStream(), MAX_HEADERS, "body"));
        }

        /** After a delimiter: true when a part follows, false at the closing delimiter. */
        boolean nextPart() throws IOException {
            if (!fill(2)) {
                throw malformed();
            }
            if (buffer[start] == '-' && buffer[start + 1] == '-') {
                return false;
            }
            while (fill(1) && (buffer[start] == ' ' || buffer[start] == '\t')) {
                start++;
            }
            if (!fill(2) || buffer[start] != '\r' || buffer[start + 1] != '\n') {
                throw malformed();
            }
            start += 2;
            return true;
        }

        /** The part's headers, names in lower case, values decoded as UTF-8. */
        Map<String, String> headers() throws IOException {
            ByteArrayOutputStream block = new ByteArrayOutputStream();
            while (true) {
                if (!fill(4)) {
                    throw malformed();
                }
                if (buffer[start] == '\r' && buffer[start + 1] == '\n' && block.size() == 0) {
                    start += 2; // no headers at all
                    break;
                }
                if (buffer[start] == '\r'
                        && buffer[start + 1] == '\n'
                        && buffer[start + 2] == '\r'
                        && buffer[start + 3] == '\n') {
                    start += 4;
                    break;
                }
                block.write(buffer[start++]);
                if (block.size() > MAX_HEADERS) {
                    throw new InvalidInputException("body", "a part's headers are larger than 16 KB");
                }
            }
            Map<String, String> headers = new LinkedHashMap<>();
            for (String line : block.toString(StandardCharsets.UTF_8).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0) {
                    headers.put(
                            line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                            line.substring(colon + 1).strip());
                }
            }
            return headers;
        }

        /** Streams the part's body into {@code sink}, up to and past the next delimiter. */
        void body(OutputStream sink) throws IOException {
            while (true) {
                fill(delimiter.length);
                int found = indexOfDelimiter();
                if (found >= 0) {
                    sink.write(buffer, start, found - start);
                    start = found + delimiter.length;
                    return;
                }
                if (eof) {
                    throw malformed();
                }
                // Everything but a tail that could be the start of a delimiter is body.
                int safe = Math.max(start, end - (delimiter.length - 1));
                sink.write(buffer, start, safe - start);
                start = safe;
                compactAndRead();
            }
        }

        private int indexOfDelimiter() {
            int last = end - delimiter.length;
            byte first = delimiter[0];
            outer:
            for (int i = start; i <= last; i++) {
                if (buffer[i] != first) {
                    continue;
                }
                for (int k = 1; k < delimiter.length; k++) {
                    if (buffer[i + k] != delimiter[k]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }

        /** Makes at least {@code n} bytes available unless the body ends first. */
        private boolean fill(int n) throws IOException {
            while (end - start < n && !eof) {
                compactAndRead();
            }
            return end - start >= n;
        }

        private void compactAndRead() throws IOException {
            if (start > 0) {
                System.arraycopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            int n = in.read(buffer, end, buffer.length - end);
            if (n < 0) {
                eof = true;
            } else {
                end += n;
            }
        }

        private static InvalidInputException malformed() {
            return new InvalidInputException("body", "is not a complete multipart/form-data body");
        }
    }
}
