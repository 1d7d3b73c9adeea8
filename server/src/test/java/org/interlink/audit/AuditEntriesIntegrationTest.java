package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The auditor's three questions through GET /api/v1/audit/entries and its export, over real HTTP. */
@IntegrationTest
class AuditEntriesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditVerifier verifier;

    ApiClient api;
    String auditor;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        auditor = api.bearer("gs");
    }

    private String createPerson(String token, String name) {
        ApiClient.Reply created = api.postJson(
                "/api/v1/persons", token, "{\"names\": [{\"value\": \"" + name + "\", \"type\": \"PRIMARY\"}]}");
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private JsonNode entries(String query) {
        ApiClient.Response response = api.get("/api/v1/audit/entries?" + query, auditor);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void whoConsultedARecordNamesEveryReaderWithPurpose() {
        String id = createPerson(api.bearer("ncb-fr"), "Auditable PERSON");
        ApiClient.Reply read = api.getReply("/api/v1/persons/" + id, api.bearer("ncb-de"), "X-Purpose", "case 2026/77");
        assertThat(read.status()).isEqualTo(200);

        JsonNode items = entries("objectId=" + id).get("items");
        assertThat(items.valueStream()
                        .map(e -> e.get("actor").asString() + " "
                                + e.get("operation").asString()))
                .containsExactly("ncb-de READ", "ncb-fr CREATE");
        JsonNode reading = items.get(0);
        assertThat(reading.get("purpose").asString()).isEqualTo("case 2026/77");
        assertThat(reading.get("bureau").asString()).isEqualTo("DE");
        assertThat(reading.get("objectType").asString()).isEqualTo("person");
        assertThat(reading.get("seq").asLong())
                .isGreaterThan(items.get(1).get("seq").asLong());
        assertThat(reading.get("at").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
    }

    @Test
    void aCheckRecordsItsPostAndTheAuditorFindsChecksAtThatPost() {
        String post = "Test post " + UUID.randomUUID();
        String token = api.bearer("ncb-it");
        for (int i = 0; i < 2; i++) {
            ApiClient.Reply check = api.postJson(
                    "/api/v1/screening/persons", token, "{\"name\": \"Nobody KNOWN\"}", "X-Location", post);
            assertThat(check.status()).isEqualTo(200);
        }
        api.postJson("/api/v1/screening/persons", token, "{\"name\": \"Nobody KNOWN\"}", "X-Location", "elsewhere");

        JsonNode items = entries("operation=SCREEN&location=" + encoded(post)).get("items");
        assertThat(items.size()).isEqualTo(2);
        assertThat(items.valueStream()
                        .map(e -> e.get("actor").asString() + "@"
                                + e.get("location").asString()))
                .containsOnly("ncb-it@" + post);
        // The post is part of each row's hash, and rows written with and without one still chain.
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void everythingAUserDidIsPagedWithACursorNewestFirst() {
        String token = api.bearer("ncb-pt");
        for (int i = 0; i < 5; i++) {
            api.getReply("/api/v1/persons/" + createPerson(token, "Paged PERSON " + i), token);
        }
        List<Long> seqs = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = entries("actor=ncb-pt&limit=3" + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(page.get("items").size()).isLessThanOrEqualTo(3);
            page.get("items").forEach(e -> {
                assertThat(e.get("actor").asString()).isEqualTo("ncb-pt");
                seqs.add(e.get("seq").asLong());
            });
            cursor = page.has("nextCursor") && !page.get("nextCursor").isNull()
                    ? page.get("nextCursor").asString()
                    : null;
            pages++;
        } while (cursor != null && pages < 50);
        assertThat(seqs).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates();
        assertThat(seqs).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(pages).isGreaterThanOrEqualTo(4);

        JsonNode creates = entries("actor=ncb-pt&operation=create&bureau=PT").get("items");
        assertThat(creates.size()).isEqualTo(5);
    }

    @Test
    void timeWindowAndPurposeFilter() {
        String token = api.bearer("ncb-at");
        String id = createPerson(token, "Windowed PERSON");
        api.getReply("/api/v1/persons/" + id, token, "X-Purpose", "window test " + id);
        JsonNode today =
                entries("objectId=" + id + "&from=2000-01-01&to=2999-12-31").get("items");
        assertThat(today.size()).isEqualTo(2);
        assertThat(entries("objectId=" + id + "&to=2000-01-01").get("items").size())
                .isZero();
        assertThat(entries("objectId=" + id + "&from=2999-01-01T00:00:00Z")
                        .get("items")
                        .size())
                .isZero();
        JsonNode purposed = entries("purpose=" + encoded("window test " + id)).get("items");
        assertThat(purposed.size()).isEqualTo(1);
        assertThat(purposed.get(0).get("operation").asString()).isEqualTo("READ");
    }

    @Test
    void badFiltersAre400ProblemsNamingTheField() {
        assertRefused("from=yesterday", "from");
        assertRefused("to=2026-13-40", "to");
        assertRefused("operation=PEEK", "operation");
        assertRefused("cursor=not-a-cursor!", "cursor");
        assertRefused("cursor=" + java.util.Base64.getUrlEncoder().encodeToString("x1".getBytes()), "cursor");
        assertRefused("limit=0", "limit");
        assertRefused("limit=many", "limit");
        assertRefused("from=2026-12-07&to=2026-12-01", "to");
        ApiClient.Response export = api.get("/api/v1/audit/entries/export?from=soon", auditor);
        assertThat(export.status()).isEqualTo(400);
        assertThat(export.json().get("errors").get(0).get("field").asString()).isEqualTo("from");
    }

    private void assertRefused(String query, String field) {
        ApiClient.Response response = api.get("/api/v1/audit/entries?" + query, auditor);
        assertThat(response.status()).as(query).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString())
                .as(query)
                .isEqualTo(field);
    }

    @Test
    void onlyAuditorsReadTheLogAndEveryReadingIsItselfAudited() {
        ApiClient.Response refused = api.get("/api/v1/audit/entries", api.bearer("ncb-fr"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/api/v1/audit/entries/export", api.bearer("ncb-fr")).status())
                .isEqualTo(403);

        String marker = UUID.randomUUID().toString();
        entries("objectId=" + marker);
        JsonNode mine = entries("actor=gs&operation=LIST&limit=5").get("items");
        assertThat(mine.valueStream().map(e -> e.get("objectId").asString())).contains("objectId=" + marker);

        JsonNode denied = entries("actor=ncb-fr&operation=LIST").get("items");
        assertThat(denied.valueStream().map(e -> e.get("outcome").asString())).contains("DENIED");
    }

    @Test
    void exportStreamsTheSameEntriesAsNdjson() {
        String token = api.bearer("ncb-be");
        String id = createPerson(token, "Exported PERSON");
        api.getReply("/api/v1/persons/" + id, token);
        api.getReply("/api/v1/persons/" + id, token);

        ApiClient.Reply export = api.getReply("/api/v1/audit/entries/export?objectId=" + id, auditor);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.contentType()).startsWith("application/x-ndjson");
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> lines = export.text().lines().map(json::readTree).toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.stream().map(l -> l.get("seq").asLong()).toList())
                .isEqualTo(entries("objectId=" + id)
                        .get("items")
                        .valueStream()
                        .map(e -> e.get("seq").asLong())
                        .toList());
        assertThat(lines.getLast().get("operation").asString()).isEqualTo("CREATE");
    }

    @Test
    void theFiltersArePublishedInTheOpenApiDescription() {
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");
        for (String path : List.of("/api/v1/audit/entries", "/api/v1/audit/entries/export")) {
            List<String> parameters = paths.get(path)
                    .get("get")
                    .get("parameters")
                    .valueStream()
                    .map(p -> p.get("name").asString())
                    .toList();
            assertThat(parameters)
                    .as(path)
                    .contains("actor", "bureau", "operation", "objectId", "purpose", "location", "from", "to");
        }
    }
}
