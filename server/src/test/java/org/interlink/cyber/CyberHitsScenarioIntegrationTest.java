package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.common.Chart;
import org.interlink.common.Statistic;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Issue 23's scenario: FR shares an indicator TLP:AMBER with DE; DE's check hits and FR is told; US gets NO_HIT and
 * FR is told of the silent hit; a TLP:RED or AMBER+STRICT indicator never appears to anyone not named, hits included,
 * yet its owner is told of every check that matched it.
 */
@IntegrationTest
class CyberHitsScenarioIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @Autowired
    List<Statistic> statistics;

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

        List<Long> secretariatBefore = secretariatHitCounts();
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
        List<JsonNode> told = hits("ncb-fr", red);
        assertThat(told)
                .as("the owner of a TLP:RED indicator is told of every check that matched it, silently")
                .extracting(hit -> hit.get("searcherBureau").asString() + " "
                        + hit.get("silent").asBoolean())
                .containsExactlyInAnyOrder("DE true", "US true", "GS true");
        assertThat(api.get("/api/v1/hits?limit=200&kind=CYBER_INDICATOR", api.bearer("gs"))
                        .body())
                .as("the General Secretariat may not see the indicator, so not its hits either")
                .doesNotContain(red);
        assertThat(secretariatHitCounts())
                .as("nor are they counted in its statistics")
                .isEqualTo(secretariatBefore);
        for (JsonNode hit : told) {
            String id = hit.get("id").asString();
            ApiClient.Reply hidden =
                    api.postJson("/api/v1/hits/" + id + "/dismiss", api.bearer("gs"), "{\"reason\":\"OTHER\"}");
            String missingId = "0" + id.substring(1).replaceAll("[0-9a-f]", "f");
            ApiClient.Reply missing =
                    api.postJson("/api/v1/hits/" + missingId + "/dismiss", api.bearer("gs"), "{\"reason\":\"OTHER\"}");
            assertThat(hidden.status()).isEqualTo(404);
            assertThat(hidden.text().replace(id, "ID"))
                    .as("a hidden hit answers exactly as a missing one")
                    .isEqualTo(missing.text().replace(missingId, "ID"));
        }
    }

    @Test
    void anAmberStrictIndicatorsOwnerIsToldWhileTheGeneralSecretariatSeesNothing() {
        String value = Stix.domain();
        String strict = Stix.id("indicator");
        assertThat(Stix.importBundle(
                                api,
                                "ncb-fr",
                                Stix.bundle(Stix.indicator(
                                        strict,
                                        "[domain-name:value = '" + value + "']",
                                        "2026-01-01T00:00:00.000Z",
                                        Stix.markings(Stix.TLP2_AMBER_STRICT))))
                        .status())
                .isEqualTo(201);
        List<Long> secretariatBefore = secretariatHitCounts();
        JsonNode germany = Stix.eventually(
                () -> {
                    Stix.check(api, "ncb-de", value);
                    return api.get("/api/v1/hits?kind=CYBER_INDICATOR&limit=200", api.bearer("ncb-fr"))
                            .json();
                },
                list -> list.toString().contains(strict));
        assertThat(germany.toString()).contains(strict);
        assertThat(hits("ncb-fr", strict))
                .extracting(hit -> hit.get("searcherBureau").asString() + " "
                        + hit.get("silent").asBoolean())
                .contains("DE true");
        assertThat(hits("ncb-de", strict)).isEmpty();
        assertThat(api.get("/api/v1/hits?limit=200", api.bearer("gs")).body()).doesNotContain(strict);
        assertThat(secretariatHitCounts()).isEqualTo(secretariatBefore);
    }

    /** The hit figures the General Secretariat's statistics page shows: hits per day, by outcome, by deadline. */
    private List<Long> secretariatHitCounts() {
        Viewer gs = new Viewer("gs", Viewer.GENERAL_SECRETARIAT, Set.of(), Classification.CONFIDENTIAL);
        List<Long> counts = new ArrayList<>();
        for (Statistic statistic : statistics) {
            Chart chart = statistic.chart(gs);
            if (Set.of("checks-per-day", "hits-by-outcome", "open-hits-deadlines")
                    .contains(chart.key())) {
                chart.series().stream()
                        .filter(series -> series.name().contains("hits"))
                        .forEach(series -> counts.addAll(series.values()));
            }
        }
        assertThat(counts).as("the hit charts were found").isNotEmpty();
        return counts;
    }
}
