package org.interlink.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicLong;
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

/** National systems exchanging messages through real HTTP: the "done when", bad input and access. */
@IntegrationTest
class MessagingApiIntegrationTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MessagingHousekeeping housekeeping;

    @Autowired
    AttachmentFiles files;

    ApiClient api;
    String fr;
    String de;
    String us;

    @BeforeEach
    void clients() {
        api = new ApiClient(port);
        fr = api.bearer("ncb-fr");
        de = api.bearer("ncb-de");
        us = api.bearer("ncb-us");
    }

    static String message(String to, String subject) {
        return "{\"to\": [" + to + "], \"subject\": \"" + subject + "\", \"body\": \"Please confirm the identity.\\n"
                + "Regards\", \"priority\": \"URGENT\", \"access\": {\"classification\": \"OFFICIAL\"},"
                + " \"references\": [{\"type\": \"HIT\", \"id\": \"hit-42\"}]}";
    }

    Reply sendWithPdf(String token, String subject, String fileName, String... headers) {
        return api.postMultipart(
                "/api/v1/messages",
                token,
                new Multipart()
                        .json("message", message("\"DE\"", subject))
                        .file("attachment", fileName, "application/pdf", PDF),
                headers);
    }

    @Test
    void franceSendsGermanyAnUrgentMessageWithAPdfWhichOnlyTheyAndTheGsSee() throws Exception {
        Reply sent = sendWithPdf(fr, "Hit on FR-2025-000123", "warrant.pdf", "X-Purpose", "case 2025/123");
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        JsonNode message = sent.json();
        String id = message.get("id").asString();
        assertThat(sent.header("Location")).isEqualTo("/api/v1/messages/" + id);
        assertThat(message.get("from").asString()).isEqualTo("FR");
        assertThat(message.get("sentBy").asString()).isEqualTo("ncb-fr");
        assertThat(message.get("priority").asString()).isEqualTo("URGENT");
        assertThat(message.get("to").get(0).asString()).isEqualTo("DE");
        assertThat(message.get("references").get(0).get("type").asString()).isEqualTo("HIT");
        JsonNode attachment = message.get("attachments").get(0);
        assertThat(attachment.get("n").asInt()).isEqualTo(1);
        assertThat(attachment.get("name").asString()).isEqualTo("warrant.pdf");
        assertThat(attachment.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(attachment.get("size").asLong()).isEqualTo(PDF.length);
        assertThat(message.get("receipts").get(0).has("readAt")).isFalse();

        // Stored encrypted: the plaintext is nowhere in the attachment's file (AttachmentStorageIntegrationTest has
        // more).
        String file = jdbc.queryForObject(
                "SELECT b.file FROM attachment_blobs b JOIN message_attachments a ON a.blob_id = b.id"
                        + " WHERE a.message_id = ?::uuid",
                String.class,
                id);
        byte[] stored = java.nio.file.Files.readAllBytes(files.path(file));
        assertThat(stored).hasSize(PDF.length + 16);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");

        Reply inbox = api.getReply("/api/v1/messages?box=inbox", de);
        assertThat(inbox.json().get("items").findValuesAsString("id")).contains(id);

        Reply read = api.getReply("/api/v1/messages/" + id, de);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().get("body").asString()).contains("Please confirm");
        assertThat(read.json().has("receipts"))
                .as("a recipient does not see receipts")
                .isFalse();

        Reply download = api.getReply("/api/v1/messages/" + id + "/attachments/1", de);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(PDF);
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"warrant.pdf\"; filename*=UTF-8''warrant.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download.header("Repr-Digest")).startsWith("sha-256=:");

        JsonNode receipts = api.getReply("/api/v1/messages/" + id, fr).json().get("receipts");
        assertThat(receipts.get(0).get("bureau").asString()).isEqualTo("DE");
        assertThat(receipts.get(0).get("readAt").asString()).isNotBlank();

        Reply hidden = api.getReply("/api/v1/messages/" + id, us);
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.contentType()).startsWith("application/problem+json");
        String missingId = UUID.randomUUID().toString();
        Reply missing = api.getReply("/api/v1/messages/" + missingId, us);
        assertThat(hidden.text().replace(id, missingId)).isEqualTo(missing.text());
        Reply hiddenFile = api.getReply("/api/v1/messages/" + id + "/attachments/1", us);
        assertThat(hiddenFile.status()).isEqualTo(404);
        assertThat(hiddenFile.contentType()).startsWith("application/problem+json");
        assertThat(api.getReply("/api/v1/messages?box=inbox", us)
                        .json()
                        .get("items")
                        .findValuesAsString("id"))
                .doesNotContain(id);

        assertThat(api.getReply("/api/v1/messages/" + id, api.bearer("gs")).status())
                .isEqualTo(200);

        List<String> audited = jdbc.queryForList(
                "SELECT bureau || ' ' || operation || ' ' || outcome FROM audit_log WHERE object_id = ? OR object_id"
                        + " = ? ORDER BY seq",
                String.class,
                id,
                id + "/1");
        assertThat(audited)
                .contains(
                        "FR SEND SUCCESS",
                        "DE READ SUCCESS",
                        "DE DOWNLOAD SUCCESS",
                        "US READ NOT_FOUND",
                        "US DOWNLOAD NOT_FOUND",
                        "GS READ SUCCESS");
        assertThat(jdbc.queryForObject(
                        "SELECT purpose FROM audit_log WHERE object_id = ? AND operation = 'SEND'", String.class, id))
                .isEqualTo("case 2025/123");
    }

    @Test
    void germanyRepliesInTheSameThread() {
        String id = sendWithPdf(fr, "Thread start", "a.pdf").json().get("id").asString();
        Reply reply = api.postJson(
                "/api/v1/messages",
                de,
                "{\"to\": [\"FR\"], \"subject\": \"Re: Thread start\", \"body\": \"Confirmed.\", \"inReplyTo\": \"" + id
                        + "\"}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        assertThat(reply.json().get("inReplyTo").asString()).isEqualTo(id);
        assertThat(reply.json().get("threadId").asString()).isEqualTo(id);
        assertThat(api.getReply("/api/v1/messages?box=inbox", fr)
                        .json()
                        .get("items")
                        .findValuesAsString("id"))
                .contains(reply.json().get("id").asString());
        JsonNode thread =
                api.getReply("/api/v1/messages/" + id + "/thread", fr).json().get("items");
        assertThat(thread.findValuesAsString("id"))
                .containsExactly(id, reply.json().get("id").asString());
        assertThat(api.getReply("/api/v1/messages/" + id + "/thread", us).status())
                .isEqualTo(404);
    }

    @Test
    void aRetriedSendWithTheSameIdempotencyKeyCreatesOneMessage() {
        String key = UUID.randomUUID().toString();
        String subject = "Idempotent " + key;
        Reply first = sendWithPdf(fr, subject, "a.pdf", "Idempotency-Key", key);
        Reply retry = sendWithPdf(fr, subject, "a.pdf", "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM messages WHERE subject = ?", Long.class, subject))
                .isEqualTo(1);

        Reply different = sendWithPdf(fr, subject + " changed", "a.pdf", "Idempotency-Key", key);
        assertThat(different.status()).isEqualTo(422);
        assertThat(different.contentType()).startsWith("application/problem+json");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM messages WHERE subject = ?", Long.class, subject + " changed"))
                .isZero();

        Reply otherBureau = api.postMultipart(
                "/api/v1/messages",
                de,
                new Multipart().json("message", message("\"FR\"", subject)),
                "Idempotency-Key",
                key);
        assertThat(otherBureau.status()).as("keys are per sender bureau").isEqualTo(201);
        assertThat(otherBureau.json().get("id").asString())
                .isNotEqualTo(first.json().get("id").asString());
    }

    @Test
    void idempotencyKeysAreForgottenAfterTheirRetention() {
        String key = UUID.randomUUID().toString();
        String first = sendWithPdf(fr, "Old key", "a.pdf", "Idempotency-Key", key)
                .json()
                .get("id")
                .asString();
        jdbc.update("UPDATE message_idempotency SET created_at = now() - interval '8 days' WHERE key = ?", key);
        housekeeping.forgetOldKeys();
        Reply again = sendWithPdf(fr, "Old key", "a.pdf", "Idempotency-Key", key);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.json().get("id").asString()).isNotEqualTo(first);
    }

    @Test
    void concurrentRetriesWithOneKeySendOneMessage() throws Exception {
        String key = UUID.randomUUID().toString();
        String subject = "Concurrent " + key;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Reply>> replies = new java.util.ArrayList<>();
            for (int i = 0; i < 4; i++) {
                replies.add(pool.submit(() -> sendWithPdf(fr, subject, "a.pdf", "Idempotency-Key", key)));
            }
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().text()).isEqualTo(201);
                ids.add(reply.get().json().get("id").asString());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM messages WHERE subject = ?", Long.class, subject))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM message_attachments a JOIN messages m ON m.id = a.message_id"
                                + " WHERE m.subject = ?",
                        Long.class,
                        subject))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM attachment_blobs b WHERE NOT EXISTS (SELECT 1 FROM message_attachments a"
                                + " WHERE a.blob_id = b.id)",
                        Long.class))
                .as("the losing retries' content is deleted")
                .isZero();
    }

    @Test
    void traversalFileNamesAreStoredSafely() {
        Reply sent = api.postMultipart(
                "/api/v1/messages",
                fr,
                new Multipart()
                        .json("message", message("\"DE\"", "Traversal"))
                        .file("attachment", "../../etc/passwd.pdf", "application/pdf", PDF)
                        .file("attachment", "..\\..\\windows\\system32\\evil.pdf", "application/pdf", PDF)
                        .file("attachment", "%2e%2e%2f%2e%2e%2fsecret.pdf", "application/pdf", PDF)
                        .file("attachment", "/etc/shadow.pdf", "application/pdf", PDF)
                        .file("attachment", "C:\\temp\\..\\report\u202Efdp.exe", "application/pdf", PDF));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        List<String> names = sent.json().get("attachments").findValuesAsString("name");
        assertThat(names).containsExactly("passwd.pdf", "evil.pdf", "secret.pdf", "shadow.pdf", "reportfdp.exe");
        String id = sent.json().get("id").asString();
        assertThat(jdbc.queryForList(
                        "SELECT name FROM message_attachments WHERE message_id = ?::uuid ORDER BY n", String.class, id))
                .isEqualTo(names);
        assertThat(api.getReply("/api/v1/messages/" + id + "/attachments/3", de).header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"secret.pdf\"; filename*=UTF-8''secret.pdf");
    }

    @Test
    void anAttachmentOverTheLimitIsRefusedWith413AndNothingIsStored() {
        long messages = count("messages");
        long blobs = count("attachment_blobs");
        byte[] big = new byte[25 * 1024 * 1024 + 1];
        System.arraycopy(PDF, 0, big, 0, PDF.length);
        Reply refused = api.postMultipart(
                "/api/v1/messages",
                fr,
                new Multipart()
                        .json("message", message("\"DE\"", "Too big"))
                        .file("attachment", "big.pdf", "application/pdf", big));
        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("status").asInt()).isEqualTo(413);

        Multipart eleven = new Multipart().json("message", message("\"DE\"", "Too many"));
        for (int i = 0; i < 11; i++) {
            eleven.file("attachment", "f" + i + ".pdf", "application/pdf", PDF);
        }
        Reply tooMany = api.postMultipart("/api/v1/messages", fr, eleven);
        assertThat(tooMany.status()).isEqualTo(413);
        assertThat(tooMany.contentType()).startsWith("application/problem+json");
        assertThat(count("messages")).isEqualTo(messages);
        assertThat(count("attachment_blobs")).isEqualTo(blobs);
    }

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeTheBodyIsSent() throws Exception {
        AtomicLong produced = new AtomicLong();
        long declared = 300L * 1024 * 1024;
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/messages"))
                .header("Authorization", "Bearer " + fr)
                .header("Content-Type", "multipart/form-data; boundary=xyz")
                .expectContinue(true)
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.fromPublisher(zeros(declared, produced), declared))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(produced.get()).as("bytes the client had to produce").isLessThan(declared / 10);
    }

    @Test
    void disallowedTypesAreRefusedNamingTheAttachment() {
        long messages = count("messages");
        Reply exe = api.postMultipart(
                "/api/v1/messages",
                fr,
                new Multipart()
                        .json("message", message("\"DE\"", "Executable"))
                        .file("attachment", "fine.pdf", "application/pdf", PDF)
                        .file("attachment", "invoice.pdf", "application/pdf", new byte[] {'M', 'Z', (byte) 0x90, 0, 3
                        }));
        assertThat(exe.status()).isEqualTo(415);
        assertThat(exe.contentType()).startsWith("application/problem+json");
        assertThat(exe.json().get("errors").get(0).get("field").asString()).isEqualTo("attachment[1]");
        assertThat(count("messages")).isEqualTo(messages);
    }

    @Test
    void emptyRecipientsAndUnknownCountriesAreRefusedNamingTheField() {
        Reply empty = api.postJson("/api/v1/messages", fr, "{\"to\": [], \"subject\": \"x\"}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(empty.json().get("errors").findValuesAsString("field")).contains("to");

        Reply unknown = api.postJson("/api/v1/messages", fr, "{\"to\": [\"DE\", \"XX\"], \"subject\": \"x\"}");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("errors").findValuesAsString("field")).containsExactly("to[1]");

        assertThat(jdbc.queryForObject(
                        "SELECT operation || ' ' || outcome FROM audit_log WHERE actor = 'ncb-fr' ORDER BY seq DESC"
                                + " LIMIT 1",
                        String.class))
                .as("a refused send is audited")
                .isEqualTo("SEND FAILED");

        Reply missingSubject = api.postJson("/api/v1/messages", fr, "{\"to\": [\"KP\"]}");
        assertThat(missingSubject.json().get("errors").findValuesAsString("field"))
                .containsExactly("to[0]", "subject");

        Reply multipart = api.postMultipart(
                "/api/v1/messages",
                fr,
                new Multipart()
                        .json("message", "{\"to\": [], \"subject\": \"x\"}")
                        .file("attachment", "a.pdf", "application/pdf", PDF));
        assertThat(multipart.status()).isEqualTo(400);
        assertThat(multipart.json().get("errors").findValuesAsString("field")).contains("to");
    }

    @Test
    void allBureausReachesEveryBureauButOnlyClearedViewersSeeAClassifiedMessage() {
        Reply all = api.postJson(
                "/api/v1/messages", fr, "{\"to\": [\"ALL\"], \"subject\": \"Circular\", \"body\": \"To everyone\"}");
        assertThat(all.status()).as(all.text()).isEqualTo(201);
        assertThat(all.json().get("to").get(0).asString()).isEqualTo("ALL");
        String id = all.json().get("id").asString();
        assertThat(api.getReply("/api/v1/messages/" + id, us).status()).isEqualTo(200);
        assertThat(all.json().get("receipts").size()).isEqualTo(196); // 195 other members and the GS

        Reply confidential = api.postJson(
                "/api/v1/messages",
                fr,
                "{\"to\": [\"DE\"], \"subject\": \"Eyes only\", \"access\": {\"classification\": \"CONFIDENTIAL\"}}");
        String secret = confidential.json().get("id").asString();
        assertThat(api.getReply("/api/v1/messages/" + secret, de).status())
                .as("the DE national system is cleared RESTRICTED only")
                .isEqualTo(404);
        assertThat(api.getReply("/api/v1/messages/" + secret, api.bearer("gs")).status())
                .isEqualTo(200);

        Reply outside = api.postJson(
                "/api/v1/messages",
                fr,
                "{\"to\": [\"DE\"], \"subject\": \"x\", \"access\": {\"audience\": \"EXCEPT\", \"countries\": [\"DE\"]}}");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("errors").findValuesAsString("field")).containsExactly("to[0]");
    }

    @Test
    void searchFindsOnlyMessagesTheViewerMaySee() {
        String word = "zanzibar" + Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "");
        api.postJson(
                "/api/v1/messages",
                fr,
                "{\"to\": [\"DE\"], \"subject\": \"Search me\", \"body\": \"The " + word + " case\"}");
        assertThat(api.getReply("/api/v1/messages?q=" + word, de)
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(api.getReply("/api/v1/messages?q=" + word, fr)
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(api.getReply("/api/v1/messages?q=" + word, us)
                        .json()
                        .get("items")
                        .size())
                .isZero();
    }

    @Test
    void forwardingCreatesANewMessageOwnedByTheForwarder() {
        String original =
                sendWithPdf(fr, "To forward", "evidence.pdf").json().get("id").asString();
        Reply forwarded = api.postJson(
                "/api/v1/messages/" + original + "/forward", de, "{\"to\": [\"IT\"], \"body\": \"For your case.\"}");
        assertThat(forwarded.status()).as(forwarded.text()).isEqualTo(201);
        JsonNode message = forwarded.json();
        assertThat(message.get("from").asString()).isEqualTo("DE");
        assertThat(message.get("subject").asString()).isEqualTo("Fwd: To forward");
        assertThat(message.get("forwardedFrom").asString()).isEqualTo(original);
        assertThat(message.get("body").asString()).startsWith("For your case.").contains("Please confirm");
        String it = api.bearer("ncb-it");
        String id = message.get("id").asString();
        assertThat(api.getReply("/api/v1/messages/" + id + "/attachments/1", it).bytes())
                .isEqualTo(PDF);
        assertThat(api.getReply("/api/v1/messages/" + original, it).status()).isEqualTo(404);
        assertThat(api.postJson("/api/v1/messages/" + original + "/forward", us, "{\"to\": [\"IT\"]}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void searchTakesWordsPhrasesOrAndExclusionsAsSubstrings() {
        String tag = Long.toString(System.nanoTime(), 36).replaceAll("[0-9]", "q");
        String a = api.postJson(
                        "/api/v1/messages",
                        fr,
                        "{\"to\": [\"DE\"], \"subject\": \"Okonkwo" + tag + " stolen passport\", \"body\": \"Seen in"
                                + " Lyon, 100% sure\"}")
                .json()
                .get("id")
                .asString();
        String b = api.postJson(
                        "/api/v1/messages",
                        fr,
                        "{\"to\": [\"DE\"], \"subject\": \"Re: okonkwo" + tag + "\", \"body\": \"Passport stolen in"
                                + " Paris\"}")
                .json()
                .get("id")
                .asString();
        java.util.function.Function<String, List<String>> found =
                q -> api.getReply("/api/v1/messages?q=" + java.net.URLEncoder.encode(q, StandardCharsets.UTF_8), de)
                        .json()
                        .get("items")
                        .findValuesAsString("id");
        assertThat(found.apply("okonkwo" + tag)).containsExactly(b, a); // any case, newest first
        assertThat(found.apply("konkwo" + tag)).as("a part of a name").containsExactly(b, a);
        assertThat(found.apply(tag + " \"stolen passport\"")).containsExactly(a);
        assertThat(found.apply(tag + " lyon or paris")).containsExactly(b, a);
        assertThat(found.apply(tag + " -lyon")).containsExactly(b);
        assertThat(found.apply(tag + " 100%")).containsExactly(a);
        assertThat(found.apply(tag + " 1_0")).as("_ is no wildcard").isEmpty();
        assertThat(api.getReply("/api/v1/messages?q=" + java.net.URLEncoder.encode("- or", StandardCharsets.UTF_8), de)
                        .status())
                .isEqualTo(400);
        assertThat(jdbc.queryForList("SELECT indexname FROM pg_indexes WHERE tablename = 'messages'", String.class))
                .contains("messages_subject_trgm", "messages_body_trgm");
    }

    @Test
    void theInboxPagesThroughEveryVisibleMessageOnceNewestFirst() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Reply reply = api.postJson("/api/v1/messages", fr, message("\"NL\"", "Page " + tag + " " + i));
            assertThat(reply.status()).as(reply.text()).isEqualTo(201);
            sent.addFirst(reply.json().get("id").asString());
        }
        // One the Dutch national system (cleared RESTRICTED) may not see, after the others.
        Reply confidential = api.postJson(
                "/api/v1/messages",
                fr,
                "{\"to\": [\"NL\"], \"subject\": \"Page " + tag + " confidential\", \"body\": \"x\","
                        + " \"access\": {\"classification\": \"CONFIDENTIAL\"}}");
        assertThat(confidential.status()).as(confidential.text()).isEqualTo(201);
        String nl = api.bearer("ncb-nl");
        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.getReply(
                            "/api/v1/messages?box=inbox&limit=2" + (cursor == null ? "" : "&cursor=" + cursor), nl)
                    .json();
            page.get("items").forEach(item -> {
                if (item.get("subject").asString().startsWith("Page " + tag)) {
                    seen.add(item.get("id").asString());
                }
            });
            cursor = page.has("nextCursor") ? page.get("nextCursor").asString() : null;
        } while (cursor != null && ++pages < 1_000);
        assertThat(seen)
                .as("every visible message once, newest first, and not the confidential one")
                .containsExactlyElementsOf(sent);
    }

    @Test
    void unreadCountsFollowReading() {
        String it = api.bearer("ncb-it");
        long before =
                api.getReply("/api/v1/messages/unread", it).json().get("unread").asLong();
        String id = api.postJson("/api/v1/messages", fr, "{\"to\": [\"IT\"], \"subject\": \"Count me\"}")
                .json()
                .get("id")
                .asString();
        assertThat(api.getReply("/api/v1/messages/unread", it)
                        .json()
                        .get("unread")
                        .asLong())
                .isEqualTo(before + 1);
        JsonNode unreadItems =
                api.getReply("/api/v1/messages?unread=true", it).json().get("items");
        assertThat(unreadItems.findValuesAsString("id")).contains(id);
        api.getReply("/api/v1/messages/" + id, it);
        assertThat(api.getReply("/api/v1/messages/unread", it)
                        .json()
                        .get("unread")
                        .asLong())
                .isEqualTo(before);
    }

    @Test
    void theMessagesApiIsInTheOpenApiDescription() {
        JsonNode paths = api.getReply("/v3/api-docs", null).json().get("paths");
        assertThat(paths.has("/api/v1/messages")).isTrue();
        assertThat(paths.has("/api/v1/messages/{id}/attachments/{n}")).isTrue();
        assertThat(paths.get("/api/v1/messages")
                        .get("post")
                        .get("requestBody")
                        .get("content")
                        .has("multipart/form-data"))
                .isTrue();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT count(*) FROM " + table, Long.class);
    }

    /** A body of {@code length} zero bytes, produced only as the client asks for it. */
    private static Flow.Publisher<ByteBuffer> zeros(long length, AtomicLong produced) {
        return subscriber -> subscriber.onSubscribe(new Flow.Subscription() {
            long left = length;
            boolean done;

            @Override
            public synchronized void request(long n) {
                for (long i = 0; i < n && left > 0 && !done; i++) {
                    int size = (int) Math.min(64 * 1024, left);
                    left -= size;
                    produced.addAndGet(size);
                    subscriber.onNext(ByteBuffer.allocate(size));
                }
                if (left == 0 && !done) {
                    done = true;
                    subscriber.onComplete();
                }
            }

            @Override
            public synchronized void cancel() {
                done = true;
            }
        });
    }
}
