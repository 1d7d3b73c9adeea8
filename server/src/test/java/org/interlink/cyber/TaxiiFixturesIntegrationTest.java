package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The TAXII 2.1 reference server's data ({@code stix/taxii/default_data.json}, medallion's test data) added through
 * {@code POST .../objects/} and read back through {@code GET .../objects/{id}/?match[version]=all}: every version of
 * every object, property by property. Skipped with a message when the fixtures folder is absent.
 */
@IntegrationTest
class TaxiiFixturesIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    Taxii taxii;

    @BeforeEach
    void client() {
        taxii = new Taxii(new ApiClient(port));
    }

    @Test
    void referenceDataAddsAndReadsBackObjectByObject() throws IOException {
        String fixtures = System.getProperty("interlink.fixtures");
        Path file = fixtures == null ? null : Path.of(fixtures, "stix", "taxii", "default_data.json");
        assumeTrue(
                file != null && Files.isRegularFile(file),
                "TAXII reference data not found (set -Dinterlink.fixtures to the shared fixtures folder): skipped");
        JsonNode data = JSON.readTree(file.toFile());
        // one bureau per collection: collections of the reference data may hold the same object
        List<String> bureaus = List.of("li", "mc", "sm", "ad", "va", "mt", "cy", "ee", "lv", "lt");
        int collections = 0;
        int compared = 0;
        for (JsonNode root : data) {
            for (JsonNode collection : root.path("collections")) {
                ArrayNode objects = (ArrayNode) collection.path("objects");
                if (objects.isEmpty()) {
                    continue;
                }
                String bureau = bureaus.get(collections++).toUpperCase();
                ObjectNode envelope = JSON.createObjectNode();
                envelope.set("objects", objects);
                ApiClient.Reply added = taxii.post(
                        "ncb-" + bureau.toLowerCase(),
                        Taxii.collection(bureau) + "objects/",
                        Taxii.TAXII,
                        JSON.writeValueAsString(envelope));
                assertThat(added.status()).as(added.text()).isEqualTo(202);
                assertThat(added.json().get("success_count").asInt())
                        .as(added.text())
                        .isEqualTo(objects.size());

                Map<String, JsonNode> sent = new HashMap<>();
                objects.forEach(o -> sent.put(key(o), o));
                Map<String, JsonNode> back = new HashMap<>();
                for (String id : sent.values().stream()
                        .map(o -> o.get("id").asString())
                        .distinct()
                        .toList()) {
                    ApiClient.Reply read = taxii.get(
                            "ncb-" + bureau.toLowerCase(),
                            Taxii.collection(bureau) + "objects/" + id + "/?" + Taxii.param("match[version]", "all"));
                    assertThat(read.status()).as(id + " " + read.text()).isEqualTo(200);
                    read.json().get("objects").forEach(o -> back.put(key(o), o));
                }
                assertThat(back.keySet()).isEqualTo(sent.keySet());
                sent.forEach((key, object) -> assertThat(back.get(key)).as(key).isEqualTo(object));
                compared += sent.size();
            }
        }
        assertThat(collections).isPositive();
        assertThat(compared).isEqualTo(8);
    }

    private static String key(JsonNode object) {
        return object.get("id").asString() + " " + object.path("modified").asString("");
    }
}
