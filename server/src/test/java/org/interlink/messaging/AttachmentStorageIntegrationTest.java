package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.interlink.ApiClient;
import org.interlink.ApiClient.Multipart;
import org.interlink.ApiClient.Reply;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Attachment content in encrypted files (AttachmentFiles), through real HTTP: what is on disk, what a damaged file
 * answers, what a failed send leaves behind, what a crash leaves behind, and that blobs stored in the database before
 * files were introduced are still read.
 */
@IntegrationTest
class AttachmentStorageIntegrationTest {

    /** A PDF over two segments (256 KiB each), every line of which would be visible in a plaintext copy. */
    static final byte[] LARGE_PDF = largePdf();

    private static final String MARKER = "SECRET-WITNESS-NAME-ALBERTINE";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentFiles files;

    @Autowired
    AttachmentBlobs blobs;

    @Autowired
    AttachmentCipher cipher;

    @Autowired
    MessagingHousekeeping housekeeping;

    ApiClient api;
    String fr;
    String de;

    @BeforeEach
    void clients() {
        api = new ApiClient(port);
        fr = api.bearer("ncb-fr");
        de = api.bearer("ncb-de");
    }

    static byte[] largePdf() {
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        int line = 0;
        while (pdf.length() < 600_000) {
            pdf.append(MARKER).append(' ').append(line++).append('\n');
        }
        return pdf.append("%%EOF\n").toString().getBytes(StandardCharsets.US_ASCII);
    }

    String send(String subject, byte[] content) {
        Reply sent = api.postMultipart(
                "/api/v1/messages",
                fr,
                new Multipart()
                        .json("message", MessagingApiIntegrationTest.message("\"DE\"", subject))
                        .file("attachment", "statement.pdf", "application/pdf", content));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        return sent.json().get("id").asString();
    }

    String fileOf(String messageId) {
        return jdbc.queryForObject(
                "SELECT b.file FROM attachment_blobs b JOIN message_attachments a ON a.blob_id = b.id"
                        + " WHERE a.message_id = ?::uuid",
                String.class,
                messageId);
    }

    long fileCount() throws Exception {
        if (!Files.isDirectory(files.root())) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(files.root())) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void contentIsAnEncryptedFileOutsideTheDatabaseAndDownloadsIntact() throws Exception {
        String id = send("Witness statement", LARGE_PDF);
        String file = fileOf(id);
        Path path = files.path(file);

        byte[] onDisk = Files.readAllBytes(path);
        assertThat(onDisk).hasSize(LARGE_PDF.length + 3 * 16); // three segments, a 16-byte tag each
        String raw = new String(onDisk, StandardCharsets.ISO_8859_1);
        assertThat(raw).doesNotContain(MARKER).doesNotContain("%PDF");
        assertThat(Files.getPosixFilePermissions(path)).hasSize(2); // owner read and write only
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM attachment_segments s JOIN message_attachments a ON a.blob_id = s.blob_id"
                                + " WHERE a.message_id = ?::uuid",
                        Long.class,
                        id))
                .as("no ciphertext in the database")
                .isZero();

        Reply download = api.getReply("/api/v1/messages/" + id + "/attachments/1", de);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(LARGE_PDF);
    }

    @Test
    void aTamperedFileIsRefusedWithAClearProblemAndAuditedAsFailed() throws Exception {
        String id = send("Tampered", LARGE_PDF);
        Path path = files.path(fileOf(id));
        byte[] content = Files.readAllBytes(path);
        content[300_000] ^= 1; // one bit in the second segment
        Files.write(path, content);

        Reply download = api.getReply("/api/v1/messages/" + id + "/attachments/1", de);
        assertDamaged(download, id);
        assertThat(jdbc.queryForList(
                        "SELECT outcome FROM audit_log WHERE object_id = ? AND operation = 'DOWNLOAD'",
                        String.class,
                        id + "/1"))
                .containsExactly("FAILED");
    }

    @Test
    void aTruncatedOrMissingFileIsRefusedTheSameWay() throws Exception {
        String cut = send("Truncated", LARGE_PDF);
        Path path = files.path(fileOf(cut));
        byte[] content = Files.readAllBytes(path);
        Files.write(path, java.util.Arrays.copyOf(content, 2 * (AttachmentCipher.SEGMENT + 16)));
        assertDamaged(api.getReply("/api/v1/messages/" + cut + "/attachments/1", de), cut);

        String gone = send("Missing", MessagingApiIntegrationTest.PDF);
        Files.delete(files.path(fileOf(gone)));
        assertDamaged(api.getReply("/api/v1/messages/" + gone + "/attachments/1", de), gone);
    }

    @Test
    void contentThatDoesNotMatchItsChecksumIsRefused() {
        String id = send("Checksum", MessagingApiIntegrationTest.PDF);
        // The file authenticates, but the row's checksum says otherwise (as for content stored from different bytes).
        jdbc.update(
                "UPDATE attachment_blobs SET sha256 = repeat('0', 64) WHERE id = (SELECT blob_id FROM"
                        + " message_attachments WHERE message_id = ?::uuid)",
                id);
        assertDamaged(api.getReply("/api/v1/messages/" + id + "/attachments/1", de), id);
    }

    void assertDamaged(Reply download, String id) {
        assertThat(download.status()).isEqualTo(500);
        assertThat(download.contentType()).startsWith("application/problem+json");
        assertThat(download.json().get("title").asString()).isEqualTo("Attachment failed its integrity check");
        assertThat(download.json().get("detail").asString()).contains(id + "/1").contains("none of it was sent");
        assertThat(download.text()).doesNotContain("Exception").doesNotContain(MARKER);
    }

    @Test
    void aSendWhoseMessageTransactionFailsLeavesNoRowAndNoFile() throws Exception {
        // Make the message transaction fail after the content is stored: a trigger refuses this one subject.
        String subject = "Doomed " + UUID.randomUUID();
        jdbc.execute("CREATE FUNCTION test_refuse_doomed() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN IF"
                + " NEW.subject LIKE 'Doomed %' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW;"
                + " END $$");
        jdbc.execute("CREATE TRIGGER test_refuse_doomed BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION"
                + " test_refuse_doomed()");
        try {
            long blobsBefore = count("attachment_blobs");
            long filesBefore = fileCount();
            Reply sent = api.postMultipart(
                    "/api/v1/messages",
                    fr,
                    new Multipart()
                            .json("message", MessagingApiIntegrationTest.message("\"DE\"", subject))
                            .file("attachment", "a.pdf", "application/pdf", LARGE_PDF)
                            .file("attachment", "b.pdf", "application/pdf", MessagingApiIntegrationTest.PDF));
            assertThat(sent.status()).isEqualTo(500);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM messages WHERE subject = ?", Long.class, subject))
                    .isZero();
            assertThat(count("attachment_blobs")).isEqualTo(blobsBefore);
            assertThat(fileCount()).isEqualTo(filesBefore);
        } finally {
            jdbc.execute("DROP TRIGGER test_refuse_doomed ON messages");
            jdbc.execute("DROP FUNCTION test_refuse_doomed()");
        }
    }

    @Test
    void theSweepRemovesWhatACrashBeforeTheMessageCommitLeft() throws Exception {
        // A crash after the file was written (row and file, nothing refers to them) ...
        AttachmentBlobs.Blob written = blobs.store(Upload.of("x.pdf", LARGE_PDF), LARGE_PDF.length, "0".repeat(64));
        String writtenFile =
                jdbc.queryForObject("SELECT file FROM attachment_blobs WHERE id = ?", String.class, written.id());
        assertThat(Files.exists(files.path(writtenFile))).isTrue();
        // ... and one before the file was written (the row only).
        UUID rowOnly = UUID.randomUUID();
        jdbc.update(
                "INSERT INTO attachment_blobs (id, size, sha256, key_id, salt, nonce_prefix, segments, file) VALUES"
                        + " (?, 1, repeat('0', 64), 'k', '\\x00', '\\x00', 1, ?)",
                rowOnly,
                AttachmentFiles.name(rowOnly));
        // A referenced blob as old as they are must stay.
        String kept = send("Kept through the sweep", MessagingApiIntegrationTest.PDF);
        jdbc.update(
                "UPDATE attachment_blobs SET created_at = now() - interval '2 hours' WHERE id IN (?, ?) OR id ="
                        + " (SELECT blob_id FROM message_attachments WHERE message_id = ?::uuid)",
                written.id(),
                rowOnly,
                kept);

        housekeeping.sweepOrphanContent();

        assertThat(Files.exists(files.path(writtenFile))).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM attachment_blobs WHERE id IN (?, ?)", Long.class, written.id(), rowOnly))
                .isZero();
        assertThat(api.getReply("/api/v1/messages/" + kept + "/attachments/1", de)
                        .bytes())
                .isEqualTo(MessagingApiIntegrationTest.PDF);
    }

    @Test
    void blobsStoredInTheDatabaseBeforeFilesAreStillRead() throws Exception {
        // A blob as written before V31: segments in attachment_segments, no file.
        UUID legacy = UUID.randomUUID();
        AttachmentCipher.Sealing sealing = cipher.seal(legacy);
        int segments = AttachmentBlobs.segments(LARGE_PDF.length);
        jdbc.update(
                "INSERT INTO attachment_blobs (id, size, sha256, key_id, salt, nonce_prefix, segments) VALUES"
                        + " (?, ?, ?, ?, ?, ?, ?)",
                legacy,
                (long) LARGE_PDF.length,
                java.util.HexFormat.of().formatHex(AttachmentBlobs.sha256().digest(LARGE_PDF)),
                cipher.keyId(),
                sealing.salt,
                sealing.prefix,
                segments);
        for (int i = 0; i < segments; i++) {
            int from = i * AttachmentCipher.SEGMENT;
            byte[] plain = java.util.Arrays.copyOfRange(
                    LARGE_PDF, from, Math.min(LARGE_PDF.length, from + AttachmentCipher.SEGMENT));
            jdbc.update(
                    "INSERT INTO attachment_segments (blob_id, n, data) VALUES (?, ?, ?)",
                    legacy,
                    i,
                    sealing.encrypt(i, i == segments - 1, plain, plain.length));
        }
        String id = send("Legacy", MessagingApiIntegrationTest.PDF);
        jdbc.update("UPDATE message_attachments SET blob_id = ? WHERE message_id = ?::uuid", legacy, id);

        Reply download = api.getReply("/api/v1/messages/" + id + "/attachments/1", de);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(LARGE_PDF);
    }

    @Test
    void anEmptyAndAnExactlySegmentSizedContentRoundTrip() throws Exception {
        for (int size : new int[] {0, AttachmentCipher.SEGMENT, 2 * AttachmentCipher.SEGMENT + 1}) {
            byte[] content = new byte[size];
            new java.util.Random(size).nextBytes(content);
            AttachmentBlobs.Blob blob = blobs.store(Upload.of("x", content), size, "-");
            AttachmentBlobs.Stored stored = new AttachmentBlobs.Stored(
                    new AttachmentInfo(1, "x", "application/octet-stream", size, "-"),
                    blob.id(),
                    cipher.keyId(),
                    jdbc.queryForObject("SELECT salt FROM attachment_blobs WHERE id = ?", byte[].class, blob.id()),
                    jdbc.queryForObject(
                            "SELECT nonce_prefix FROM attachment_blobs WHERE id = ?", byte[].class, blob.id()),
                    AttachmentBlobs.segments(size),
                    AttachmentFiles.name(blob.id()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            blobs.decrypt(stored, out);
            assertThat(out.toByteArray()).as("size %d", size).isEqualTo(content);
            blobs.deleteUnreferenced(java.util.List.of(blob.id()));
            assertThat(Files.exists(files.path(AttachmentFiles.name(blob.id()))))
                    .isFalse();
        }
    }

    @Test
    void aFileNameFromARowNeverLeavesTheDirectory() {
        assertThatThrownBy(() -> files.path("../../etc/passwd")).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> files.path("ab/../../x")).isInstanceOf(IllegalStateException.class);
        UUID id = UUID.randomUUID();
        assertThat(files.path(AttachmentFiles.name(id)).getParent().getParent()).isEqualTo(files.root());
    }

    long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }
}
