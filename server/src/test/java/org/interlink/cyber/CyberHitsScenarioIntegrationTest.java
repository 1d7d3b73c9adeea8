package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 23's scenario: FR shares an indicator TLP:AMBER with DE; DE's check hits and FR is told; US gets NO_HIT and
 * FR is told of the silent hit; a TLP:RED indicator never appears to anyone not named, hits included.
 */
@IntegrationTest
class CyberHitsScenarioIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** The cyber hits a bureau's list holds on this indicator (as FR sees them, or as the searcher does). */
    private List<JsonNode> hits(String client, String indicator) {
        List<JsonNode> found = new ArrayList<>();
        api.get("/api/v1/hits?kind=CYBER_INDICATOR&limit=200", api.bearer(client))
                .json()
                .get("items")
                .forEach(hit -> {
                    if (hit.get("matched").asString().equals(indicator)) {
                        found.add(hit);
                    }
                });
        return found;
    }

    @Test
    void franceIsToldOfGermanysHitAndOfTheUnitedStatesSilentOneAndRedStaysHidden() {
        String amberValue = Stix.domain();
        String amber = Stix.id("indicator");
        String redValue = Stix.domain();
        String red = Stix.id("indicator");
        assertThat(Stix.importBundle(
                                api,
                                "ncb-fr",
                                Stix.bundle(
                                        Stix.indicator(
                                                amber,
                                                "[domain-name:value = '" + amberValue + "']",
                                                "2026-01-01T00:00:00.000Z",
                                                Stix.markings(Stix.TLP2_AMBER) + Stix.only("DE")),
                                        Stix.indicator(
                                                red,
                                                "[domain-name:value = '" + redValue + "']",
                                                "2026-01-01T00:00:00.000Z",
                                                Stix.markings(Stix.TLP2_RED))))
                        .status())
                .isEqualTo(201);

        JsonNode germany = Stix.eventually(
                () -> Stix.check(api, "ncb-de", amberValue),
                answer -> answer.get("results").get(0).get("outcome").asString().equals("HIT"));
        assertThat(germany.get("results").get(0).get("outcome").asString()).isEqualTo("HIT");
        JsonNode us = Stix.check(api, "ncb-us", amberValue);
        assertThat(us.get("results").get(0).get("outcome").asString()).isEqualTo("NO_HIT");
        assertThat(us.get("results").get(0).get("matches")).isEmpty();

        List<JsonNode> france = hits("ncb-fr", amber);
        assertThat(france)
                .extracting(hit -> hit.get("searcherBureau").asString())
                .containsExactlyInAnyOrder("DE", "US");
        assertThat(france)
                .filteredOn(hit -> hit.get("searcherBureau").asString().equals("US"))
                .extracting(hit -> hit.get("silent").asBoolean())
                .containsExactly(true);
        assertThat(france)
                .filteredOn(hit -> hit.get("searcherBureau").asString().equals("DE"))
                .extracting(hit -> hit.get("silent").asBoolean())
                .containsExactly(false);
        assertThat(hits("ncb-de", amber)).hasSize(1);
        assertThat(hits("ncb-us", amber))
                .as("a silent hit is the owner's alone")
                .isEmpty();

        for (String other : List.of("ncb-de", "ncb-us", "gs")) {
            JsonNode answer = Stix.check(api, other, redValue);
            assertThat(answer.get("results").get(0).get("outcome").asString())
                    .as(other)
                    .isEqualTo("NO_HIT");
            assertThat(api.getReply("/api/v1/cyber/indicators/" + red, api.bearer(other))
                            .status())
                    .isEqualTo(404);
            assertThat(api.get("/api/v1/hits?limit=200", api.bearer(other)).body())
                    .doesNotContain(red);
            assertThat(api.get("/api/v1/cyber/bundles?ids=" + red, api.bearer(other))
                            .body())
                    .doesNotContain(red);
        }
        assertThat(api.get("/api/v1/hits?limit=200", api.bearer("gs")).body())
                .as("the General Secretariat sees every hit, so none is raised on TLP:RED it is not named on")
                .doesNotContain(red);
    }
}
