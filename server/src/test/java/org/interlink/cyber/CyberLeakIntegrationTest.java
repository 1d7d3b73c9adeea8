package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Zero leaks over thousands of random (viewer, markings, restriction, path) cases: indicators with random TLP markings
 * (1.0 and 2.0 ids, up to three each) and random restrictions, owned by three bureaus, then read by five viewers on
 * every path the module has — read, check, export, count, sighting — each answer compared with docs/CYBER.md's table
 * ({@link ProtectionPropertiesTest#oracle}). A denied indicator must answer exactly like a missing one.
 */
@IntegrationTest
class CyberLeakIntegrationTest {

    private static final long SEED = 20261207L;
    private static final int OBJECTS = 200;
    private static final String[] OWNERS = {"FR", "DE", "US"};
    private static final String[] NAMEABLE = {"FR", "DE", "US", "IT", "GS"};
    private static final Map<String, Tlp> MARKINGS = Map.of(
            Stix.TLP_WHITE, Tlp.CLEAR,
            Stix.TLP2_GREEN, Tlp.GREEN,
            Stix.TLP_AMBER, Tlp.AMBER,
            Stix.TLP2_AMBER, Tlp.AMBER,
            Stix.TLP2_AMBER_STRICT, Tlp.AMBER_STRICT,
            Stix.TLP_RED, Tlp.RED,
            Stix.TLP2_RED, Tlp.RED);
    private static final Map<String, Viewer> VIEWERS = Map.of(
            "ncb-fr", viewer("FR", Classification.RESTRICTED),
            "ncb-de", viewer("DE", Classification.RESTRICTED),
            "ncb-us", viewer("US", Classification.RESTRICTED),
            "ncb-it", viewer("IT", Classification.RESTRICTED),
            "gs", viewer("GS", Classification.CONFIDENTIAL));

    @LocalServerPort
    int port;

    private record Case(String id, String domain, String owner, Restriction restriction, List<Tlp> markings) {}

    private static Viewer viewer(String bureau, Classification clearance) {
        return new Viewer("t", bureau, Set.of("OFFICER"), clearance);
    }

    @Test
    void noPathLeaksAnIndicatorToAViewerTheTableDenies() {
        ApiClient api = new ApiClient(port);
        Random random = new Random(SEED);
        List<String> markingIds = new ArrayList<>(new TreeSet<>(MARKINGS.keySet()));
        Map<String, Map<String, Long>> countsBefore = new HashMap<>();
        VIEWERS.keySet().forEach(client -> countsBefore.put(client, indicators(api, client)));
        List<Case> cases = new ArrayList<>();
        Map<String, List<String>> bundles = new HashMap<>();
        for (int i = 0; i < OBJECTS; i++) {
            String owner = OWNERS[random.nextInt(OWNERS.length)];
            Audience audience = Audience.values()[random.nextInt(3)];
            Set<String> countries = new TreeSet<>();
            if (audience != Audience.ALL) {
                for (String country : NAMEABLE) {
                    if (random.nextInt(3) == 0) {
                        countries.add(country);
                    }
                }
            }
            Restriction restriction = new Restriction(Classification.values()[random.nextInt(3)], audience, countries);
            List<String> marked = new ArrayList<>();
            for (int m = random.nextInt(4); m > 0; m--) {
                String marking = markingIds.get(random.nextInt(markingIds.size()));
                if (!marked.contains(marking)) {
                    marked.add(marking);
                }
            }
            Case c = new Case(
                    Stix.id("indicator"),
                    Stix.domain(),
                    owner,
                    restriction,
                    marked.stream().map(MARKINGS::get).toList());
            cases.add(c);
            String access = ",\"x_interlink_access\":{\"classification\":\"" + restriction.classification()
                    + "\",\"audience\":\"" + audience + "\",\"countries\":["
                    + String.join(
                            ",", countries.stream().map(x -> "\"" + x + "\"").toList()) + "]}";
            bundles.computeIfAbsent(owner, o -> new ArrayList<>())
                    .add(Stix.indicator(
                            c.id(),
                            "[domain-name:value = '" + c.domain() + "']",
                            "2026-01-01T00:00:00.000Z",
                            (marked.isEmpty() ? "" : Stix.markings(marked.toArray(String[]::new))) + access));
        }
        bundles.forEach((owner, objects) -> assertThat(Stix.importBundle(
                                api, "ncb-" + owner.toLowerCase(), Stix.bundle(objects.toArray(String[]::new)))
                        .status())
                .isEqualTo(201));
        String[] domains = cases.stream().map(Case::domain).toArray(String[]::new);
        // the index follows the commit asynchronously: wait until each owner sees all of its own
        Stix.eventually(
                () -> Stix.check(api, "ncb-fr", domains),
                answer -> hits(answer)
                        >= cases.stream().filter(c -> c.owner().equals("FR")).count());

        int compared = 0;
        int denied = 0;
        for (Map.Entry<String, Viewer> entry : VIEWERS.entrySet()) {
            String client = entry.getKey();
            Viewer viewer = entry.getValue();
            Set<String> expected = new HashSet<>();
            for (Case c : cases) {
                if (ProtectionPropertiesTest.oracle(viewer, c.owner(), c.restriction(), c.markings())) {
                    expected.add(c.id());
                }
            }
            // read
            for (Case c : cases) {
                ApiClient.Reply read = api.getReply("/api/v1/cyber/indicators/" + c.id(), api.bearer(client));
                if (expected.contains(c.id())) {
                    assertThat(read.status()).as(client + " reads " + c).isEqualTo(200);
                } else {
                    denied++;
                    assertThat(read.status()).as(client + " reads " + c).isEqualTo(404);
                    assertThat(read.text()).doesNotContain(c.owner() + "\"").doesNotContain(c.domain());
                }
                compared++;
            }
            // check
            JsonNode results = Stix.check(api, client, domains).get("results");
            for (int i = 0; i < cases.size(); i++) {
                Case c = cases.get(i);
                JsonNode result = results.get(i);
                Set<String> matched = new HashSet<>();
                result.get("matches")
                        .forEach(match -> matched.add(match.get("indicator").asString()));
                assertThat(matched)
                        .as(client + " checks " + c)
                        .isEqualTo(expected.contains(c.id()) ? Set.of(c.id()) : Set.of());
                assertThat(result.get("outcome").asString()).isEqualTo(expected.contains(c.id()) ? "HIT" : "NO_HIT");
                compared++;
            }
            // export
            JsonNode exported = api.postJson(
                            "/api/v1/cyber/bundles/export",
                            api.bearer(client),
                            "{\"ids\":[\""
                                    + String.join(
                                            "\",\"",
                                            cases.stream().map(Case::id).toList()) + "\"]}")
                    .json();
            Set<String> ids = new HashSet<>();
            exported.get("objects").forEach(object -> ids.add(object.get("id").asString()));
            assertThat(ids).as(client + " exports").isEqualTo(expected);
            compared += cases.size();
            // count
            long counted = indicators(api, client).getOrDefault("indicator", 0L)
                    - countsBefore.get(client).getOrDefault("indicator", 0L);
            assertThat(counted).as(client + " counts").isEqualTo(expected.size());
            compared++;
            // sighting: refused as missing exactly when the indicator is hidden (every fifth case)
            for (int i = 0; i < cases.size(); i += 5) {
                Case c = cases.get(i);
                ApiClient.Reply filed = api.postJson(
                        "/api/v1/cyber/sightings",
                        api.bearer(client),
                        "{\"type\":\"sighting\",\"sighting_of_ref\":\"" + c.id() + "\"}");
                assertThat(filed.status()).as(client + " sights " + c).isEqualTo(expected.contains(c.id()) ? 201 : 404);
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(3_000);
        assertThat(denied)
                .as("the random cases deny often enough to mean something")
                .isGreaterThan(200);
    }

    private static long hits(JsonNode answer) {
        long hits = 0;
        for (JsonNode result : answer.get("results")) {
            hits += result.get("outcome").asString().equals("HIT") ? 1 : 0;
        }
        return hits;
    }

    private static Map<String, Long> indicators(ApiClient api, String client) {
        Map<String, Long> counts = new HashMap<>();
        api.getReply("/api/v1/cyber/counts", api.bearer(client))
                .json()
                .properties()
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue().asLong()));
        return counts;
    }
}
