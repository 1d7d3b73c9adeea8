package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
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
import tools.jackson.databind.JsonNode;

/**
 * Content's kept evidence (docs/CONTENT.md) through real HTTP, sealed by {@link SealedFiles}: what is on disk, who may
 * download it, that nothing is kept unless asked, that a refused or conflicting upload leaves nothing, and that
 * messaging's housekeeping leaves it alone. It sits in messaging's package to see the attachment directory and run the
 * housekeeping.
 */
@IntegrationTest
class ContentEvidenceStorageIntegrationTest {

    private static final String MARKER = "SEIZED-PROPAGANDA-LEAFLET-LINE";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentFiles files;

    @Autowired
    AttachmentBlobs blobs;

    @Autowired
    MessagingHousekeeping housekeeping;

    ApiClient api;
    String de;
    String fr;
    String it;

    @BeforeEach
    void clients() {
        api = new ApiClient(port);
        de = api.bearer("ncb-de");
        fr = api.bearer("ncb-fr");
        it = api.bearer("ncb-it");
    }

    /** A text file over three cipher segments (256 KiB each), every line of which a plaintext copy would show. */
    static byte[] leaflet(String salt) {
        StringBuilder text = new StringBuilder(salt).append('\n');
        int line = 0;
        while (text.length() < 600_000) {
            text.append(MARKER).append(' ').append(line++).append('\n');
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    String bank(String access) {
        Reply reply = api.postJson(
                "/api/v1/content/banks",
                de,
                "{\"name\": \"DE evidence " + UUID.randomUUID() + "\", \"labels\": [\"entity:other\"]"
                        + (access == null ? "" : ", \"access\": " + access) + "}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    Reply upload(String bank, byte[] content, String keepEvidence) {
        Multipart body = new Multipart().file("file", "leaflet 1.txt", "text/plain", content);
        if (keepEvidence != null) {
            body.text("keepEvidence", keepEvidence);
        }
        return api.postMultipart("/api/v1/content/banks/" + bank + "/entries", de, body);
    }

    long evidenceRows() {
        return jdbc.queryForObject("SELECT count(*) FROM content_evidence", Long.class);
    }

    long filesOnDisk() throws IOException {
        if (!Files.isDirectory(files.root())) {
            return 0;
        }
        try (Stream<Path> all = Files.walk(files.root())) {
            return all.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void keptEvidenceIsCiphertextOnDiskAndOnlyThoseWhoMaySeeTheBankDownloadIt() throws IOException {
        String bank = bank("{\"audience\": \"ONLY\", \"countries\": [\"FR\"]}");
        byte[] content = leaflet(UUID.randomUUID().toString());

        Reply added = upload(bank, content, "true");

        assertThat(added.status()).as(added.text()).isEqualTo(201);
        JsonNode entries = added.json().get("entries");
        assertThat(entries.findValuesAsString("signalType")).containsExactly("md5", "sha256");
        entries.forEach(e -> assertThat(e.get("evidence").asBoolean()).isTrue());
        long entry = entries.get(0).get("id").asLong();

        String file = jdbc.queryForObject(
                "SELECT v.file FROM content_evidence v JOIN content_entries e ON e.evidence_id = v.id WHERE e.id = ?",
                String.class,
                entry);
        byte[] onDisk = Files.readAllBytes(files.path(file));
        assertThat(onDisk).hasSize(content.length + 3 * 16); // three sealed segments, a 16-byte tag each
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain(MARKER);

        for (String viewer : new String[] {de, fr}) {
            Reply download = api.getReply("/api/v1/content/entries/" + entry + "/evidence", viewer);
            assertThat(download.status()).as(download.text()).isEqualTo(200);
            assertThat(download.bytes()).isEqualTo(content);
            assertThat(download.contentType()).isEqualTo("application/octet-stream");
            assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(download.header("Content-Disposition")).startsWith("attachment; filename=\"leaflet 1.txt\"");
        }
        long second = entries.get(1).get("id").asLong();
        assertThat(api.getReply("/api/v1/content/entries/" + second + "/evidence", fr)
                        .bytes())
                .isEqualTo(content);

        // Italy may not see the bank: the same answer as for an entry that does not exist.
        long missing = Long.MAX_VALUE;
        Reply hidden = api.getReply("/api/v1/content/entries/" + entry + "/evidence", it);
        Reply absent = api.getReply("/api/v1/content/entries/" + missing + "/evidence", it);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).isEqualTo(absent.contentType());
        assertThat(hidden.text().replace(Long.toString(entry), "ID"))
                .isEqualTo(absent.text().replace(Long.toString(missing), "ID"));

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'EXPORT' AND object_type = 'content-evidence'"
                                + " AND object_id = ? AND outcome = 'SUCCESS' AND purpose = 'evidence disclosure'",
                        Long.class,
                        Long.toString(entry)))
                .isEqualTo(2);
    }

    @Test
    void anEntryWithoutEvidenceAnswersAsAMissingOne() throws IOException {
        String bank = bank(null);
        long before = filesOnDisk();
        long rows = evidenceRows();

        Reply added = upload(bank, leaflet(UUID.randomUUID().toString()), null);

        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().get("entries").findValuesAsString("evidence")).containsOnly("false");
        assertThat(filesOnDisk()).as("no file written").isEqualTo(before);
        assertThat(evidenceRows()).isEqualTo(rows);
        long entry = added.json().get("entries").get(0).get("id").asLong();
        Reply none = api.getReply("/api/v1/content/entries/" + entry + "/evidence", de);
        Reply absent = api.getReply("/api/v1/content/entries/" + Long.MAX_VALUE + "/evidence", de);
        assertThat(none.status()).isEqualTo(404);
        assertThat(none.text().replace(Long.toString(entry), "ID"))
                .isEqualTo(absent.text().replace(Long.toString(Long.MAX_VALUE), "ID"));
    }

    @Test
    void messagingHousekeepingLeavesEvidenceAlone() throws IOException {
        String bank = bank(null);
        byte[] content = leaflet(UUID.randomUUID().toString());
        Reply added = upload(bank, content, "true");
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        long entry = added.json().get("entries").get(0).get("id").asLong();
        jdbc.update("UPDATE content_evidence SET added_at = now() - interval '30 days'");

        housekeeping.daily();
        blobs.sweepUnreferenced(Instant.now().plus(1, ChronoUnit.DAYS));

        assertThat(api.getReply("/api/v1/content/entries/" + entry + "/evidence", de)
                        .bytes())
                .isEqualTo(content);
    }

    @Test
    void aRefusedOrConflictingUploadKeepsNothing() throws IOException {
        String bank = bank(null);
        byte[] content = leaflet(UUID.randomUUID().toString());
        assertThat(upload(bank, content, "true").status()).isEqualTo(201);
        long before = filesOnDisk();
        long rows = evidenceRows();

        // The same file again: its hashes are in the bank already (409), so the file sealed for it is removed.
        Reply conflict = upload(bank, content, "true");
        assertThat(conflict.status()).as(conflict.text()).isEqualTo(409);
        // Too large: refused from the declared length, before the body is read.
        Reply large = upload(bank, new byte[25 * 1024 * 1024 + 1], "true");
        assertThat(large.status()).as(large.text()).isEqualTo(413);
        assertThat(large.contentType()).startsWith("application/problem+json");
        assertThat(large.json().get("errors").findValuesAsString("field")).containsAnyOf("file", "file[0]");
        Reply bad = upload(bank, leaflet("other"), "yes");
        assertThat(bad.status()).as(bad.text()).isEqualTo(400);
        assertThat(bad.json().get("errors").findValuesAsString("field")).contains("keepEvidence");

        assertThat(filesOnDisk()).isEqualTo(before);
        assertThat(evidenceRows()).isEqualTo(rows);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM content_entries WHERE bank_id = ?", Long.class, bank))
                .isEqualTo(2);
    }
}
