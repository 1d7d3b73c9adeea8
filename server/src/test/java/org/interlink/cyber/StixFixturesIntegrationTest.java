package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
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
 * The shared STIX fixtures (OASIS examples, the TAXII reference server's data, MITRE ATT&CK for ICS) import without
 * loss and export back: every object, every version, compared property by property. Skipped with a message when the
 * fixtures folder is absent ({@code -Dinterlink.fixtures}).
 */
@IntegrationTest
class StixFixturesIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static Path stix() {
        String fixtures = System.getProperty("interlink.fixtures");
        Path folder = fixtures == null ? null : Path.of(fixtures, "stix");
        assumeTrue(
                folder != null && Files.isDirectory(folder),
                "STIX fixtures not found (set -Dinterlink.fixtures to the shared fixtures folder): skipped");
        return folder;
    }

    /** Imports the objects as a bundle of {@code client}'s bureau, exports them by id and compares. */
    private void roundTrip(String client, String name, ArrayNode objects) {
        ObjectNode bundle = JSON.createObjectNode();
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--5d0092c5-5f74-4287-9642-33f4c354e56d");
        bundle.set("objects", objects);
        ApiClient.Reply imported =
                api.postJson("/api/v1/cyber/bundles", api.bearer(client), JSON.writeValueAsString(bundle));
        assertThat(imported.status()).as(name + ": " + imported.text()).isEqualTo(201);
        Map<String, JsonNode> sent = new HashMap<>();
        List<String> ids = new ArrayList<>();
        for (JsonNode object : objects) {
            sent.put(key(object), object);
            ids.add(object.get("id").asString());
        }
        JsonNode exported = api.postJson(
                        "/api/v1/cyber/bundles/export",
                        api.bearer(client),
                        JSON.writeValueAsString(Map.of(
                                "ids",
                                ids,
                                "versions",
                                "all",
                                "owner",
                                client.substring(4).toUpperCase())))
                .json();
        Map<String, JsonNode> back = new HashMap<>();
        exported.get("objects").forEach(object -> back.put(key(object), object));
        assertThat(back.keySet()).as(name).isEqualTo(sent.keySet());
        sent.forEach(
                (key, object) -> assertThat(back.get(key)).as(name + " " + key).isEqualTo(object));
    }

    private static String key(JsonNode object) {
        return object.get("id").asString() + " " + object.path("modified").asString("");
    }

    @Test
    void attackForIcsRoundTripsObjectByObject() throws IOException {
        JsonNode attack =
                JSON.readTree(stix().resolve("attack/ics-attack-18.1.json").toFile());
        assertThat(attack.get("objects")).hasSize(1826);
        roundTrip("ncb-nl", "ATT&CK for ICS", (ArrayNode) attack.get("objects"));
    }

    @Test
    void oasisExamplesRoundTrip() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(stix().resolve("oasis-examples"))) {
            files = walk.filter(path -> path.toString().endsWith(".json"))
                    .sorted()
                    .toList();
        }
        // one bureau per file: two examples hold different versions of the same relationship, which one bureau
        // would keep as two versions of one object
        List<String> bureaus = List.of("be", "at", "ch", "dk", "fi", "se", "no", "pl", "pt", "ie");
        int bundles = 0;
        for (Path file : files) {
            JsonNode json = JSON.readTree(file.toFile());
            if (json.has("objects")) {
                roundTrip(
                        "ncb-" + bureaus.get(bundles), file.getFileName().toString(), (ArrayNode) json.get("objects"));
                bundles++;
            }
        }
        assertThat(bundles).isEqualTo(7);
    }

    @Test
    void anObjectMarkedWithAnUndefinedMarkingIsRefusedNamingIt() throws IOException {
        // The OASIS interop object carries TLP:RED and a marking id defined nowhere (…d5ec)
        JsonNode object = JSON.readTree(
                stix().resolve("oasis-examples/interop-objectmarking-test.json").toFile());
        ArrayNode objects = JSON.createArrayNode().add(object);
        ApiClient.Reply refused = api.postJson(
                "/api/v1/cyber/bundles",
                api.bearer("ncb-be"),
                "{\"type\":\"bundle\",\"id\":\"bundle--5d0092c5-5f74-4287-9642-33f4c354e56d\",\"objects\":"
                        + JSON.writeValueAsString(objects) + "}");
        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("objects[0].object_marking_refs");
        assertThat(error.get("message").asString())
                .contains("marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ec");
    }

    @Test
    void taxiiReferenceDataRoundTripsWithItsVersions() throws IOException {
        JsonNode data = JSON.readTree(stix().resolve("taxii/default_data.json").toFile());
        int collections = 0;
        for (JsonNode root : data) {
            for (JsonNode collection : root.path("collections")) {
                ArrayNode objects = (ArrayNode) collection.path("objects");
                if (!objects.isEmpty()) {
                    roundTrip("ncb-lu", "TAXII " + collection.path("id").asString(), objects);
                    collections++;
                }
            }
        }
        assertThat(collections).isPositive();
    }
}
