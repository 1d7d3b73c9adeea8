package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * From a record created through the records API to a border check: the watchlist follows every commit within a
 * second, restrictions included, and forgets deleted records.
 */
@IntegrationTest
class RecordsToScreeningIntegrationTest {

    static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    WatchlistLoader loader;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void watchlistWasBuiltFromTheDemoRecordsAndIsHealthy() {
        JsonNode health = api.get("/actuator/health", null).json();
        assertThat(health.get("status").asString()).isEqualTo("UP");
        assertThat(loader.health().getDetails().get("documents")).isNotEqualTo(0);
        assertThat(loader.health().getDetails().get("persons")).isNotEqualTo(0);
    }

    @Test
    void documentReportedStolenByFranceIsAHitForGermanyWithinASecondAndGoneWhenDeleted() {
        String number = "Z"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        ApiClient.Response created = api.post(
                "/api/v1/documents",
                api.bearer("ncb-fr"),
                JSON,
                "{\"externalId\": \"" + number + "\", \"number\": \"" + number + "\", \"type\": \"PASSPORT\","
                        + " \"issuingCountry\": \"FRA\", \"status\": \"STOLEN\", \"reportedOn\": \"2026-11-01\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        Instant committed = Instant.now();
        String mrz = Mrzs.td3("FRA", "LEROY", "PAUL", number, "FRA", "800101", 'M', "320101");
        String token = api.bearer("ncb-de");

        JsonNode result = eventually(
                () -> api.post(
                                "/api/v1/screening/documents",
                                token,
                                JSON,
                                "{\"mrz\": \"" + mrz.replace("\n", "\\n") + "\"}")
                        .json(),
                r -> r.get("outcome").asString().equals("HIT"));
        assertThat(Duration.between(committed, Instant.now())).isLessThan(Duration.ofSeconds(1));
        assertThat(result.get("matches").get(0).get("recordId").asString()).isEqualTo(id);

        ApiClient.Response deleted = api.delete("/api/v1/documents/" + id + "?reason=found", api.bearer("ncb-fr"));
        assertThat(deleted.status()).isIn(200, 204);
        JsonNode after = eventually(
                () -> api.post(
                                "/api/v1/screening/documents",
                                token,
                                JSON,
                                "{\"number\": \"" + number + "\", \"issuingCountry\": \"FRA\"}")
                        .json(),
                r -> r.get("outcome").asString().equals("NO_HIT"));
        assertThat(after.get("matches").size()).isZero();
    }

    @Test
    void personRestrictedToItalyIsASilentHitForGermany() {
        String name = "Aurelio Vantaggiato "
                + UUID.randomUUID().toString().substring(0, 4).replaceAll("[0-9-]", "x");
        ApiClient.Response created = api.post(
                "/api/v1/persons",
                api.bearer("ncb-fr"),
                JSON,
                "{\"externalId\": \"silent-" + UUID.randomUUID() + "\", \"names\": [{\"value\": \"" + name
                        + "\", \"type\": \"PRIMARY\"}], \"sex\": \"M\", \"dateOfBirth\": \"1966-06-16\","
                        + " \"nationalities\": [\"IT\"], \"categories\": [\"WANTED\"],"
                        + " \"access\": {\"classification\": \"OFFICIAL\", \"audience\": \"ONLY\", \"countries\": [\"IT\"]}}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        String check = "{\"name\": \"" + name + "\", \"dateOfBirth\": \"1966-06-16\"}";

        JsonNode italy = eventually(
                () -> api.post("/api/v1/screening/persons", api.bearer("ncb-it"), JSON, check)
                        .json(),
                r -> r.get("outcome").asString().equals("HIT"));
        assertThat(italy.get("matches").get(0).get("recordId").asString()).isEqualTo(id);
        assertThat(italy.get("matches").get(0).get("action").asString()).startsWith("arrest");

        JsonNode germany = api.post("/api/v1/screening/persons", api.bearer("ncb-de"), JSON, check)
                .json();
        assertThat(germany.get("outcome").asString()).isEqualTo("NO_HIT");
        assertThat(germany.toString()).doesNotContain(id);
        JsonNode ownerHits =
                api.get("/api/v1/hits?limit=200", api.bearer("ncb-fr")).json().get("items");
        assertThat(ownerHits
                        .valueStream()
                        .filter(h -> h.get("recordId").asString().equals(id))
                        .filter(h -> h.get("silent").asBoolean())
                        .map(h -> h.get("searcherBureau").asString()))
                .contains("DE");
    }

    private static JsonNode eventually(Supplier<JsonNode> call, java.util.function.Predicate<JsonNode> done) {
        Instant until = Instant.now().plusSeconds(5);
        JsonNode last = call.get();
        while (!done.test(last) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = call.get();
        }
        return last;
    }
}
