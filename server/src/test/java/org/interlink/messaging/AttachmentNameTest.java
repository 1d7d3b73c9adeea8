package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttachmentNameTest {

    private static void check(String raw, String expected) {
        assertThat(AttachmentName.sanitise(raw).value()).as("sanitise(%s)", raw).isEqualTo(expected);
    }

    @Test
    void keepsOrdinaryNames() {
        check("warrant.pdf", "warrant.pdf");
        check("Müller Ausweis 2025.PDF", "Müller Ausweis 2025.PDF");
        check("Владимир.docx", "Владимир.docx");
        check("report%20final.pdf", "report final.pdf");
        check("100%.txt", "100%.txt");
    }

    @Test
    void stripsDirectoriesAndTraversal() {
        check("../../etc/passwd", "passwd");
        check("..\\..\\windows\\system32\\cmd.exe", "cmd.exe");
        check("/etc/shadow", "shadow");
        check("C:\\Users\\x\\report.pdf", "report.pdf");
        check("\\\\server\\share\\file.txt", "file.txt");
        check("..", "attachment");
        check("../", "attachment");
        check("....//....//x.pdf", "x.pdf");
    }

    @Test
    void decodesPercentEncodedTraversalBeforeStripping() {
        check("%2e%2e%2f%2e%2e%2fetc%2fpasswd", "passwd");
        check("..%2F..%2Fsecret.pdf", "secret.pdf");
        check("%252e%252e%252fsecret.pdf", "secret.pdf");
        check("..%5c..%5cboot.ini", "boot.ini");
        check("%c0%ae%c0%ae%2fx.pdf", "x.pdf");
    }

    @Test
    void removesControlFormattingAndReservedCharacters() {
        check("evil\u0000.pdf.exe", "evil.pdf.exe");
        check("a%00b.pdf", "ab.pdf");
        check("line\r\nbreak.txt", "linebreak.txt");
        check("invoice\u202Efdp.exe", "invoicefdp.exe");
        check("zero\u200Bwidth.txt", "zerowidth.txt");
        check("a<b>c:d\"e|f?g*h.txt", "abcdefgh.txt");
        check(" .hidden ", "hidden");
        check("name. . ", "name");
    }

    @Test
    void escapesWindowsDeviceNamesAndKeepsTheExtensionOfLongNames() {
        check("CON", "_CON");
        check("nul.txt", "_nul.txt");
        check("com1.tar.gz", "_com1.tar.gz");
        String long300 = "x".repeat(300) + ".pdf";
        String shortened = AttachmentName.sanitise(long300).value();
        assertThat(shortened).hasSize(200).endsWith(".pdf");
    }

    @Test
    void fallsBackForEmptyNames() {
        check("", "attachment");
        check("   ", "attachment");
        check("\u0000\u0001", "attachment");
        assertThat(AttachmentName.sanitise(null).value()).isEqualTo("attachment");
    }

    @Test
    void refusesToHoldAnUnsanitisedName() {
        assertThatThrownBy(() -> new AttachmentName("../x")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void offersAnAsciiFallbackAndTheExactNameForDownload() {
        assertThat(AttachmentName.sanitise("Müller; \"x\".pdf").contentDisposition())
                .isEqualTo("attachment; filename=\"M_ller; x.pdf\"; filename*=UTF-8''M%C3%BCller%3B%20x.pdf");
        assertThat(AttachmentName.sanitise("report.pdf").contentDisposition())
                .isEqualTo("attachment; filename=\"report.pdf\"; filename*=UTF-8''report.pdf");
    }
}
