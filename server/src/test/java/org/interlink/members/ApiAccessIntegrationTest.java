package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.audit.AuditLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** National systems through real HTTP: client credentials, bearer tokens, problem+json refusals. */
@IntegrationTest
class ApiAccessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditLog audit;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void demoClientGetsATokenAndListsAll196MemberCountries() {
        ApiClient.Response response = api.get("/api/v1/countries", api.bearer("ncb-fr"));
        assertThat(response.status()).isEqualTo(200);
        JsonNode items = response.json().get("items");
        assertThat(items.size()).isEqualTo(196);
        assertThat(response.json().has("nextCursor")).isFalse();
        assertThat(items.findValuesAsString("code"))
                .contains("FR", "DE", "US", "PS", "VA", "CW", "SX", "AW", "PW")
                .doesNotContain("KP", "TV", "GS");
        JsonNode germany = items.valueStream()
                .filter(c -> c.get("code").asString().equals("DE"))
                .findFirst()
                .orElseThrow();
        assertThat(germany.get("icao").asString()).isEqualTo("D");
        assertThat(germany.get("alpha3").asString()).isEqualTo("DEU");
    }

    @Test
    void countriesArePagedWithACursor() {
        String token = api.bearer("ncb-de");
        ApiClient.Response first = api.get("/api/v1/countries?limit=100", token);
        assertThat(first.json().get("items").size()).isEqualTo(100);
        String cursor = first.json().get("nextCursor").asString();
        ApiClient.Response second = api.get("/api/v1/countries?limit=100&cursor=" + cursor, token);
        assertThat(second.json().get("items").size()).isEqualTo(96);
        assertThat(second.json().has("nextCursor")).isFalse();
    }

    @Test
    void requestWithoutTokenIsRefusedAsProblemJson() {
        ApiClient.Response response = api.get("/api/v1/countries", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(401);
        assertThat(response.json().get("title").asString()).isEqualTo("Unauthorized");
    }

    @Test
    void forgedTokenIsRefused() {
        String token = api.bearer("ncb-fr");
        String forged = token.substring(0, token.length() - 4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
        ApiClient.Response response = api.get("/api/v1/countries", forged);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void wrongClientSecretGetsNoTokenAndIsAudited() {
        long before = countAudit("TOKEN_REFUSED");
        ApiClient.Response response = api.token("ncb-fr", "not-the-secret");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("access_token");
        assertThat(countAudit("TOKEN_REFUSED")).isEqualTo(before + 1);
    }

    @Test
    void issuedTokenCarriesBureauClearanceAndScopesAndIsAudited() {
        long before = countAudit("TOKEN_ISSUED");
        ApiClient.Response response = api.token("ncb-it", "demo");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("token_type").asString()).isEqualTo("Bearer");
        String payload = new String(java.util.Base64.getUrlDecoder()
                .decode(response.json().get("access_token").asString().split("\\.")[1]));
        assertThat(payload).contains("\"bureau\":\"IT\"", "\"clearance\":\"RESTRICTED\"", "officer", "editor");
        assertThat(countAudit("TOKEN_ISSUED")).isEqualTo(before + 1);
    }

    @Test
    void badParameterNamesTheField() {
        ApiClient.Response response = api.get("/api/v1/countries?limit=5000", api.bearer("ncb-fr"));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");

        ApiClient.Response mistyped = api.get("/api/v1/countries?limit=abc", api.bearer("ncb-fr"));
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.json().get("errors").get(0).get("field").asString()).isEqualTo("limit");
    }

    @Test
    void unknownApiPathIsProblemJson404() {
        ApiClient.Response response = api.get("/api/v1/nothing-here", api.bearer("ncb-fr"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void auditVerificationIsForTheGeneralSecretariatAndAuditors() {
        ApiClient.Response refused = api.get("/api/v1/audit/verify", api.bearer("ncb-fr"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        ApiClient.Response verdict = api.get("/api/v1/audit/verify", api.bearer("gs"));
        assertThat(verdict.status()).isEqualTo(200);
        assertThat(verdict.json().get("valid").asBoolean()).isTrue();
        assertThat(verdict.json().get("entries").asLong()).isGreaterThan(0);
    }

    @Test
    void openApiDescriptionIsPublished() {
        ApiClient.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("openapi").asString()).startsWith("3.1");
        assertThat(docs.json().get("paths").has("/api/v1/countries")).isTrue();
    }

    @Test
    void healthIsPublic() {
        ApiClient.Response health = api.get("/actuator/health", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("UP");
        assertThat(api.get("/actuator/prometheus", null).body()).contains("jvm_memory_used_bytes");
    }

    private long countAudit(String operation) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE operation = ?", Long.class, operation);
    }
}
