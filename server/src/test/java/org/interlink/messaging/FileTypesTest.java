package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    private static AttachmentType detect(byte[] bytes) throws Exception {
        return FileTypes.detect(Upload.of("x", bytes));
    }

    private static void refused(byte[] bytes, String reason) {
        assertThatThrownBy(() -> detect(bytes))
                .isInstanceOf(FileTypes.Refused.class)
                .hasMessageContaining(reason);
    }

    @Test
    void recognisesSignatures() throws Exception {
        assertThat(detect("%PDF-1.7\n...".getBytes(StandardCharsets.US_ASCII))).isEqualTo(AttachmentType.PDF);
        assertThat(detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0}))
                .isEqualTo(AttachmentType.PNG);
        assertThat(detect(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}))
                .isEqualTo(AttachmentType.JPEG);
        assertThat(detect("GIF89a....".getBytes(StandardCharsets.US_ASCII))).isEqualTo(AttachmentType.GIF);
    }

    @Test
    void acceptsUtf8TextAndRefusesBinaryOrControlCharacters() throws Exception {
        assertThat(detect("Привет, Müller\r\n\tline 2\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(AttachmentType.TEXT);
        assertThat(detect("\uFEFFwith BOM".getBytes(StandardCharsets.UTF_8))).isEqualTo(AttachmentType.TEXT);
        refused("Müller".getBytes(StandardCharsets.ISO_8859_1), "not an allowed type");
        refused(new byte[] {'a', 0, 'b'}, "not an allowed type");
        refused("esc \u001b[31m".getBytes(StandardCharsets.UTF_8), "not an allowed type");
        refused(new byte[] {'M', 'Z', (byte) 0x90, 0}, "not an allowed type");
        refused(new byte[0], "is empty");
    }

    @Test
    void recognisesOfficeAndOpenDocumentContainersByTheirEntries() throws Exception {
        assertThat(detect(zip("[Content_Types].xml", "word/document.xml"))).isEqualTo(AttachmentType.DOCX);
        assertThat(detect(zip("[Content_Types].xml", "xl/workbook.xml"))).isEqualTo(AttachmentType.XLSX);
        assertThat(detect(openDocument("application/vnd.oasis.opendocument.text")))
                .isEqualTo(AttachmentType.ODT);
        assertThat(detect(openDocument("application/vnd.oasis.opendocument.spreadsheet")))
                .isEqualTo(AttachmentType.ODS);
        refused(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"), "macro");
        refused(zip("payload.exe"), "not a DOCX");
        refused(openDocument("application/x-evil"), "not a DOCX");
        refused("PK\u0003\u0004garbage".getBytes(StandardCharsets.ISO_8859_1), "damaged");
    }

    @Test
    void recognisesLegacyWordAndExcelFromTheirDirectoryAndRefusesMacros() throws Exception {
        assertThat(detect(ole("WordDocument"))).isEqualTo(AttachmentType.DOC);
        assertThat(detect(ole("Workbook"))).isEqualTo(AttachmentType.XLS);
        refused(ole("WordDocument", "Macros"), "macro");
        refused(ole("Something"), "not a Word or Excel");
    }

    static byte[] zip(String... names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument package: the media type stored uncompressed first, then the content. */
    static byte[] openDocument(String mediaType) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = mediaType.getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** A minimal compound file: the header sector, then a directory sector with the named entries. */
    static byte[] ole(String... names) {
        byte[] file = new byte[512 + 512];
        byte[] magic = {(byte) 0xd0, (byte) 0xcf, 0x11, (byte) 0xe0, (byte) 0xa1, (byte) 0xb1, 0x1a, (byte) 0xe1};
        System.arraycopy(magic, 0, file, 0, 8);
        for (int i = 0; i < names.length; i++) {
            int at = 512 + 128 * i;
            byte[] name = names[i].getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(name, 0, file, at, name.length);
            int length = name.length + 2;
            file[at + 64] = (byte) length;
            file[at + 66] = 2; // stream
        }
        return file;
    }
}
