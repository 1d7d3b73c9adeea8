package org.interlink.messaging;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A file name safe to store, show and offer for download: no directories, no traversal, no control or bidirectional
 * formatting characters, no characters Windows refuses, no device names, at most {@value #MAX_LENGTH} characters.
 *
 * <p>{@link #sanitise(String)} percent-decodes first (up to three rounds, so {@code %2e%2e%2f} and {@code %252e} are
 * seen as the {@code ../} they stand for), then keeps only the last path segment, whether separated by {@code /} or
 * {@code \}. Example: {@code "..%2F..%2Fetc%2Fpasswd"} becomes {@code "passwd"}, {@code "C:\\temp\\report.pdf"}
 * becomes {@code "report.pdf"}.
 *
 * @param value the sanitised name, never empty
 */
public record AttachmentName(String value) {

    static final int MAX_LENGTH = 200;
    static final String FALLBACK = "attachment";

    private static final Set<String> DEVICES = Set.of(
            "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT1",
            "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    public AttachmentName {
        if (value == null || value.isEmpty() || !value.equals(clean(value))) {
            throw new IllegalArgumentException("not a sanitised file name: " + value);
        }
    }

    /** The safe form of a name as a client sent it (which may be null, empty or hostile). */
    public static AttachmentName sanitise(@Nullable String raw) {
        return new AttachmentName(clean(raw == null ? "" : raw));
    }

    private static String clean(String raw) {
        String name = raw;
        for (int round = 0; round < 3 && name.indexOf('%') >= 0; round++) {
            name = percentDecode(name);
        }
        name = Normalizer.normalize(name, Normalizer.Form.NFC).replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(AttachmentName::allowed).forEach(kept::appendCodePoint);
        name = trimDotsAndSpaces(kept.toString());
        name = shorten(name);
        if (name.isEmpty()) {
            return FALLBACK;
        }
        String stem = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        if (DEVICES.contains(stem.trim().toUpperCase(Locale.ROOT))) {
            name = "_" + name;
        }
        return name;
    }

    private static boolean allowed(int c) {
        if (Character.isISOControl(c) || "<>:\"/\\|?*".indexOf(c) >= 0) {
            return false;
        }
        int type = Character.getType(c);
        // Bidirectional overrides (U+202E turns "gpj.exe" into "exe.jpg" on screen), zero-width characters, unpaired
        // surrogates and private-use or unassigned code points have no place in a file name.
        return type != Character.FORMAT
                && type != Character.SURROGATE
                && type != Character.PRIVATE_USE
                && type != Character.UNASSIGNED;
    }

    private static String trimDotsAndSpaces(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && (name.charAt(start) == '.' || Character.isWhitespace(name.charAt(start)))) {
            start++;
        }
        while (end > start && (name.charAt(end - 1) == '.' || Character.isWhitespace(name.charAt(end - 1)))) {
            end--;
        }
        return name.substring(start, end);
    }

    /** Cuts the stem, not the extension, so {@code .pdf} survives. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = extension.isEmpty() ? name : name.substring(0, dot);
        int keep = MAX_LENGTH - extension.length();
        return stem.substring(0, stem.offsetByCodePoints(0, keep)) + extension;
    }

    /** Decodes %XX sequences as UTF-8; anything that is not a valid escape is kept as it is. */
    private static String percentDecode(String text) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && hex(text.charAt(i + 1)) >= 0 && hex(text.charAt(i + 2)) >= 0) {
                bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
                i += 3;
            } else {
                int cp = text.codePointAt(i);
                byte[] encoded = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i += Character.charCount(cp);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }

    /**
     * The {@code Content-Disposition} header value offering this name for download: an ASCII fallback in {@code
     * filename} and the exact name in RFC 5987 {@code filename*}.
     */
    public String contentDisposition() {
        StringBuilder ascii = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%' ? c : '_');
        }
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%')
                        .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
