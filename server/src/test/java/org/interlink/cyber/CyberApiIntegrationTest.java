package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The cyber API over HTTP: import, checks, indicators, sightings, versions, and refusals as problem+json. */
@IntegrationTest
class CyberApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static boolean hit(JsonNode answer) {
        return answer.get("results").get(0).get("outcome").asString().equals("HIT");
    }

    @Test
    void franceSharesAnAmberIndicatorWithGermanyOnlyAndRedWithNobody() {
        String domain = Stix.domain();
        String amber = Stix.id("indicator");
        String redDomain = Stix.domain();
        String red = Stix.id("indicator");
        ApiClient.Reply imported = Stix.importBundle(
                api,
                "ncb-fr",
                Stix.bundle(
                        Stix.indicator(
                                amber,
                                "[domain-name:value = '" + domain + "']",
                                "2026-01-01T00:00:00.000Z",
                                Stix.markings(Stix.TLP2_AMBER) + Stix.only("DE")
                                        + ",\"x_interlink_action\":\"Call the FR cyber desk\""),
                        Stix.indicator(
                                red,
                                "[domain-name:value = '" + redDomain + "']",
                                "2026-01-01T00:00:00.000Z",
                                Stix.markings(Stix.TLP2_RED))));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        assertThat(imported.json().get("created").asInt()).isEqualTo(2);

        JsonNode germany =
                Stix.eventually(() -> Stix.check(api, "ncb-de", "www." + domain), CyberApiIntegrationTest::hit);
        JsonNode match = germany.get("results").get(0).get("matches").get(0);
        assertThat(match.get("indicator").asString()).isEqualTo(amber);
        assertThat(match.get("owner").asString()).isEqualTo("FR");
        assertThat(match.get("action").asString()).isEqualTo("Call the FR cyber desk");
        assertThat(match.get("how").asString()).isEqualTo("SUBDOMAIN");
        assertThat(match.get("pattern").asString()).contains(domain);
        assertThat(Stix.check(api, "ncb-us", domain)
                        .get("results")
                        .get(0)
                        .get("outcome")
                        .asString())
                .isEqualTo("NO_HIT");
        assertThat(hit(Stix.check(api, "ncb-fr", redDomain))).isTrue();
        for (String other : List.of("ncb-de", "ncb-us", "gs")) {
            assertThat(hit(Stix.check(api, other, redDomain))).as(other).isFalse();
            assertThat(api.getReply("/api/v1/cyber/indicators/" + red, api.bearer(other))
                            .status())
                    .isEqualTo(404);
        }
        assertThat(api.getReply("/api/v1/cyber/indicators/" + amber, api.bearer("ncb-de"))
                        .status())
                .isEqualTo(200);
        assertThat(api.getReply("/api/v1/cyber/bundles?ids=" + red, api.bearer("ncb-de"))
                        .json()
                        .get("objects"))
                .isEmpty();
    }

    @Test
    void aDeniedIndicatorIsAnsweredExactlyAsAMissingOne() {
        String id = Stix.id("indicator");
        assertThat(Stix.importBundle(
                                api,
                                "ncb-fr",
                                Stix.bundle(Stix.indicator(
                                        id,
                                        "[ipv4-addr:value = '198.51.100.77']",
                                        "2026-01-01T00:00:00.000Z",
                                        Stix.markings(Stix.TLP2_AMBER_STRICT))))
                        .status())
                .isEqualTo(201);
        ApiClient.Reply denied = api.getReply("/api/v1/cyber/indicators/" + id, api.bearer("ncb-us"));
        jdbc.update("DELETE FROM cyber_objects WHERE id = ?", id);
        ApiClient.Reply missing = api.getReply("/api/v1/cyber/indicators/" + id, api.bearer("ncb-us"));
        assertThat(denied.status()).isEqualTo(404);
        assertThat(denied.contentType()).isEqualTo("application/problem+json");
        assertThat(denied.text()).isEqualTo(missing.text());
        assertThat(jdbc.queryForList(
                        "SELECT outcome FROM audit_log WHERE object_id = ? AND operation = 'READ'", String.class, id))
                .containsExactly("NOT_FOUND", "NOT_FOUND");
    }

    @Test
    void aBadBundleNamesTheObjectAndFieldAndStoresNothing() {
        String good = Stix.id("indicator");
        String bad = Stix.id("indicator");
        long before = jdbc.queryForObject("SELECT count(*) FROM cyber_objects", Long.class);
        ApiClient.Reply refused = Stix.importBundle(
                api,
                "ncb-fr",
                Stix.bundle(
                        Stix.indicator(good, "[domain-name:value = 'fine.example']", "2026-01-01T00:00:00.000Z", ""),
                        Stix.indicator(bad, "[domain-name:value = 'broken.example'", "2026-01-01T00:00:00.000Z", ""),
                        Stix.indicator(
                                Stix.id("indicator"),
                                "[domain-name:value = 'x.example']",
                                "2026-01-01T00:00:00.000Z",
                                Stix.markings("marking-definition--00000000-0000-4000-8000-000000000000"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).isEqualTo("application/problem+json");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("objects[1].pattern");
        assertThat(errors.get(0).get("message").asString()).startsWith(bad + ": expected ']'");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("objects[2].object_marking_refs");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cyber_objects", Long.class))
                .isEqualTo(before);
        assertThat(api.getReply("/api/v1/cyber/indicators/" + good, api.bearer("ncb-fr"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void aBundleOverTheLimitIsRefusedBeforeItsBodyArrives() throws Exception {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/cyber/bundles HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                            + api.bearer("ncb-fr") + "\r\nContent-Type: application/json\r\nContent-Length: "
                            + (CyberController.MAX_BUNDLE_BYTES + 1) + "\r\n\r\n{\"type\":")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int n;
            while (!answer.toString().contains("\"errors\"")
                    && (n = socket.getInputStream().read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413");
            assertThat(answer.toString()).contains("application/problem+json").contains("\"field\":\"body\"");
        }
    }

    @Test
    void checksRefuseBadListsNamingTheField() {
        List<String> values = new ArrayList<>();
        for (int i = 0; i <= Checks.MAX_VALUES; i++) {
            values.add("\"v" + i + "\"");
        }
        ApiClient.Reply tooMany = api.postJson(
                "/api/v1/cyber/checks", api.bearer("ncb-de"), "{\"values\":[" + String.join(",", values) + "]}");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.json().get("errors").get(0).get("field").asString()).isEqualTo("values");
        ApiClient.Reply notString =
                api.postJson("/api/v1/cyber/checks", api.bearer("ncb-de"), "{\"values\":[\"a\",1]}");
        assertThat(notString.status()).isEqualTo(400);
        assertThat(notString.json().get("errors").get(0).get("field").asString())
                .isEqualTo("values[1]");
        assertThat(api.postJson("/api/v1/cyber/checks", api.bearer("ncb-de"), "{\"values\":")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void aNewVersionReplacesTheOldAndARevocationEndsMatches() {
        String id = Stix.id("indicator");
        String first = Stix.domain();
        String second = Stix.domain();
        Stix.importBundle(
                api,
                "ncb-fr",
                Stix.bundle(
                        Stix.indicator(id, "[domain-name:value = '" + first + "']", "2026-01-01T00:00:00.000Z", "")));
        assertThat(hit(Stix.eventually(() -> Stix.check(api, "ncb-it", first), CyberApiIntegrationTest::hit)))
                .isTrue();
        Stix.importBundle(
                api,
                "ncb-fr",
                Stix.bundle(
                        Stix.indicator(id, "[domain-name:value = '" + second + "']", "2026-02-01T00:00:00.000Z", "")));
        assertThat(hit(Stix.eventually(() -> Stix.check(api, "ncb-it", second), CyberApiIntegrationTest::hit)))
                .isTrue();
        assertThat(hit(Stix.check(api, "ncb-it", first))).isFalse();
        // an older version arriving late changes nothing
        assertThat(Stix.importBundle(
                                api,
                                "ncb-fr",
                                Stix.bundle(Stix.indicator(
                                        id, "[domain-name:value = '" + first + "']", "2026-01-15T00:00:00.000Z", "")))
                        .status())
                .isEqualTo(201);
        assertThat(api.getReply("/api/v1/cyber/indicators/" + id, api.bearer("ncb-it"))
                        .json()
                        .get("object")
                        .get("pattern")
                        .asString())
                .contains(second);
        Stix.importBundle(
                api,
                "ncb-fr",
                Stix.bundle(Stix.indicator(
                        id,
                        "[domain-name:value = '" + second + "']",
                        "2026-03-01T00:00:00.000Z",
                        ",\"revoked\":true")));
        assertThat(hit(Stix.eventually(() -> Stix.check(api, "ncb-it", second), answer -> !hit(answer))))
                .isFalse();
        ApiClient.Reply after = Stix.importBundle(
                api,
                "ncb-fr",
                Stix.bundle(
                        Stix.indicator(id, "[domain-name:value = '" + second + "']", "2026-04-01T00:00:00.000Z", "")));
        assertThat(after.status()).isEqualTo(400);
        assertThat(after.json().get("errors").get(0).get("field").asString()).isEqualTo("objects[0].modified");
        assertThat(api.getReply("/api/v1/cyber/bundles?versions=all&ids=" + id, api.bearer("ncb-fr"))
                        .json()
                        .get("objects"))
                .hasSize(4);
    }

    @Test
    void theOwnerSeesSightingsCountedAndOthersCannotSightWhatTheyMayNotSee() {
        String id = Stix.id("indicator");
        Stix.importBundle(
                api,
                "ncb-fr",
                Stix.bundle(Stix.indicator(
                        id, "[ipv4-addr:value = '192.0.2.10']", "2026-01-01T00:00:00.000Z", Stix.only("DE"))));
        String sighting = "{\"type\":\"sighting\",\"sighting_of_ref\":\"" + id + "\",\"count\":3}";
        ApiClient.Reply filed = api.postJson("/api/v1/cyber/sightings", api.bearer("ncb-de"), sighting);
        assertThat(filed.status()).as(filed.text()).isEqualTo(201);
        assertThat(filed.json().get("owner").asString()).isEqualTo("FR");
        ApiClient.Reply refused = api.postJson("/api/v1/cyber/sightings", api.bearer("ncb-us"), sighting);
        assertThat(refused.status()).isEqualTo(404);
        JsonNode owner = api.getReply("/api/v1/cyber/indicators/" + id, api.bearer("ncb-fr"))
                .json();
        assertThat(owner.get("sightings").get("count").asLong()).isEqualTo(3);
        assertThat(owner.get("sightings").get("bureaus").asLong()).isEqualTo(1);
        JsonNode germany = api.getReply("/api/v1/cyber/indicators/" + id, api.bearer("ncb-de"))
                .json();
        assertThat(germany.has("sightings")).isFalse();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'CREATE' AND object_type = 'sighting'"
                                + " AND bureau = 'DE' AND purpose = 'intelligence sharing'",
                        Long.class))
                .isPositive();
    }

    @Test
    void anIpInsideASharedRangeMatchesAndTheCheckIsAudited() {
        String id = Stix.id("indicator");
        Stix.importBundle(
                api,
                "ncb-fr",
                Stix.bundle(Stix.indicator(id, "[ipv4-addr:value = '100.64.0.0/10']", "2026-01-01T00:00:00.000Z", "")));
        JsonNode answer = Stix.eventually(
                () -> api.postJson(
                                "/api/v1/cyber/checks",
                                api.bearer("ncb-it"),
                                "{\"values\":[\"100.100.1.1\"]}",
                                "X-Purpose",
                                "case 2026/77")
                        .json(),
                CyberApiIntegrationTest::hit);
        JsonNode match = answer.get("results").get(0).get("matches").get(0);
        assertThat(match.get("indicator").asString()).isEqualTo(id);
        assertThat(match.get("how").asString()).isEqualTo("CIDR");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'SCREEN' AND object_id = '100.100.1.1'"
                                + " AND purpose = 'case 2026/77' AND bureau = 'IT'",
                        Long.class))
                .isPositive();
    }

    @Test
    void aValueMatchingMoreThanAThousandIndicatorsIsFlaggedNotExpanded() {
        String common = Stix.domain();
        List<String> indicators = new ArrayList<>();
        for (int i = 0; i <= Checks.MAX_MATCHES; i++) {
            indicators.add(Stix.indicator(
                    Stix.id("indicator"), "[domain-name:value = '" + common + "']", "2026-01-01T00:00:00.000Z", ""));
        }
        assertThat(Stix.importBundle(api, "ncb-gr", Stix.bundle(indicators.toArray(String[]::new)))
                        .status())
                .isEqualTo(201);
        JsonNode result = Stix.eventually(
                        () -> Stix.check(api, "ncb-it", common),
                        answer -> answer.get("results").get(0).get("overflow").asBoolean())
                .get("results")
                .get(0);
        assertThat(result.get("overflow").asBoolean()).isTrue();
        assertThat(result.get("outcome").asString()).isEqualTo("HIT");
        assertThat(result.get("matches")).isEmpty();
    }
}
