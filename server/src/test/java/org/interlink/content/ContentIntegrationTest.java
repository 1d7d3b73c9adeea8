package org.interlink.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.matching.pdq.PdqHash;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Banks, entries and lookups through the API on real PostgreSQL: a photo added by DE matches FR's blurred copy and DE
 * is told; a bank FR may not see answers FR as a miss and tells its owner silently; a disabled entry stops matching;
 * negative banks suppress; the HMA-compatible endpoint's shape.
 */
@IntegrationTest
class ContentIntegrationTest {

    static final Path FIXTURES = Path.of("/work/shared/fixtures/pdq/images/bridge-mods");

    @LocalServerPort
    int port;

    @org.springframework.beans.factory.annotation.Autowired
    org.interlink.members.Members members;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void aBlurredCopyOfAGeneratedPhotoMatchesAndTheOwnerIsTold() {
        BufferedImageCase photo = new BufferedImageCase(
                TestImages.encode(TestImages.photo(7), "png"),
                TestImages.encode(TestImages.blurred(TestImages.photo(7)), "jpg"));
        blurredCopyMatches(photo.original(), "photo.png", photo.copy(), "copy.jpg");
    }

    @Test
    void aBlurredCopyOfAFixturePhotoMatchesAndTheOwnerIsTold() throws IOException {
        Assumptions.assumeTrue(
                Files.isDirectory(FIXTURES), "PDQ fixtures absent at " + FIXTURES + ": only the generated photo ran");
        blurredCopyMatches(
                Files.readAllBytes(FIXTURES.resolve("aaa-orig.jpg")),
                "aaa-orig.jpg",
                Files.readAllBytes(FIXTURES.resolve("blur-a-lot.jpg")),
                "blur-a-lot.jpg");
    }

    private record BufferedImageCase(byte[] original, byte[] copy) {}

    private void blurredCopyMatches(byte[] original, String name, byte[] copy, String copyName) {
        String de = api.bearer("ncb-de");
        String bank = createBank(de, "DE photos " + UUID.randomUUID(), "{\"audience\": \"ALL\"}", false);
        ApiClient.Reply added = api.postMultipart(
                "/api/v1/content/banks/" + bank + "/entries",
                de,
                new ApiClient.Multipart()
                        .file("file", name, "image/jpeg", original)
                        .text("labels", "behaviour:recruitment, content:image")
                        .text("source", "seized phone"));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        JsonNode entries = added.json().get("entries");
        assertThat(entries.findValuesAsString("signalType")).containsExactlyInAnyOrder("pdq", "md5", "sha256");
        JsonNode pdqEntry = byType(entries, "pdq");
        assertThat(pdqEntry.get("quality").asInt()).isGreaterThanOrEqualTo(50);
        assertThat(pdqEntry.get("labels").toString()).contains("behaviour:recruitment", "content:image");

        ApiClient.Reply lookup = api.postMultipart(
                "/api/v1/content/lookups",
                api.bearer("ncb-fr"),
                new ApiClient.Multipart().file("file", copyName, "image/jpeg", copy),
                "X-Purpose",
                "platform report triage");
        assertThat(lookup.status()).as(lookup.text()).isEqualTo(200);
        JsonNode pdq = byType(lookup.json().get("results"), "pdq");
        assertThat(pdq.get("outcome").asString()).isEqualTo("HIT");
        JsonNode match = pdq.get("matches").get(0);
        assertThat(match.get("entryId").asLong()).isEqualTo(pdqEntry.get("id").asLong());
        assertThat(match.get("distance").asInt()).isBetween(0, 31);
        assertThat(match.get("bankId").asString()).isEqualTo(bank);
        assertThat(match.get("owner").asString()).isEqualTo("DE");
        assertThat(match.get("labels").toString()).contains("behaviour:recruitment");
        assertThat(match.get("hitId").asString()).isNotBlank();
        assertThat(byType(lookup.json().get("results"), "md5").get("outcome").asString())
                .as("the copy's bytes differ")
                .isEqualTo("NO_HIT");

        JsonNode told = find(hits(de, "FR"), pdqEntry.get("id").asString());
        assertThat(told.get("silent").asBoolean()).isFalse();
        assertThat(told.get("searcherBureau").asString()).isEqualTo("FR");
        assertThat(told.get("purpose").asString()).isEqualTo("platform report triage");
        assertThat(told.get("id").asString()).isEqualTo(match.get("hitId").asString());
    }

    @Test
    void aBankRestrictedToItalyAnswersFranceAsAMissAndTellsItalySilently() {
        String it = api.bearer("ncb-it");
        String fr = api.bearer("ncb-fr");
        String bank = createBank(
                it, "IT only " + UUID.randomUUID(), "{\"audience\": \"ONLY\", \"countries\": [\"IT\"]}", false);
        String hash = randomPdq(new Random(11));
        long entry = addSignal(it, bank, "pdq", hash);

        JsonNode seen = lookup(fr, "pdq", hash);
        JsonNode miss = lookup(fr, "pdq", randomPdq(new Random(12)));
        assertThat(seen.get("outcome").asString()).isEqualTo("NO_HIT");
        assertThat(withoutSignal(seen)).as("indistinguishable from a miss").isEqualTo(withoutSignal(miss));

        JsonNode silent = find(hits(it, "FR"), Long.toString(entry));
        assertThat(silent.get("silent").asBoolean()).isTrue();
        assertThat(hits(fr, "IT").findValuesAsString("recordId")).doesNotContain(Long.toString(entry));
        assertThat(api.get("/api/v1/content/banks", fr).body()).doesNotContain(bank);
        assertThat(api.getReply("/m/lookup?signal_type=pdq&signal=" + hash, fr).text())
                .isEqualTo("{}");

        // Italy itself sees it at distance 0.
        assertThat(lookup(it, "pdq", hash).get("outcome").asString()).isEqualTo("HIT");
    }

    @Test
    void aDisabledEntryStopsMatchingWithinASecondAndMatchesAgainWhenEnabled() {
        String de = api.bearer("ncb-de");
        String fr = api.bearer("ncb-fr");
        String bank = createBank(de, "DE urls " + UUID.randomUUID(), null, false);
        long entry = addSignal(de, bank, "url", "HTTPS://Example.ORG:443/a/%7euser/?x=1#top");
        assertThat(lookup(fr, "url", "https://example.org/a/~user?x=1")
                        .get("outcome")
                        .asString())
                .as("the normalised URL matches")
                .isEqualTo("HIT");

        ApiClient.Reply off = patch(api, de, entry, false);
        assertThat(off.status()).as(off.text()).isEqualTo(200);
        assertThat(off.json().get("enabled").asBoolean()).isFalse();
        assertThat(pollOutcome(fr, "url", "https://example.org/a/~user?x=1", "NO_HIT"))
                .isEqualTo("NO_HIT");

        ApiClient.Reply on = patch(api, de, entry, true);
        assertThat(on.status()).isEqualTo(200);
        assertThat(pollOutcome(fr, "url", "https://example.org/a/~user?x=1", "HIT"))
                .isEqualTo("HIT");
    }

    @Test
    void aVisibleNegativeEntrySuppressesTheMatchAndSaysWhy() {
        String de = api.bearer("ncb-de");
        String fr = api.bearer("ncb-fr");
        String md5 = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 16);
        long bad = addSignal(de, createBank(de, "DE md5 " + UUID.randomUUID(), null, false), "md5", md5);
        assertThat(lookup(fr, "md5", md5).get("outcome").asString()).isEqualTo("HIT");
        int before = hits(de, "FR").findValuesAsString("recordId").stream()
                .filter(id -> id.equals(Long.toString(bad)))
                .toList()
                .size();

        String benign = createBank(de, "DE benign " + UUID.randomUUID(), null, true);
        long good = addSignal(de, benign, "md5", md5.toUpperCase());
        JsonNode result = lookup(fr, "md5", md5);
        assertThat(result.get("outcome").asString()).isEqualTo("NO_HIT");
        assertThat(result.get("matches").size()).isZero();
        assertThat(result.get("note").asString()).contains("known benign", Long.toString(good));
        assertThat(hits(de, "FR").findValuesAsString("recordId").stream()
                        .filter(id -> id.equals(Long.toString(bad)))
                        .toList())
                .as("no new hit")
                .hasSize(before);
    }

    @Test
    void theHmaEndpointAnswersInHmasShape() {
        String de = api.bearer("ncb-de");
        String name = "DE HMA " + UUID.randomUUID();
        String bank = createBank(de, name, null, false);
        String hash = randomPdq(new Random(21));
        long entry = addSignal(de, bank, "pdq", hash);
        char[] near = hash.toCharArray();
        near[0] = near[0] == '0' ? '1' : '0'; // one to four bits away
        ApiClient.Reply reply =
                api.getReply("/m/lookup?signal_type=pdq&signal=" + new String(near), api.bearer("ncb-fr"));
        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.get(name).isArray()).isTrue();
        JsonNode match = body.get(name).get(0);
        assertThat(match.get("bank_content_id").asLong()).isEqualTo(entry);
        assertThat(match.get("distance").isString())
                .as("HMA writes the distance as a string")
                .isTrue();
        assertThat(Integer.parseInt(match.get("distance").asString())).isBetween(1, 4);

        byte[] photo = TestImages.encode(TestImages.photo(99), "png");
        api.postMultipart(
                "/api/v1/content/banks/" + bank + "/entries",
                de,
                new ApiClient.Multipart().file("file", "p.png", "image/png", photo));
        ApiClient.Reply posted = api.postMultipart(
                "/m/lookup",
                api.bearer("ncb-fr"),
                new ApiClient.Multipart().file("photo", "p.png", "image/png", photo));
        assertThat(posted.status()).as(posted.text()).isEqualTo(200);
        assertThat(posted.json().get("pdq").get(name).get(0).get("distance").asString())
                .isEqualTo("0");
        assertThat(posted.json().get("md5").get(name)).hasSize(1);
        assertThat(posted.json().get("sha256").get(name)).hasSize(1);

        ApiClient.Reply missing = api.getReply("/m/lookup?signal_type=pdq", api.bearer("ncb-fr"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("errors").findValuesAsString("field")).containsExactly("signal");
        assertThat(api.getReply("/m/lookup?signal_type=pdq&signal=" + hash, null)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsStored() {
        String de = api.bearer("ncb-de");
        String bank = createBank(de, "DE bad input " + UUID.randomUUID(), null, false);
        String entries = "/api/v1/content/banks/" + bank + "/entries";

        assertField(
                api.postJson(entries, de, "{\"signalType\": \"pdq\", \"signal\": \"" + "zz".repeat(32) + "\"}"),
                400,
                "signal");
        assertField(api.postJson(entries, de, "{\"signalType\": \"md5\", \"signal\": \"abc\"}"), 400, "signal");
        assertField(api.postJson(entries, de, "{\"signalType\": \"tlsh\", \"signal\": \"abc\"}"), 400, "signalType");
        assertField(api.postJson(entries, de, "{\"signalType\": \"url\", \"signal\": \"ftp://x\"}"), 400, "signal");
        assertField(
                api.postJson(
                        entries,
                        de,
                        "{\"signalType\": \"md5\", \"signal\": \"" + "a".repeat(32)
                                + "\", \"labels\": [\"behaviour:nice\"]}"),
                400,
                "labels[0]");
        assertField(
                api.postMultipart(
                        entries, de, new ApiClient.Multipart().file("file", "x.png", "image/png", new byte[] {1, 2, 3
                                })),
                400,
                "file");
        assertField(
                api.postMultipart(
                        entries,
                        de,
                        new ApiClient.Multipart()
                                .file("file", "big.bin", "application/octet-stream", new byte[25 * 1024 * 1024 + 1])),
                413,
                "file[0]");

        StringBuilder batch = new StringBuilder("{\"signals\": [");
        for (int i = 0; i <= Lookups.MAX_SIGNALS; i++) {
            batch.append(i == 0 ? "" : ",")
                    .append("{\"signalType\": \"md5\", \"signal\": \"")
                    .append("b".repeat(32))
                    .append("\"}");
        }
        batch.append("]}");
        assertField(api.postJson("/api/v1/content/lookups", de, batch.toString()), 400, "signals");
        assertField(
                api.postJson(
                        "/api/v1/content/lookups",
                        de,
                        "{\"signals\": [{\"signalType\": \"sha256\", \"signal\": \"" + "c".repeat(63) + "\"}]}"),
                400,
                "signals[0].signal");
        assertField(api.postJson("/api/v1/content/banks", de, "{\"name\": \"\"}"), 400, "name");
        assertField(
                api.postJson(
                        "/api/v1/content/banks",
                        de,
                        "{\"name\": \"x" + UUID.randomUUID() + "\", \"access\": {\"audience\": \"ONLY\"}}"),
                400,
                "access.countries");

        JsonNode page = api.getReply(entries, de).json();
        assertThat(page.get("items").size()).as("nothing stored").isZero();
    }

    @Test
    void aLowQualityPdqIsNotMatchedAndSaysSo() {
        String fr = api.bearer("ncb-fr");
        ApiClient.Reply reply = api.postJson(
                "/api/v1/content/lookups",
                fr,
                "{\"signals\": [{\"signalType\": \"pdq\", \"signal\": \"" + randomPdq(new Random(5))
                        + "\", \"quality\": 20}]}");
        assertThat(reply.status()).isEqualTo(200);
        JsonNode result = reply.json().get("results").get(0);
        assertThat(result.get("outcome").asString()).isEqualTo("NO_HIT");
        assertThat(result.get("note").asString()).contains("quality 20 is below 50");

        // A featureless photo: its MD5 and SHA-256 are banked, its PDQ is not, and both answers say so.
        java.awt.image.BufferedImage flat =
                new java.awt.image.BufferedImage(200, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        byte[] png = TestImages.encode(flat, "png");
        String de = api.bearer("ncb-de");
        String bank = createBank(de, "DE flat " + UUID.randomUUID(), null, false);
        ApiClient.Reply added = api.postMultipart(
                "/api/v1/content/banks/" + bank + "/entries",
                de,
                new ApiClient.Multipart().file("file", "flat.png", "image/png", png));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertThat(added.json().get("entries").findValuesAsString("signalType"))
                .containsExactlyInAnyOrder("md5", "sha256");
        assertThat(added.json().get("notes").get(0).asString()).contains("pdq not stored", "below 50");
        ApiClient.Reply looked = api.postMultipart(
                "/api/v1/content/lookups", fr, new ApiClient.Multipart().file("file", "flat.png", "image/png", png));
        JsonNode pdq = byType(looked.json().get("results"), "pdq");
        assertThat(pdq.get("outcome").asString()).isEqualTo("NO_HIT");
        assertThat(pdq.get("note").asString()).contains("below 50");
        assertThat(byType(looked.json().get("results"), "md5").get("outcome").asString())
                .isEqualTo("HIT");
    }

    @Test
    void anAuditorOrAnAdministratorGetsNoContent() {
        org.interlink.access.Viewer admin = new org.interlink.access.Viewer(
                "admin", "GS", java.util.Set.of("ADMINISTRATOR"), org.interlink.access.Classification.OFFICIAL);
        for (org.interlink.members.Role role :
                List.of(org.interlink.members.Role.AUDITOR, org.interlink.members.Role.ADMINISTRATOR)) {
            String id = "content-" + role.name().toLowerCase() + "-" + UUID.randomUUID();
            String secret = members.createClient(
                    admin, id, "GS", java.util.Set.of(role), org.interlink.access.Classification.CONFIDENTIAL);
            String token = api.token(id, secret).json().get("access_token").asString();
            assertThat(api.getReply("/api/v1/content/banks", token).status())
                    .as(role + " lists banks")
                    .isEqualTo(403);
            assertThat(api.getReply("/m/lookup?signal_type=md5&signal=" + "a".repeat(32), token)
                            .status())
                    .as(role + " looks up")
                    .isEqualTo(403);
        }
    }

    // --- helpers

    static ApiClient.Reply patch(ApiClient api, String token, long entry, boolean enabled) {
        return api.exchange(
                "PATCH",
                "/api/v1/content/entries/" + entry,
                token,
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\": " + enabled + "}"),
                "Content-Type",
                "application/json");
    }

    String createBank(String token, String name, String access, boolean negative) {
        ApiClient.Reply reply = api.postJson(
                "/api/v1/content/banks",
                token,
                "{\"name\": \"" + name + "\", \"labels\": [\"entity:other\"], \"negative\": " + negative
                        + (access == null ? "" : ", \"access\": " + access) + "}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    long addSignal(String token, String bank, String type, String signal) {
        ApiClient.Reply reply = api.postJson(
                "/api/v1/content/banks/" + bank + "/entries",
                token,
                "{\"signalType\": \"" + type + "\", \"signal\": \"" + signal
                        + "\", \"labels\": [\"behaviour:propaganda\"]}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("entries").get(0).get("id").asLong();
    }

    JsonNode lookup(String token, String type, String signal) {
        ApiClient.Reply reply = api.postJson(
                "/api/v1/content/lookups",
                token,
                "{\"signals\": [{\"signalType\": \"" + type + "\", \"signal\": \"" + signal + "\"}]}");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().get("results").get(0);
    }

    /** Asks until the outcome is the expected one or a second has passed; answers the last outcome. */
    String pollOutcome(String token, String type, String signal, String expected) {
        long deadline = System.nanoTime() + 1_000_000_000L;
        String outcome;
        do {
            outcome = lookup(token, type, signal).get("outcome").asString();
        } while (!outcome.equals(expected) && System.nanoTime() < deadline);
        return outcome;
    }

    JsonNode hits(String token, String otherBureau) {
        ApiClient.Reply reply = api.getReply("/api/v1/hits?kind=CONTENT_ENTRY&limit=200&bureau=" + otherBureau, token);
        assertThat(reply.status()).isEqualTo(200);
        return reply.json().get("items");
    }

    static JsonNode find(JsonNode hits, String recordId) {
        for (JsonNode hit : hits) {
            if (hit.get("recordId").asString().equals(recordId)) {
                return hit;
            }
        }
        throw new AssertionError("no hit on " + recordId + " in " + hits);
    }

    static JsonNode byType(JsonNode items, String type) {
        for (JsonNode item : items) {
            if (item.get("signalType").asString().equals(type)) {
                return item;
            }
        }
        throw new AssertionError("no " + type + " in " + items);
    }

    static String withoutSignal(JsonNode result) {
        tools.jackson.databind.node.ObjectNode copy = (tools.jackson.databind.node.ObjectNode) result.deepCopy();
        copy.remove("signal");
        return copy.toString();
    }

    static String randomPdq(Random random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return PdqHash.fromHex(HexFormat.of().formatHex(bytes)).hex();
    }

    static void assertField(ApiClient.Reply reply, int status, String field) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.json().get("errors").findValuesAsString("field")).contains(field);
    }

    static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.get("id").asString()));
        return ids;
    }
}
