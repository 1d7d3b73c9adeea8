package org.interlink.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Recognises an attachment's type from its bytes against the allow-list of {@link AttachmentType}: signatures for PDF
 * and images; for zip containers, the entries an Office Open XML or OpenDocument file must hold (read from the central
 * directory, nothing is inflated, so a zip bomb costs nothing); for OLE2 compound files, the directory entry of a Word
 * or Excel stream; otherwise strict UTF-8 text without control characters. Macro-bearing documents are refused.
 */
final class FileTypes {

    /** Why an upload is refused, in words for the sender. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1
    };
    /** The end of central directory record is 22 bytes plus a comment of at most 65,535. */
    private static final int EOCD_SEARCH = 22 + 65_535;
    /** A document's central directory is small; a bigger one is not worth reading. */
    private static final int MAX_CENTRAL_DIRECTORY = 8 * 1024 * 1024;

    private FileTypes() {}

    static AttachmentType detect(Upload upload) throws IOException, Refused {
        if (upload.size() == 0) {
            throw new Refused("is empty");
        }
        byte[] head;
        try (InputStream in = upload.content().open()) {
            head = in.readNBytes(8);
        }
        if (startsWith(head, PDF)) {
            return AttachmentType.PDF;
        }
        if (startsWith(head, PNG)) {
            return AttachmentType.PNG;
        }
        if (startsWith(head, JPEG)) {
            return AttachmentType.JPEG;
        }
        if (startsWith(head, GIF87) || startsWith(head, GIF89)) {
            return AttachmentType.GIF;
        }
        if (startsWith(head, ZIP)) {
            return zipDocument(upload);
        }
        if (startsWith(head, OLE2)) {
            return oleDocument(upload);
        }
        if (isText(upload)) {
            return AttachmentType.TEXT;
        }
        throw new Refused("is not an allowed type (PDF, PNG, JPEG, GIF, UTF-8 text, DOCX, XLSX, ODT, ODS, DOC, XLS)");
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    // --- zip containers: Office Open XML and OpenDocument -------------------------------------------------------

    private static AttachmentType zipDocument(Upload upload) throws IOException, Refused {
        Set<String> names = centralDirectoryNames(upload);
        for (String name : names) {
            if (name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin")) {
                throw new Refused("is a macro-enabled document, which is not allowed");
            }
        }
        if (names.contains("[Content_Types].xml")) {
            if (names.contains("word/document.xml")) {
                return AttachmentType.DOCX;
            }
            if (names.contains("xl/workbook.xml")) {
                return AttachmentType.XLSX;
            }
        }
        if (names.contains("mimetype") && names.contains("content.xml")) {
            String mimetype = openDocumentMimetype(upload);
            if (AttachmentType.ODT.mediaType().equals(mimetype)) {
                return AttachmentType.ODT;
            }
            if (AttachmentType.ODS.mediaType().equals(mimetype)) {
                return AttachmentType.ODS;
            }
        }
        throw new Refused("is a zip archive that is not a DOCX, XLSX, ODT or ODS document");
    }

    private static Set<String> centralDirectoryNames(Upload upload) throws IOException, Refused {
        long size = upload.size();
        int tailLength = (int) Math.min(size, EOCD_SEARCH);
        byte[] tail = new byte[tailLength];
        try (InputStream in = upload.content().open()) {
            in.skipNBytes(size - tailLength);
            if (in.readNBytes(tail, 0, tailLength) != tailLength) {
                throw new Refused("is a damaged zip archive");
            }
        }
        int eocd = -1;
        for (int i = tailLength - 22; i >= 0; i--) {
            if (tail[i] == 'P' && tail[i + 1] == 'K' && tail[i + 2] == 5 && tail[i + 3] == 6) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw new Refused("is a damaged zip archive");
        }
        ByteBuffer end = ByteBuffer.wrap(tail, eocd, 22).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int entries = Short.toUnsignedInt(end.getShort(eocd + 10));
        long directorySize = Integer.toUnsignedLong(end.getInt(eocd + 12));
        long directoryOffset = Integer.toUnsignedLong(end.getInt(eocd + 16));
        if (directorySize > MAX_CENTRAL_DIRECTORY || directoryOffset + directorySize > size) {
            throw new Refused("is a damaged or unusual zip archive");
        }
        byte[] directory;
        try (InputStream in = upload.content().open()) {
            in.skipNBytes(directoryOffset);
            directory = in.readNBytes((int) directorySize);
        }
        ByteBuffer cd = ByteBuffer.wrap(directory).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        Set<String> names = new HashSet<>();
        int at = 0;
        for (int i = 0; i < entries; i++) {
            if (at + 46 > directory.length || cd.getInt(at) != 0x02014b50) {
                throw new Refused("is a damaged zip archive");
            }
            int nameLength = Short.toUnsignedInt(cd.getShort(at + 28));
            int extraLength = Short.toUnsignedInt(cd.getShort(at + 30));
            int commentLength = Short.toUnsignedInt(cd.getShort(at + 32));
            if (at + 46 + nameLength > directory.length) {
                throw new Refused("is a damaged zip archive");
            }
            names.add(new String(directory, at + 46, nameLength, StandardCharsets.UTF_8));
            at += 46 + nameLength + extraLength + commentLength;
        }
        return names;
    }

    /** OpenDocument stores its media type uncompressed in the first entry, {@code mimetype}. */
    private static String openDocumentMimetype(Upload upload) throws IOException {
        byte[] header;
        try (InputStream in = upload.content().open()) {
            header = in.readNBytes(30 + 8 + 100);
        }
        if (header.length < 38) {
            return "";
        }
        ByteBuffer local = ByteBuffer.wrap(header).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        int method = Short.toUnsignedInt(local.getShort(8));
        int length = local.getInt(18);
        int nameLength = Short.toUnsignedInt(local.getShort(26));
        int extraLength = Short.toUnsignedInt(local.getShort(28));
        int start = 30 + nameLength + extraLength;
        if (method != 0
                || nameLength != 8
                || !"mimetype".equals(new String(header, 30, 8, StandardCharsets.US_ASCII))
                || length < 0
                || start + length > header.length) {
            return "";
        }
        return new String(header, start, length, StandardCharsets.US_ASCII);
    }

    // --- OLE2 compound files: legacy Word and Excel -------------------------------------------------------------

    /**
     * Looks for the directory entries (128 bytes each, 128-byte aligned, name in UTF-16LE with its byte length at
     * offset 64) of a Word or Excel stream, and for the storages that hold macros.
     */
    private static AttachmentType oleDocument(Upload upload) throws IOException, Refused {
        boolean word = false;
        boolean excel = false;
        boolean macros = false;
        byte[] entry = new byte[128];
        try (InputStream in = upload.content().open()) {
            while (in.readNBytes(entry, 0, 128) == 128) {
                String name = directoryEntryName(entry);
                switch (name) {
                    case "WordDocument" -> word = true;
                    case "Workbook", "Book" -> excel = true;
                    case "Macros", "_VBA_PROJECT_CUR", "VBA" -> macros = true;
                    default -> {}
                }
            }
        }
        if (macros) {
            throw new Refused("is a macro-enabled document, which is not allowed");
        }
        if (word) {
            return AttachmentType.DOC;
        }
        if (excel) {
            return AttachmentType.XLS;
        }
        throw new Refused("is a compound document that is not a Word or Excel file");
    }

    private static String directoryEntryName(byte[] entry) {
        int length = Short.toUnsignedInt((short) ((entry[64] & 0xff) | (entry[65] & 0xff) << 8));
        if (length < 4 || length > 64 || length % 2 != 0 || entry[length - 1] != 0 || entry[length - 2] != 0) {
            return "";
        }
        int type = entry[66];
        if (type != 1 && type != 2) { // storage or stream
            return "";
        }
        return new String(entry, 0, length - 2, StandardCharsets.UTF_16LE);
    }

    // --- text ------------------------------------------------------------------------------------------------------

    /** Strict UTF-8 (an optional BOM), and no control character but tab, line feed, form feed and carriage return. */
    private static boolean isText(Upload upload) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = upload.content().open()) {
            boolean end = false;
            while (!end) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (read < 0) {
                    end = true;
                } else {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                if (decoder.decode(bytes, chars, end).isError()) {
                    return false;
                }
                if (end && decoder.flush(chars).isError()) {
                    return false;
                }
                chars.flip();
                while (chars.hasRemaining()) {
                    char c = chars.get();
                    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || (c >= 0x7f && c < 0xa0)) {
                        return false;
                    }
                }
                chars.clear();
                bytes.compact();
            }
        } catch (CharacterCodingException e) {
            return false;
        }
        return true;
    }
}
