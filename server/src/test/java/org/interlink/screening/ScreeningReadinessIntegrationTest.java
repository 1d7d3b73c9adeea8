package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * While the watchlist is not ready, a passport reported lost must not be answered NO_HIT: every way in (a direct
 * check, the same check through MVC, a passenger list) answers 503 problem+json with Retry-After, as the health
 * endpoint says 503, and nothing is audited or raised. The state is the loader's own, set here as a build sets it.
 */
@IntegrationTest
class ScreeningReadinessIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Watchlist watchlist;

    @Autowired
    WatchlistReadiness readiness;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void ready() {
        readiness.ready();
    }

    @Test
    void everyCheckIsRefusedWithRetryAfterUntilTheIndexesAreBuilt() {
        String number = ReportedDocuments.report(watchlist, "FR", "FRA", "LOST");
        ApiClient api = new ApiClient(port);
        String token = api.bearer("ncb-de");
        String document = "{\"number\": \"" + number + "\", \"issuingCountry\": \"FRA\"}";
        String list = "{\"travellers\": [{\"ref\": \"1\", \"document\": " + document + "}]}";
        long audited = jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE operation = 'SCREEN'", Long.class);

        readiness.building();
        ApiClient.Reply health = api.getReply("/actuator/health", null);
        ApiClient.Reply direct = api.postJson("/api/v1/screening/documents", token, document);
        ApiClient.Reply mvc = api.exchange( // no length: sent chunked, so MVC answers instead of DirectChecks
                "POST",
                "/api/v1/screening/documents",
                token,
                HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(document)),
                "Content-Type",
                "application/json");
        ApiClient.Reply person = api.postJson("/api/v1/screening/persons", token, "{\"name\": \"Claire Martin\"}");
        ApiClient.Reply vehicle = api.postJson("/api/v1/screening/vehicles", token, "{\"vin\": \"WVWZZZ1JZXW000001\"}");
        ApiClient.Reply batch = api.postJson("/api/v1/screening/batch", token, list);
        readiness.warmingUp();
        ApiClient.Reply warming = api.postJson("/api/v1/screening/documents", token, document);

        assertThat(health.status()).isEqualTo(503);
        for (ApiClient.Reply refused : new ApiClient.Reply[] {direct, mvc, person, vehicle, batch, warming}) {
            assertThat(refused.status()).as(refused.text()).isEqualTo(503);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isEqualTo("5");
            assertThat(refused.json().get("detail").asString()).contains("not ready yet");
            assertThat(refused.text()).doesNotContain("NO_HIT").doesNotContain(number);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_log WHERE operation = 'SCREEN'", Long.class))
                .as("a refused check is not a screening")
                .isEqualTo(audited);

        readiness.ready();
        ApiClient.Reply answered = api.postJson("/api/v1/screening/documents", token, document);
        assertThat(answered.status()).isEqualTo(200);
        assertThat(answered.json().get("outcome").asString()).isEqualTo("HIT");
        assertThat(api.getReply("/actuator/health", null).status()).isEqualTo(200);
    }
}
