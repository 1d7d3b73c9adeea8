package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * Cyber reports through the API: a report addressed to chosen countries is read by them and by nobody else, and each
 * referenced object keeps its own protection: a recipient who may not see one finds it absent from the report, its
 * refs, its count and its export, exactly as an object stored nowhere.
 */
@IntegrationTest
class CyberReportsIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private String report(String title, String refs, String access) {
        return "{\"title\":\"" + title + "\",\"description\":\"Phishing wave against banks\",\"objectRefs\":[" + refs
                + "],\"access\":" + access + ",\"tlp\":\"GREEN\"}";
    }

    /** Every report a bureau's list holds, following the cursor to the end. */
    private List<JsonNode> listed(String client) {
        List<JsonNode> all = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = api.get(
                            "/api/v1/cyber/reports?limit=2" + (cursor == null ? "" : "&cursor=" + cursor),
                            api.bearer(client))
                    .json();
            page.get("items").forEach(all::add);
            cursor = page.path("nextCursor").isString() ? page.get("nextCursor").asString() : null;
        } while (cursor != null);
        return all;
    }

    @Test
    void aReportReachesItsCountriesOnlyAndHidesTheObjectsAReaderMayNotSee() {
        String open = Stix.id("indicator");
        String forGermany = Stix.id("indicator");
        assertThat(Stix.importBundle(
                                api,
                                "ncb-fr",
                                Stix.bundle(
                                        Stix.indicator(
                                                open,
                                                "[domain-name:value = '" + Stix.domain() + "']",
                                                "2026-01-01T00:00:00.000Z",
                                                ""),
                                        Stix.indicator(
                                                forGermany,
                                                "[domain-name:value = '" + Stix.domain() + "']",
                                                "2026-01-01T00:00:00.000Z",
                                                Stix.markings(Stix.TLP2_RED) + Stix.only("DE"))))
                        .status())
                .isEqualTo(201);
        ApiClient.Reply created = api.postJson(
                "/api/v1/cyber/reports",
                api.bearer("ncb-fr"),
                report(
                        "Wave 12",
                        "\"" + open + "\",\"" + forGermany + "\"",
                        "{\"audience\":\"ONLY\",\"countries\":[\"DE\",\"IT\"]}"),
                "X-Purpose",
                "case 2026/12");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(id).startsWith("report--");
        assertThat(created.header("Location")).isEqualTo("/api/v1/cyber/reports/" + id);

        JsonNode germany =
                api.get("/api/v1/cyber/reports/" + id, api.bearer("ncb-de")).json();
        assertThat(germany.get("object").get("name").asString()).isEqualTo("Wave 12");
        assertThat(germany.get("object").get("object_refs").toString()).contains(open, forGermany);
        assertThat(germany.get("objects")).hasSize(2);

        JsonNode italy =
                api.get("/api/v1/cyber/reports/" + id, api.bearer("ncb-it")).json();
        assertThat(italy.get("object").get("object_refs").toString())
                .as("Italy may not see the TLP:RED indicator: it is absent from the report")
                .contains(open)
                .doesNotContain(forGermany);
        assertThat(italy.get("objects")).hasSize(1);
        assertThat(italy.toString()).doesNotContain(forGermany);
        assertThat(listed("ncb-it"))
                .filteredOn(r -> r.get("id").asString().equals(id))
                .singleElement()
                .satisfies(r -> assertThat(r.get("objects").asLong())
                        .as("counts do not betray it")
                        .isEqualTo(1));
        assertThat(listed("ncb-de"))
                .filteredOn(r -> r.get("id").asString().equals(id))
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.get("objects").asLong()).isEqualTo(2);
                    assertThat(r.get("title").asString()).isEqualTo("Wave 12");
                    assertThat(r.get("owner").asString()).isEqualTo("FR");
                    assertThat(r.get("tlp").asString()).isEqualTo("GREEN");
                });
        assertThat(api.get("/api/v1/cyber/bundles?ids=" + id, api.bearer("ncb-it"))
                        .body())
                .as("the report is an ordinary STIX object in exports, without the hidden ref")
                .contains(id, open)
                .doesNotContain(forGermany);
        assertThat(api.get("/api/v1/cyber/bundles?ids=" + id, api.bearer("ncb-fr"))
                        .body())
                .contains(id, open, forGermany);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM cyber_objects WHERE id = ?", Long.class, id))
                .as("stored once, as one STIX object")
                .isEqualTo(1);

        ApiClient.Reply hidden = api.getReply("/api/v1/cyber/reports/" + id, api.bearer("ncb-us"));
        String missingId = "report--00000000-0000-4000-8000-000000000000";
        ApiClient.Reply missing = api.getReply("/api/v1/cyber/reports/" + missingId, api.bearer("ncb-us"));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(hidden.text().replace(id, "ID")).isEqualTo(missing.text().replace(missingId, "ID"));
        assertThat(listed("ncb-us")).noneMatch(r -> r.get("id").asString().equals(id));
        assertThat(api.get("/api/v1/cyber/bundles?ids=" + id, api.bearer("ncb-us"))
                        .body())
                .doesNotContain(id);

        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'CREATE' AND object_type = 'report'"
                                + " AND object_id = ? AND purpose = 'case 2026/12' AND bureau = 'FR'",
                        Long.class,
                        id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'READ' AND object_type = 'report'"
                                + " AND object_id = ? AND bureau = 'US' AND outcome = 'NOT_FOUND'",
                        Long.class,
                        id))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'LIST' AND object_type = 'report'"
                                + " AND bureau = 'IT'",
                        Long.class))
                .isPositive();
    }

    @Test
    void aWriterMayReferOnlyToObjectsItMaySeeAndEveryBadFieldIsNamed() {
        String secret = Stix.id("indicator");
        Stix.importBundle(
                api,
                "ncb-fr",
                Stix.bundle(Stix.indicator(
                        secret,
                        "[domain-name:value = '" + Stix.domain() + "']",
                        "2026-01-01T00:00:00.000Z",
                        Stix.markings(Stix.TLP2_AMBER_STRICT))));
        String nowhere = Stix.id("malware");
        ApiClient.Reply refused = api.postJson(
                "/api/v1/cyber/reports",
                api.bearer("ncb-de"),
                report("Wave 13", "\"" + secret + "\",\"" + nowhere + "\"", "{\"audience\":\"ALL\"}"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode errors = refused.json().get("errors");
        assertThat(errors.get(0).get("field").asString()).isEqualTo("objectRefs[0]");
        assertThat(errors.get(1).get("field").asString()).isEqualTo("objectRefs[1]");
        assertThat(errors.get(0).get("message").asString())
                .as("a hidden object is refused exactly as one stored nowhere")
                .isEqualTo(errors.get(1).get("message").asString());

        ApiClient.Reply bad = api.postJson(
                "/api/v1/cyber/reports",
                api.bearer("ncb-de"),
                "{\"title\":\"\",\"objectRefs\":[\"not an id\"],\"access\":{\"audience\":\"SOME\"},"
                        + "\"tlp\":\"PURPLE\",\"published\":\"yesterday\"}");
        assertThat(bad.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        bad.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("title", "objectRefs[0]", "access.audience", "tlp", "published");
        assertThat(api.getReply("/api/v1/cyber/reports?limit=0", api.bearer("ncb-de"))
                        .status())
                .isEqualTo(400);
        assertThat(api.getReply("/api/v1/cyber/reports?cursor=nonsense", api.bearer("ncb-de"))
                        .status())
                .isEqualTo(400);
    }
}
