package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The TAXII 2.1 server over HTTP: discovery, collections, objects with every filter and paging, add with its status,
 * delete, manifest and versions, media types, errors in TAXII's shape, and denied answered exactly as missing.
 */
@IntegrationTest
class TaxiiApiIntegrationTest {

    private static final String V1 = "2026-01-01T00:00:00.000Z";
    private static final String V2 = "2026-02-01T00:00:00.000Z";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.interlink.members.Members members;

    ApiClient api;
    Taxii taxii;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        taxii = new Taxii(api);
    }

    private static String malware(String id) {
        return "{\"type\":\"malware\",\"spec_version\":\"2.1\",\"id\":\"" + id + "\",\"created\":\"" + V1
                + "\",\"modified\":\"" + V1 + "\",\"name\":\"Poison Ivy\",\"is_family\":true}";
    }

    private static String objectsOf(String bureau, String... parameters) {
        return Taxii.collection(bureau) + "objects/?" + String.join("&", parameters);
    }

    private static List<String> versionsIn(JsonNode envelope) {
        List<String> versions = new ArrayList<>();
        envelope.path("objects").forEach(o -> versions.add(o.get("modified").asString()));
        return versions;
    }

    private static void assertTaxiiError(ApiClient.Reply reply, int status) {
        assertThat(reply.contentType()).isEqualTo(Taxii.TAXII);
        assertErrorBody(reply, status);
    }

    /** An error body reads both as TAXII's error message and as the API's problem+json. */
    private static void assertErrorBody(ApiClient.Reply reply, int status) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(status);
        assertThat(reply.json().get("http_status").asString()).isEqualTo(String.valueOf(status));
        assertThat(reply.json().get("status").asInt()).isEqualTo(status);
        assertThat(reply.json().get("title").asString()).isNotBlank();
        assertThat(reply.json().get("description").asString())
                .isEqualTo(reply.json().get("detail").asString());
    }

    @Test
    void discoveryApiRootAndCollections() {
        ApiClient.Reply discovery = taxii.get("ncb-fr", "/taxii2/");
        assertThat(discovery.status()).as(discovery.text()).isEqualTo(200);
        assertThat(discovery.contentType()).isEqualTo(Taxii.TAXII);
        assertThat(discovery.json().get("api_roots").get(0).asString()).endsWith("/taxii2/interlink/");
        assertThat(discovery.json().get("default").asString()).endsWith("/taxii2/interlink/");

        JsonNode root = taxii.get("ncb-fr", Taxii.ROOT).json();
        assertThat(root.get("versions").get(0).asString()).isEqualTo(Taxii.TAXII);
        assertThat(root.get("max_content_length").asInt()).isEqualTo(CyberController.MAX_BUNDLE_BYTES);

        JsonNode collections =
                taxii.get("ncb-fr", Taxii.ROOT + "collections/").json().get("collections");
        JsonNode all = collections.get(0);
        assertThat(all.get("alias").asString()).isEqualTo("all");
        assertThat(all.get("can_read").asBoolean()).isTrue();
        assertThat(all.get("can_write").asBoolean()).isFalse();
        assertThat(all.get("media_types").get(0).asString()).isEqualTo("application/stix+json;version=2.1");
        JsonNode france = null;
        JsonNode germany = null;
        for (JsonNode collection : collections) {
            assertThat(UUID.fromString(collection.get("id").asString())).isNotNull();
            if (collection.get("alias").asString().equals("FR")) {
                france = collection;
            } else if (collection.get("alias").asString().equals("DE")) {
                germany = collection;
            }
        }
        assertThat(france.get("can_write").asBoolean()).isTrue();
        assertThat(germany.get("can_write").asBoolean()).isFalse();

        ApiClient.Reply byId =
                taxii.get("ncb-fr", Taxii.collection(france.get("id").asString()));
        assertThat(byId.json()).isEqualTo(france);
        assertThat(taxii.get("ncb-fr", Taxii.collection("FR")).json()).isEqualTo(france);
        assertThat(taxii.get("ncb-de", Taxii.collection("FR"))
                        .json()
                        .get("can_write")
                        .asBoolean())
                .isFalse();

        ApiClient.Reply missing =
                taxii.get("ncb-fr", Taxii.collection(UUID.randomUUID().toString()));
        assertTaxiiError(missing, 404);
        assertThat(missing.text())
                .isEqualTo(taxii.get("ncb-fr", Taxii.collection("XX")).text())
                .isEqualTo(taxii.get("ncb-fr", "/taxii2/other-root/").text());
    }

    @Test
    void withoutATokenTheAnswerIs401InTaxiisShape() {
        ApiClient.Reply reply = taxii.get(null, Taxii.ROOT + "collections/");
        assertTaxiiError(reply, 401);
        assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
        ApiClient.Reply api = this.api.exchange(
                "GET", "/api/v1/cyber/counts", null, java.net.http.HttpRequest.BodyPublishers.noBody());
        assertThat(api.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRoleWithoutPoliceDataIsRefusedInTaxiisShape() {
        org.interlink.access.Viewer admin = new org.interlink.access.Viewer(
                "admin",
                org.interlink.access.Viewer.GENERAL_SECRETARIAT,
                Set.of("ADMINISTRATOR"),
                org.interlink.access.Classification.OFFICIAL);
        String client = "taxii-auditor-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = members.createClient(
                admin,
                client,
                "GS",
                Set.of(org.interlink.members.Role.AUDITOR),
                org.interlink.access.Classification.CONFIDENTIAL);
        String token = api.token(client, secret).json().get("access_token").asString();
        ApiClient.Reply refused = api.exchange(
                "GET",
                Taxii.ROOT + "collections/",
                token,
                java.net.http.HttpRequest.BodyPublishers.noBody(),
                "Accept",
                Taxii.TAXII);
        assertTaxiiError(refused, 403);
    }

    @Test
    void mediaTypesAreNegotiated() {
        String collections = Taxii.ROOT + "collections/";
        assertThat(taxii.get("ncb-fr", collections, "application/taxii+json").status())
                .isEqualTo(200);
        assertThat(taxii.get("ncb-fr", collections, "*/*").status()).isEqualTo(200);
        assertThat(taxii.get("ncb-fr", collections, "application/json;q=0.5, application/taxii+json;version=2.1")
                        .status())
                .isEqualTo(200);
        ApiClient.Reply plainJson = taxii.get("ncb-fr", collections, "application/json");
        assertErrorBody(plainJson, 406);
        assertThat(plainJson.contentType()).isEqualTo("application/problem+json");
        assertThat(plainJson.json().path("errors").get(0).get("field").asString())
                .isEqualTo("Accept");
        assertTaxiiError(taxii.get("ncb-fr", collections, "application/taxii+json;version=2.0"), 406);
        assertTaxiiError(taxii.get("ncb-fr", collections, "application/stix+json;version=2.1"), 406);
        assertThat(taxii.get("ncb-fr", collections, "application/json")
                        .json()
                        .get("details")
                        .has("Accept"))
                .isTrue();

        ApiClient.Reply stix = taxii.get("ncb-fr", objectsOf("FR", "limit=1"), "application/stix+json;version=2.1");
        assertThat(stix.status()).isEqualTo(200);
        assertThat(stix.contentType()).isEqualTo("application/stix+json;version=2.1");

        String id = Stix.id("malware");
        String envelope = "{\"objects\":[" + malware(id) + "]}";
        ApiClient.Reply json = taxii.post("ncb-fr", Taxii.collection("FR") + "objects/", "application/json", envelope);
        assertTaxiiError(json, 415);
        assertThat(json.json().get("details").has("Content-Type")).isTrue();
        assertTaxiiError(
                taxii.post(
                        "ncb-fr", Taxii.collection("FR") + "objects/", "application/stix+json;version=2.1", envelope),
                415);
        assertThat(taxii.post("ncb-fr", Taxii.collection("FR") + "objects/", "application/taxii+json", envelope)
                        .status())
                .isEqualTo(202);
    }

    @Test
    void addedObjectsReadBackWithEveryFilterAndTheirStatus() {
        String indicator = Stix.id("indicator");
        String malware = Stix.id("malware");
        String pattern = "[ipv4-addr:value = '203.0.113.9']";
        ApiClient.Reply added = taxii.add(
                "ncb-fr",
                "FR",
                Stix.indicator(indicator, pattern, V1, ""),
                Stix.indicator(indicator, pattern, V2, ""),
                malware(malware));
        assertThat(added.status()).as(added.text()).isEqualTo(202);
        JsonNode status = added.json();
        assertThat(status.get("status").asString()).isEqualTo("complete");
        assertThat(status.get("total_count").asInt()).isEqualTo(3);
        assertThat(status.get("success_count").asInt()).isEqualTo(3);
        assertThat(status.get("failure_count").asInt()).isZero();
        assertThat(status.get("pending_count").asInt()).isZero();
        assertThat(status.get("successes").get(1).get("version").asString()).isEqualTo(V2);

        String statusPath = Taxii.ROOT + "status/" + status.get("id").asString() + "/";
        assertThat(taxii.get("ncb-fr", statusPath).json()).isEqualTo(status);
        ApiClient.Reply other = taxii.get("ncb-de", statusPath);
        assertTaxiiError(other, 404);
        assertThat(other.text())
                .isEqualTo(taxii.get("ncb-de", Taxii.ROOT + "status/" + UUID.randomUUID() + "/")
                        .text())
                .isEqualTo(
                        taxii.get("ncb-fr", Taxii.ROOT + "status/not-a-uuid/").text());

        String byId = Taxii.param("match[id]", indicator);
        ApiClient.Reply last = taxii.get("ncb-fr", objectsOf("FR", byId));
        assertThat(last.status()).as(last.text()).isEqualTo(200);
        assertThat(last.json().get("more").asBoolean()).isFalse();
        assertThat(last.json().has("next")).isFalse();
        assertThat(versionsIn(last.json())).containsExactly(V2);
        assertThat(last.header("X-TAXII-Date-Added-First")).isNotEmpty();
        assertThat(last.header("X-TAXII-Date-Added-Last")).isEqualTo(last.header("X-TAXII-Date-Added-First"));
        assertThat(versionsIn(taxii.get("ncb-fr", objectsOf("FR", byId, Taxii.param("match[version]", "first")))
                        .json()))
                .containsExactly(V1);
        assertThat(versionsIn(taxii.get("ncb-fr", objectsOf("FR", byId, Taxii.param("match[version]", "all")))
                        .json()))
                .containsExactlyInAnyOrder(V1, V2);
        assertThat(versionsIn(taxii.get("ncb-fr", objectsOf("FR", byId, Taxii.param("match[version]", V1)))
                        .json()))
                .containsExactly(V1);
        assertThat(versionsIn(taxii.get("ncb-fr", objectsOf("FR", byId, Taxii.param("match[version]", "first," + V2)))
                        .json()))
                .containsExactlyInAnyOrder(V1, V2);
        assertThat(versionsIn(taxii.get("ncb-fr", objectsOf("FR", byId, Taxii.param("match[spec_version]", "2.0")))
                        .json()))
                .isEmpty();
        assertThat(versionsIn(taxii.get("ncb-de", objectsOf("all", byId)).json()))
                .containsExactly(V2);
        assertThat(versionsIn(taxii.get("ncb-de", objectsOf("DE", byId)).json()))
                .isEmpty();

        JsonNode typed = taxii.get(
                        "ncb-fr",
                        objectsOf(
                                "FR",
                                Taxii.param("match[id]", indicator + "," + malware),
                                Taxii.param("match[type]", "malware")))
                .json();
        assertThat(typed.get("objects")).hasSize(1);
        assertThat(typed.get("objects").get(0).get("id").asString()).isEqualTo(malware);

        ApiClient.Reply after = taxii.get(
                "ncb-fr", objectsOf("FR", byId, Taxii.param("added_after", last.header("X-TAXII-Date-Added-Last"))));
        assertThat(after.text()).isEqualTo("{\"more\":false}");
        assertThat(after.header("X-TAXII-Date-Added-First")).isEmpty();

        String objectPath = Taxii.collection("FR") + "objects/" + indicator + "/";
        assertThat(versionsIn(taxii.get("ncb-fr", objectPath).json())).containsExactly(V2);
        assertThat(versionsIn(taxii.get("ncb-fr", objectPath + "?" + Taxii.param("match[version]", "all"))
                        .json()))
                .containsExactly(V1, V2);
        JsonNode versions = taxii.get("ncb-fr", objectPath + "versions/").json();
        assertThat(versions.get("versions").valueStream().map(JsonNode::asString))
                .containsExactly(V1, V2);
        assertThat(versions.get("more").asBoolean()).isFalse();

        JsonNode manifest = taxii.get("ncb-fr", Taxii.collection("FR") + "manifest/?" + byId)
                .json()
                .get("objects");
        assertThat(manifest).hasSize(1);
        assertThat(manifest.get(0).get("id").asString()).isEqualTo(indicator);
        assertThat(manifest.get(0).get("version").asString()).isEqualTo(V2);
        assertThat(manifest.get(0).get("media_type").asString()).isEqualTo("application/stix+json;version=2.1");
        assertThat(manifest.get(0).get("date_added").asString()).isEqualTo(last.header("X-TAXII-Date-Added-First"));

        ApiClient.Reply purposeful = api.exchange(
                "GET",
                objectPath,
                api.bearer("ncb-fr"),
                java.net.http.HttpRequest.BodyPublishers.noBody(),
                "Accept",
                Taxii.TAXII,
                "X-Purpose",
                "case 2026/77");
        assertThat(purposeful.status()).isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT operation FROM audit_log WHERE object_id = ? AND purpose = 'case 2026/77'",
                        String.class,
                        indicator))
                .containsExactly("READ");
        assertThat(jdbc.queryForList(
                        "SELECT operation FROM audit_log WHERE object_id = ? AND operation = 'CREATE'",
                        String.class,
                        indicator))
                .hasSize(2);
    }

    @Test
    void anEnvelopeWithABadObjectAddsNothingAndNamesItInItsStatus() {
        String good = Stix.id("indicator");
        String bad = Stix.id("indicator");
        ApiClient.Reply added = taxii.add(
                "ncb-fr",
                "FR",
                Stix.indicator(good, "[ipv4-addr:value = '203.0.113.10']", V1, ""),
                Stix.indicator(bad, "[ipv4-addr:value = ", V1, ""));
        assertThat(added.status()).as(added.text()).isEqualTo(202);
        JsonNode status = added.json();
        assertThat(status.get("success_count").asInt()).isZero();
        assertThat(status.get("failure_count").asInt()).isEqualTo(2);
        assertThat(status.get("failures").get(0).get("id").asString()).isEqualTo(good);
        assertThat(status.get("failures").get(0).get("message").asString()).contains("all or nothing");
        assertThat(status.get("failures").get(1).get("id").asString()).isEqualTo(bad);
        assertThat(status.get("failures").get(1).get("message").asString()).startsWith("pattern: ");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM cyber_objects WHERE id IN (?, ?)", Integer.class, good, bad))
                .isZero();

        ApiClient.Reply notJson = taxii.post("ncb-fr", Taxii.collection("FR") + "objects/", Taxii.TAXII, "{");
        assertTaxiiError(notJson, 400);
        assertThat(notJson.json().get("details").has("body")).isTrue();
        ApiClient.Reply noObjects =
                taxii.post("ncb-fr", Taxii.collection("FR") + "objects/", Taxii.TAXII, "{\"objects\":{}}");
        assertTaxiiError(noObjects, 400);
        assertThat(noObjects.json().get("details").has("objects")).isTrue();

        assertTaxiiError(taxii.add("ncb-fr", "DE", malware(Stix.id("malware"))), 403);
        assertTaxiiError(taxii.add("ncb-fr", "all", malware(Stix.id("malware"))), 403);
    }

    @Test
    void onlyTheOwnerDeletesAndOthersAreAnsweredAsForAMissingObject() {
        String first = Stix.domain();
        String second = Stix.domain();
        String id = Stix.id("indicator");
        assertThat(taxii.add(
                                "ncb-fr",
                                "FR",
                                Stix.indicator(id, "[domain-name:value = '" + first + "']", V1, ""),
                                Stix.indicator(id, "[domain-name:value = '" + second + "']", V2, ""))
                        .status())
                .isEqualTo(202);
        assertThat(hit(Stix.eventually(() -> Stix.check(api, "ncb-fr", second), TaxiiApiIntegrationTest::hit)))
                .isTrue();

        String path = Taxii.collection("FR") + "objects/" + id + "/";
        ApiClient.Reply refused = taxii.delete("ncb-de", path);
        assertTaxiiError(refused, 404);
        assertThat(refused.text())
                .isEqualTo(taxii.delete("ncb-de", Taxii.collection("FR") + "objects/" + Stix.id("indicator") + "/")
                        .text())
                .isEqualTo(taxii.delete("ncb-de", Taxii.collection("DE") + "objects/" + id + "/")
                        .text());
        assertTaxiiError(taxii.delete("ncb-fr", Taxii.collection("all") + "objects/" + id + "/"), 404);

        ApiClient.Reply latest = taxii.delete("ncb-fr", path + "?" + Taxii.param("match[version]", "last"));
        assertThat(latest.status()).as(latest.text()).isEqualTo(200);
        assertThat(versionsIn(taxii.get("ncb-fr", path).json())).containsExactly(V1);
        assertThat(hit(Stix.eventually(() -> Stix.check(api, "ncb-fr", first), TaxiiApiIntegrationTest::hit)))
                .isTrue();
        assertThat(hit(Stix.eventually(() -> Stix.check(api, "ncb-fr", second), answer -> !hit(answer))))
                .isFalse();

        assertThat(taxii.delete("ncb-fr", path).status()).isEqualTo(200);
        assertTaxiiError(taxii.get("ncb-fr", path), 404);
        assertThat(hit(Stix.eventually(() -> Stix.check(api, "ncb-fr", first), answer -> !hit(answer))))
                .isFalse();
        assertThat(jdbc.queryForList(
                        "SELECT outcome FROM audit_log WHERE object_id = ? AND operation = 'DELETE' ORDER BY seq",
                        String.class,
                        id))
                .containsExactly("NOT_FOUND", "NOT_FOUND", "NOT_FOUND", "SUCCESS", "SUCCESS");
    }

    private static boolean hit(JsonNode answer) {
        return answer.get("results").get(0).get("outcome").asString().equals("HIT");
    }

    @Test
    void aHiddenObjectIsAnsweredExactlyAsANeverExistingOneOnEveryPath() {
        String red = Stix.id("indicator");
        String amber = Stix.id("indicator");
        String never = Stix.id("indicator");
        assertThat(taxii.add(
                                "ncb-fr",
                                "FR",
                                Stix.indicator(
                                        red, "[ipv4-addr:value = '203.0.113.11']", V1, Stix.markings(Stix.TLP2_RED)),
                                Stix.indicator(
                                        amber,
                                        "[ipv4-addr:value = '203.0.113.12']",
                                        V1,
                                        Stix.markings(Stix.TLP2_AMBER) + Stix.only("DE")))
                        .status())
                .isEqualTo(202);
        for (String collection : List.of("FR", "all")) {
            String objects = Taxii.collection(collection) + "objects/";
            for (String hidden : List.of(red, amber)) {
                for (String path : List.of(
                        objects + "?" + Taxii.param("match[id]", "ID"),
                        objects + "?" + Taxii.param("match[id]", "ID") + "&" + Taxii.param("match[version]", "all"),
                        Taxii.collection(collection) + "manifest/?" + Taxii.param("match[id]", "ID"),
                        objects + "ID/",
                        objects + "ID/?" + Taxii.param("match[version]", "first"),
                        objects + "ID/versions/")) {
                    ApiClient.Reply denied = taxii.get("ncb-us", path.replace("ID", hidden));
                    ApiClient.Reply missing = taxii.get("ncb-us", path.replace("ID", never));
                    assertThat(denied.status()).as(path).isEqualTo(missing.status());
                    assertThat(denied.text()).as(path).isEqualTo(missing.text());
                    assertThat(denied.header("X-TAXII-Date-Added-First")).isEmpty();
                }
                ApiClient.Reply deleted = taxii.delete("ncb-us", objects + hidden + "/");
                assertThat(deleted.text())
                        .isEqualTo(taxii.delete("ncb-us", objects + never + "/").text());
            }
        }
        assertThat(taxii.get("ncb-de", Taxii.collection("FR") + "objects/" + amber + "/")
                        .status())
                .isEqualTo(200);
        assertThat(taxii.get("ncb-de", Taxii.collection("FR") + "objects/" + red + "/")
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForList(
                        "SELECT DISTINCT outcome FROM audit_log WHERE object_id = ? AND actor = 'ncb-us'",
                        String.class,
                        red))
                .containsExactly("NOT_FOUND");
    }

    @Test
    void aReportLeavesOutTheReferencedObjectsTheReaderMayNotSee() {
        String seen = Stix.id("indicator");
        String hidden = Stix.id("indicator");
        String report = Stix.id("report");
        assertThat(taxii.add(
                                "ncb-fr",
                                "FR",
                                Stix.indicator(seen, "[ipv4-addr:value = '203.0.113.21']", V1, ""),
                                Stix.indicator(hidden, "[ipv4-addr:value = '203.0.113.22']", V1, Stix.only("DE")),
                                "{\"type\":\"report\",\"spec_version\":\"2.1\",\"id\":\"" + report
                                        + "\",\"created\":\"" + V1 + "\",\"modified\":\"" + V1
                                        + "\",\"name\":\"Wave\",\"published\":\"" + V1
                                        + "\",\"object_refs\":[\"" + seen + "\",\"" + hidden + "\"]}")
                        .status())
                .isEqualTo(202);
        for (String path : List.of(
                Taxii.collection("FR") + "objects/" + report + "/",
                objectsOf("all", Taxii.param("match[id]", report)))) {
            JsonNode asGermany =
                    taxii.get("ncb-de", path).json().path("objects").get(0);
            assertThat(asGermany.path("object_refs").toString()).contains(seen, hidden);
            JsonNode asItaly = taxii.get("ncb-it", path).json().path("objects").get(0);
            assertThat(asItaly.path("object_refs").toString())
                    .as(path)
                    .contains(seen)
                    .doesNotContain(hidden);
        }
    }

    @Test
    void aHiddenLaterVersionDoesNotHideOrRevealTheEarlierOne() {
        String id = Stix.id("indicator");
        String pattern = "[ipv4-addr:value = '203.0.113.13']";
        assertThat(taxii.add(
                                "ncb-fr",
                                "FR",
                                Stix.indicator(id, pattern, V1, ""),
                                Stix.indicator(id, pattern, V2, Stix.markings(Stix.TLP2_RED)))
                        .status())
                .isEqualTo(202);
        String path = Taxii.collection("FR") + "objects/" + id + "/";
        assertThat(versionsIn(taxii.get("ncb-us", path).json())).containsExactly(V1);
        assertThat(versionsIn(taxii.get("ncb-fr", path).json())).containsExactly(V2);
        assertThat(taxii.get("ncb-us", path + "versions/")
                        .json()
                        .get("versions")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly(V1);
    }

    @Test
    void anEnvelopeOverTheLimitIsRefusedBeforeItsBodyArrives() throws Exception {
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(
                    ("POST " + Taxii.collection("FR") + "objects/ HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                                    + api.bearer("ncb-fr") + "\r\nContent-Type: " + Taxii.TAXII + "\r\nContent-Length: "
                                    + (CyberController.MAX_BUNDLE_BYTES + 1) + "\r\n\r\n{\"objects\":")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder answer = new StringBuilder();
            byte[] buffer = new byte[4096];
            int n;
            while (!answer.toString().contains("\"details\"")
                    && (n = socket.getInputStream().read(buffer)) > 0) {
                answer.append(new String(buffer, 0, n, java.nio.charset.StandardCharsets.UTF_8));
            }
            assertThat(answer.toString()).startsWith("HTTP/1.1 413");
            assertThat(answer.toString()).contains(Taxii.TAXII).contains("\"http_status\":\"413\"");
            assertThat(answer.toString()).contains("\"details\":{\"body\":");
        }
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        String objects = Taxii.collection("FR") + "objects/";
        for (String[] bad : List.of(
                new String[] {"limit", "0"},
                new String[] {"limit", "many"},
                new String[] {"added_after", "yesterday"},
                new String[] {"next", "not-a-cursor"},
                new String[] {"match[version]", "soon"},
                new String[] {"match[spec_version]", "3.0"},
                new String[] {"match[type]", "Not A Type"})) {
            ApiClient.Reply reply = taxii.get("ncb-fr", objects + "?" + Taxii.param(bad[0], bad[1]));
            assertTaxiiError(reply, 400);
            assertThat(reply.json().get("details").has(bad[0])).as(bad[0]).isTrue();
        }
    }

    @Test
    void tenThousandObjectsAddedTogetherPageOutExactlyOnce() {
        String type = "x-paging-" + UUID.randomUUID().toString().substring(0, 8);
        StringBuilder envelope = new StringBuilder("{\"objects\":[");
        Set<String> sent = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = type + "--" + UUID.randomUUID();
            sent.add(id);
            envelope.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"")
                    .append(type)
                    .append("\",\"spec_version\":\"2.1\",\"id\":\"")
                    .append(id)
                    .append("\",\"created\":\"")
                    .append(V1)
                    .append("\",\"modified\":\"")
                    .append(V1)
                    .append("\"}");
        }
        ApiClient.Reply added = taxii.post(
                "ncb-is",
                Taxii.collection("IS") + "objects/",
                Taxii.TAXII,
                envelope.append("]}").toString());
        assertThat(added.status()).as(added.text()).isEqualTo(202);
        assertThat(added.json().get("success_count").asInt()).isEqualTo(10_000);
        assertThat(jdbc.queryForObject(
                        "SELECT count(DISTINCT date_added) FROM cyber_objects WHERE type = ?", Integer.class, type))
                .isEqualTo(1);

        Set<String> read = new HashSet<>();
        int pages = 0;
        int objects = 0;
        String next = null;
        Set<String> dates = new HashSet<>();
        do {
            String path = objectsOf("IS", Taxii.param("match[type]", type), "limit=100")
                    + (next == null ? "" : "&" + Taxii.param("next", next));
            ApiClient.Reply page = taxii.get("ncb-is", path);
            assertThat(page.status()).as(page.text()).isEqualTo(200);
            JsonNode body = page.json();
            assertThat(body.get("objects")).hasSize(100);
            body.get("objects").forEach(o -> read.add(o.get("id").asString()));
            objects += body.get("objects").size();
            dates.add(page.header("X-TAXII-Date-Added-First"));
            dates.add(page.header("X-TAXII-Date-Added-Last"));
            pages++;
            assertThat(body.get("more").asBoolean()).isEqualTo(body.has("next"));
            next = body.path("next").asString(null);
        } while (next != null && pages < 200);
        assertThat(pages).isEqualTo(100);
        assertThat(objects).isEqualTo(10_000);
        assertThat(read).hasSize(10_000).isEqualTo(sent);
        assertThat(dates).hasSize(1);
    }

    @Test
    void aCursorWorksOnlyWhereItWasGiven() {
        String id = Stix.id("malware");
        String other = Stix.id("malware");
        assertThat(taxii.add("ncb-fr", "FR", malware(id), malware(other)).status())
                .isEqualTo(202);
        String ids = Taxii.param("match[id]", id + "," + other);
        JsonNode first = taxii.get("ncb-fr", objectsOf("FR", ids, "limit=1")).json();
        assertThat(first.get("more").asBoolean()).isTrue();
        String next = first.get("next").asString();
        JsonNode second = taxii.get("ncb-fr", objectsOf("FR", ids, "limit=1", Taxii.param("next", next)))
                .json();
        assertThat(second.get("more").asBoolean()).isFalse();
        assertThat(second.get("objects").get(0).get("id").asString())
                .isNotEqualTo(first.get("objects").get(0).get("id").asString());
        assertTaxiiError(taxii.get("ncb-fr", objectsOf("all", ids, "limit=1", Taxii.param("next", next))), 400);
        assertTaxiiError(
                taxii.get("ncb-fr", Taxii.collection("FR") + "manifest/?" + ids + "&" + Taxii.param("next", next)),
                400);
    }
}
