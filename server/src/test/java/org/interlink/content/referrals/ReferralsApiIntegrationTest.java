package org.interlink.content.referrals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Referrals and removal orders through real HTTP: the steps, the deadline, access, bad input, the PDF. */
@IntegrationTest
class ReferralsApiIntegrationTest {

    static final String PATH = "/api/v1/content/referrals";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String order(String to, String access) {
        return "{\"kind\": \"REMOVAL_ORDER\", \"to\": " + to + ", \"url\": \"https://video.example/v/"
                + UUID.randomUUID() + "\", \"grounds\": \"Recruitment video of a listed organisation\","
                + " \"evidence\": {\"hashes\": [{\"signalType\": \"pdq\", \"signal\": \""
                + "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22"
                + "\"}, {\"signalType\": \"md5\", \"signal\": \"D41D8CD98F00B204E9800998ECF8427E\"}],"
                + " \"labels\": [\"recruitment\"]}"
                + (access == null ? "" : ", \"access\": " + access) + "}";
    }

    private JsonNode created(String bureau, String body, boolean send) {
        ApiClient.Reply reply = api.postJson(PATH + (send ? "?send=true" : ""), api.bearer(bureau), body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private long rows(String sql, Object... args) {
        Long count = jdbc.queryForObject(sql, Long.class, args);
        return count == null ? 0 : count;
    }

    @Test
    void removalOrderToABureauIsSentAcknowledgedAndActedOnWithItsDeadlineAndHistory() {
        JsonNode draft = created("ncb-fr", order("{\"bureau\": \"DE\"}", null), false);
        String id = draft.get("id").asString();
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.has("deadline")).isFalse();
        assertThat(draft.get("reference").asString()).matches("RO-FR-\\d{6}");
        assertThat(draft.get("to").toString()).isEqualTo("{\"bureau\":\"DE\"}");
        assertThat(draft.get("evidence").get("hashes").get(1).get("signal").asString())
                .isEqualTo("d41d8cd98f00b204e9800998ecf8427e");

        ApiClient.Reply early = api.postJson(PATH + "/" + id + "/action", api.bearer("ncb-fr"), "{\"note\": \"x\"}");
        assertThat(early.status()).as("nothing is acted on before it is sent").isIn(403, 409);
        assertThat(api.getReply(PATH + "/" + id, api.bearer("ncb-de")).status())
                .as("a draft is its sender's alone")
                .isEqualTo(404);

        ApiClient.Reply sent =
                api.postJson(PATH + "/" + id + "/send", api.bearer("ncb-fr"), "", "X-Purpose", "TCO order 7");
        assertThat(sent.status()).as(sent.text()).isEqualTo(200);
        Instant sentAt = Instant.parse(sent.json().get("sentAt").asString());
        assertThat(Instant.parse(sent.json().get("deadline").asString())).isEqualTo(sentAt.plusSeconds(3_600));
        assertThat(sent.json().get("remainingSeconds").asLong()).isBetween(3_000L, 3_600L);
        assertThat(sent.json().get("overdue").asBoolean()).isFalse();

        assertThat(api.postJson(PATH + "/" + id + "/acknowledgement", api.bearer("ncb-fr"), "{}")
                        .status())
                .as("the sender does not answer for a bureau")
                .isEqualTo(403);
        ApiClient.Reply acknowledged =
                api.postJson(PATH + "/" + id + "/acknowledgement", api.bearer("ncb-de"), "{\"note\": \"received\"}");
        assertThat(acknowledged.status()).as(acknowledged.text()).isEqualTo(200);
        assertThat(acknowledged.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");
        ApiClient.Reply noNote = api.postJson(PATH + "/" + id + "/action", api.bearer("ncb-de"), "{}");
        assertThat(noNote.status()).isEqualTo(400);
        assertThat(noNote.contentType()).startsWith("application/problem+json");
        assertThat(noNote.json().get("errors").get(0).get("field").asString()).isEqualTo("note");
        ApiClient.Reply acted = api.postJson(
                PATH + "/" + id + "/action", api.bearer("ncb-de"), "{\"note\": \"hosting provider removed it\"}");
        assertThat(acted.status()).as(acted.text()).isEqualTo(200);
        assertThat(acted.json().get("status").asString()).isEqualTo("ACTED");
        assertThat(api.postJson(PATH + "/" + id + "/action", api.bearer("ncb-de"), "{\"note\": \"again\"}")
                        .status())
                .isEqualTo(409);

        JsonNode read = api.getReply(PATH + "/" + id, api.bearer("ncb-de")).json();
        List<String> steps = new ArrayList<>();
        read.get("history")
                .forEach(s -> steps.add(
                        s.get("step").asString() + " " + s.get("bureau").asString()));
        assertThat(steps).containsExactly("CREATED FR", "SENT FR", "ACKNOWLEDGED DE", "ACTED DE");
        assertThat(read.get("history").get(3).get("note").asString()).isEqualTo("hosting provider removed it");
        assertThat(rows(
                        "SELECT count(*) FROM audit_log WHERE object_type = 'referral' AND object_id = ? AND"
                                + " operation = 'SEND' AND purpose = 'TCO order 7' AND outcome = 'SUCCESS'",
                        id))
                .isEqualTo(1);
        assertThat(rows(
                        "SELECT count(*) FROM audit_log WHERE object_type = 'referral' AND object_id = ? AND"
                                + " operation = 'UPDATE' AND bureau = 'DE' AND outcome = 'SUCCESS'",
                        id))
                .isEqualTo(2);
    }

    @Test
    void referralToAPlatformIsAnsweredByItsSenderAndHasNoDeadline() {
        JsonNode sent = created(
                "ncb-fr",
                order("{\"platform\": \"ExampleTube\", \"contact\": \"legal@video.example\"}", null)
                        .replace("REMOVAL_ORDER", "REFERRAL"),
                true);
        String id = sent.get("id").asString();
        assertThat(sent.get("status").asString()).isEqualTo("SENT");
        assertThat(sent.has("deadline")).isFalse();
        assertThat(sent.get("reference").asString()).startsWith("RF-FR-");
        assertThat(api.postJson(PATH + "/" + id + "/action", api.bearer("ncb-de"), "{\"note\": \"x\"}")
                        .status())
                .as("DE may see it (open) but is no party")
                .isEqualTo(403);
        ApiClient.Reply acted =
                api.postJson(PATH + "/" + id + "/action", api.bearer("ncb-fr"), "{\"note\": \"kept: satire\"}");
        assertThat(acted.status()).as(acted.text()).isEqualTo(200);
        assertThat(acted.json().has("acknowledgedAt")).isFalse();
    }

    @Test
    void aReferralTheViewerMayNotSeeAnswersLikeAMissingOneOnEveryPath() {
        String access = "{\"classification\": \"OFFICIAL\", \"audience\": \"ONLY\", \"countries\": [\"IT\"]}";
        String id = created("ncb-fr", order("{\"bureau\": \"DE\"}", access), true)
                .get("id")
                .asString();
        String missing = UUID.randomUUID().toString();
        String es = api.bearer("ncb-es");
        for (String path : List.of(id, missing)) {
            ApiClient.Reply get = api.getReply(PATH + "/" + path, es);
            ApiClient.Reply pdf = api.getReply(PATH + "/" + path + "/pdf", es);
            ApiClient.Reply ack = api.postJson(PATH + "/" + path + "/acknowledgement", es, "{}");
            ApiClient.Reply act = api.postJson(PATH + "/" + path + "/action", es, "{\"note\": \"x\"}");
            ApiClient.Reply send = api.postJson(PATH + "/" + path + "/send", es, "");
            for (ApiClient.Reply reply : List.of(get, pdf, ack, act, send)) {
                assertThat(reply.status()).as(path + " " + reply.text()).isEqualTo(404);
                JsonNode problem = reply.json();
                assertThat(problem.get("detail")).isEqualTo(get.json().get("detail"));
                assertThat(problem.get("title")).isEqualTo(get.json().get("title"));
                assertThat(problem.has("errors")).isEqualTo(get.json().has("errors"));
            }
        }
        assertThat(api.getReply(PATH + "/not-a-uuid", es).status()).isEqualTo(404);
        assertThat(listed("ncb-es", id)).isFalse();
        assertThat(listed("ncb-it", id)).as("in the audience").isTrue();
        assertThat(listed("ncb-de", id)).as("addressed").isTrue();
        assertThat(api.getReply(PATH + "/" + id, api.bearer("ncb-de")).status()).isEqualTo(200);
        assertThat(rows(
                        "SELECT count(*) FROM audit_log WHERE object_type = 'referral' AND object_id = ? AND bureau ="
                                + " 'ES' AND outcome = 'NOT_FOUND'",
                        id))
                .isEqualTo(5);
    }

    private boolean listed(String bureau, String id) {
        String cursor = null;
        do {
            JsonNode page = api.getReply(
                            PATH + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor), api.bearer(bureau))
                    .json();
            for (JsonNode item : page.get("items")) {
                if (item.get("id").asString().equals(id)) {
                    return true;
                }
            }
            cursor = page.get("nextCursor") == null || page.get("nextCursor").isNull()
                    ? null
                    : page.get("nextCursor").asString();
        } while (cursor != null);
        return false;
    }

    @Test
    void listPagesWithACursorAndFiltersOverdueOrders() {
        String id = created("ncb-nl", order("{\"bureau\": \"BE\"}", null), true)
                .get("id")
                .asString();
        created("ncb-nl", order("{\"bureau\": \"BE\"}", null), true);
        jdbc.update(
                "UPDATE content_referrals SET sent_at = now() - interval '2 hours', deadline = now() - interval '1"
                        + " hour' WHERE id = ?::uuid",
                id);
        JsonNode first = api.getReply(PATH + "?limit=1", api.bearer("ncb-nl")).json();
        assertThat(first.get("items").size()).isEqualTo(1);
        String cursor = first.get("nextCursor").asString();
        JsonNode second = api.getReply(PATH + "?limit=1&cursor=" + cursor, api.bearer("ncb-nl"))
                .json();
        assertThat(second.get("items").get(0).get("id").asString())
                .isNotEqualTo(first.get("items").get(0).get("id").asString());
        JsonNode overdue =
                api.getReply(PATH + "?overdue=true", api.bearer("ncb-be")).json();
        List<String> ids = new ArrayList<>();
        overdue.get("items").forEach(i -> ids.add(i.get("id").asString()));
        assertThat(ids).contains(id);
        overdue.get("items")
                .forEach(i -> assertThat(i.get("overdue").asBoolean()).isTrue());
        assertThat(api.getReply(PATH + "?cursor=%2A%2A", api.bearer("ncb-nl")).status())
                .isEqualTo(400);
        assertThat(api.getReply(PATH + "?limit=0", api.bearer("ncb-nl"))
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("limit");
    }

    @Test
    void badInputIsRefusedNamingEveryFieldAndNothingIsStored() {
        long before = rows("SELECT count(*) FROM content_referrals");
        ApiClient.Reply reply = api.postJson(
                PATH + "?send=true",
                api.bearer("ncb-fr"),
                "{\"kind\": \"TAKEDOWN\", \"to\": {\"bureau\": \"XX\"}, \"url\": \"ftp://x\", \"grounds\": \"\","
                        + " \"evidence\": {\"hashes\": [{\"signalType\": \"pdq\", \"signal\": \"abc\"},"
                        + " {\"signalType\": \"sha1\", \"signal\": \"00\"}], \"labels\": [\"\"], \"entries\": [\"e1\"]},"
                        + " \"access\": {\"audience\": \"ONLY\", \"countries\": [\"ZZ\"]}, \"colour\": \"red\"}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields)
                .contains(
                        "kind",
                        "to.bureau",
                        "url",
                        "grounds",
                        "evidence.hashes[0].signal",
                        "evidence.hashes[1].signalType",
                        "evidence.labels[0]",
                        "access.countries[0]",
                        "colour");
        ApiClient.Reply toSelf = api.postJson(PATH, api.bearer("ncb-fr"), order("{\"bureau\": \"FR\"}", null));
        assertThat(toSelf.json().get("errors").get(0).get("field").asString()).isEqualTo("to.bureau");
        ApiClient.Reply unknownEntry = api.postJson(
                PATH,
                api.bearer("ncb-fr"),
                order("{\"bureau\": \"DE\"}", null)
                        .replace("\"labels\"", "\"entries\": [\"no-such-entry\"], \"labels\""));
        assertThat(unknownEntry.status()).isEqualTo(400);
        assertThat(unknownEntry.json().get("errors").get(0).get("field").asString())
                .isEqualTo("evidence.entries[0]");
        assertThat(api.postJson(PATH, api.bearer("ncb-fr"), "[1]").status()).isEqualTo(400);
        assertThat(api.getReply(PATH + "?kind=BOTH", api.bearer("ncb-fr")).status())
                .isEqualTo(400);
        assertThat(rows("SELECT count(*) FROM content_referrals")).isEqualTo(before);
    }

    @Test
    void pdfHoldsTheReferenceDeadlineAndHistoryAndIsAuditedAsAnExport() throws IOException {
        JsonNode sent = created("ncb-fr", order("{\"platform\": \"ExampleTube\"}", null), true);
        String id = sent.get("id").asString();
        ApiClient.Reply pdf = api.getReply(PATH + "/" + id + "/pdf", api.bearer("ncb-fr"), "X-Purpose", "court file");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        String text = text(pdf.bytes());
        String deadline = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
                .withZone(ZoneOffset.UTC)
                .format(Instant.parse(sent.get("deadline").asString()));
        assertThat(text)
                .contains(sent.get("reference").asString())
                .contains("Removal order")
                .containsPattern("Deadline:\\s+" + deadline)
                .contains("ExampleTube")
                .contains("recruitment")
                .contains("SENT");
        assertThat(rows(
                        "SELECT count(*) FROM audit_log WHERE object_type = 'referral' AND object_id = ? AND operation"
                                + " = 'EXPORT' AND purpose = 'court file'",
                        id))
                .isEqualTo(1);
    }

    /** A bank entry of the given bureau's bank shared ONLY with {@code only}; answers the entry's id. */
    private String entryOfRestrictedBank(String owner, String only) {
        ApiClient.Reply bank = api.postJson(
                "/api/v1/content/banks",
                api.bearer("ncb-" + owner),
                "{\"name\": \"referral evidence " + UUID.randomUUID() + "\", \"access\": {\"audience\": \"ONLY\","
                        + " \"countries\": [\"" + only + "\"]}}");
        assertThat(bank.status()).as(bank.text()).isEqualTo(201);
        String md5 = UUID.randomUUID().toString().replace("-", "");
        ApiClient.Reply entry = api.postJson(
                "/api/v1/content/banks/" + bank.json().get("id").asString() + "/entries",
                api.bearer("ncb-" + owner),
                "{\"signalType\": \"md5\", \"signal\": \"" + md5 + "\"}");
        assertThat(entry.status()).as(entry.text()).isEqualTo(201);
        return Long.toString(entry.json().get("entries").get(0).get("id").asLong());
    }

    @Test
    void citedBankEntriesAreCheckedAndNeverShownToAViewerWhoMayNotSeeTheirBank() throws IOException {
        String entry = entryOfRestrictedBank("it", "IT");
        String body = order("{\"bureau\": \"DE\"}", null)
                .replace("\"labels\"", "\"entries\": [\"" + entry + "\"], \"labels\"");
        ApiClient.Reply refused = api.postJson(PATH, api.bearer("ncb-fr"), body);
        assertThat(refused.status()).as("FR may not see IT's bank").isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("evidence.entries[0]");

        JsonNode sent = created("ncb-it", body, true);
        assertThat(sent.get("evidence").get("entries").get(0).asString()).isEqualTo(entry);
        String id = sent.get("id").asString();
        JsonNode seenByDe = api.getReply(PATH + "/" + id, api.bearer("ncb-de")).json();
        assertThat(seenByDe.get("evidence").get("entries").size())
                .as("DE is addressed, not in the bank's audience")
                .isZero();
        assertThat(seenByDe.get("evidence").get("hashes").size()).isEqualTo(2);
        ApiClient.Reply acknowledged = api.postJson(PATH + "/" + id + "/acknowledgement", api.bearer("ncb-de"), "{}");
        assertThat(acknowledged.json().get("evidence").get("entries").size()).isZero();
        assertThat(text(api.getReply(PATH + "/" + id + "/pdf", api.bearer("ncb-de"))
                        .bytes()))
                .contains("md5")
                .doesNotContain("bank entry");
        JsonNode seenByGs = api.getReply(PATH + "/" + id, api.bearer("gs")).json();
        assertThat(seenByGs.get("evidence").get("entries").get(0).asString()).isEqualTo(entry);
    }
}
