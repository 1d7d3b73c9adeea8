package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/hits: filters by status, kind, bureau and overdue, deadline order, cursor paging, bad values named. */
@IntegrationTest
class HitListIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    HitRows rows;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void filtersAndPagesTheHitsABureauMaySee() {
        // Iceland's records, screened by New Zealand (three people long ago, two documents and a vehicle lately)
        // and by Australia.
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            people.add(Hits.raise(rows, "IS", "NZ", "PERSON", "Jon Jonsson " + i, Duration.ofHours(20 + i)));
        }
        List<String> documents = Hits.raise(rows, "IS", "NZ", "DOCUMENT", "IS-PASS", 2);
        String vehicle = Hits.raise(rows, "IS", "NZ", "VEHICLE", "VIN-IS-1", Duration.ofMinutes(5));
        rows.decide(vehicle, "DISMISSED", "officer.is (IS)", Instant.now(), "DIFFERENT_VEHICLE");
        String byAustralia = Hits.raise(rows, "IS", "AU", "PERSON", "Jon Jonsson", Duration.ofHours(30));
        String token = api.bearer("ncb-is");

        List<String> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = ok("/api/v1/hits?bureau=NZ&limit=2" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.get("items").size()).isBetween(1, 2);
            all.addAll(page.get("items").findValuesAsString("id"));
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asString() : null;
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(all)
                .as("every hit with New Zealand, once, newest first")
                .containsExactly(
                        documents.get(1), documents.get(0), vehicle, people.get(0), people.get(1), people.get(2));

        assertThat(ids("/api/v1/hits?bureau=nz&kind=person", token)).containsExactly(people.toArray(String[]::new));
        assertThat(ids("/api/v1/hits?bureau=NZ&status=DISMISSED", token)).containsExactly(vehicle);
        assertThat(ids("/api/v1/hits?bureau=NZ&status=OPEN&kind=DOCUMENT", token))
                .containsExactlyInAnyOrderElementsOf(documents);
        assertThat(ids("/api/v1/hits?bureau=AU", token)).containsExactly(byAustralia);
        assertThat(ids("/api/v1/hits?bureau=NZ&overdue=true", token)).containsExactlyInAnyOrderElementsOf(people);

        // Deadline order: the most overdue first, page after page.
        JsonNode first = ok("/api/v1/hits?bureau=NZ&order=DEADLINE&limit=2", token);
        assertThat(first.get("items").findValuesAsString("id")).containsExactly(people.get(2), people.get(1));
        JsonNode second = ok(
                "/api/v1/hits?bureau=NZ&order=deadline&limit=2&cursor="
                        + first.get("nextCursor").asString(),
                token);
        assertThat(second.get("items").findValuesAsString("id")).containsExactly(people.get(0), vehicle);

        // New Zealand sees the hits it raised, not Australia's.
        assertThat(ids("/api/v1/hits?bureau=IS", api.bearer("ncb-nz")))
                .hasSize(6)
                .doesNotContain(byAustralia);
    }

    @Test
    void badFilterValuesAreNamed() {
        String token = api.bearer("ncb-is");
        assertField(api.get("/api/v1/hits?status=SHUT", token), "status");
        assertField(api.get("/api/v1/hits?kind=BOAT", token), "kind");
        assertField(api.get("/api/v1/hits?bureau=XX", token), "bureau");
        assertField(api.get("/api/v1/hits?overdue=maybe", token), "overdue");
        assertField(api.get("/api/v1/hits?order=RANDOM", token), "order");
        assertField(api.get("/api/v1/hits?cursor=nonsense", token), "cursor");

        ApiClient.Response both = api.get("/api/v1/hits?status=SHUT&kind=BOAT", token);
        assertThat(both.status()).isEqualTo(400);
        assertThat(both.json().get("errors").findValuesAsString("field")).containsExactly("status", "kind");

        Hits.raise(rows, "IS", "FJ", "PERSON", "Gudrun A", Duration.ofMinutes(1));
        Hits.raise(rows, "IS", "FJ", "PERSON", "Gudrun B", Duration.ofMinutes(2));
        String newest = ok("/api/v1/hits?limit=1", token).get("nextCursor").asString();
        assertField(api.get("/api/v1/hits?order=DEADLINE&cursor=" + newest, token), "cursor");
    }

    private List<String> ids(String path, String token) {
        return ok(path, token).get("items").findValuesAsString("id");
    }

    private JsonNode ok(String path, String token) {
        ApiClient.Response response = api.get(path, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
