package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.JsonNode;

/**
 * Feeds pulling a recorded TAXII 2.1 collection (a real HTTP server in the test): every page into the owner bureau's
 * objects, incremental pulls, the cursor kept across pullers, refusals recorded on the feed, access to feeds.
 */
@IntegrationTest
class FeedPullIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Feeds feeds;

    @Autowired
    CyberIntelligence imports;

    @Autowired
    AuditLog auditLog;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Environment environment;

    @Autowired
    FeedSchedule schedule;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;
    RecordedCollection remote;

    @BeforeEach
    void start() throws Exception {
        api = new ApiClient(port);
        remote = new RecordedCollection(2);
    }

    @AfterEach
    void stop() {
        remote.close();
    }

    static String indicator(String domain) {
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"indicator--" + UUID.randomUUID()
                + "\",\"created\":\"2026-01-01T00:00:00.000Z\",\"modified\":\"2026-01-01T00:00:00.000Z\","
                + "\"pattern\":\"[domain-name:value = '" + domain + "']\",\"pattern_type\":\"stix\","
                + "\"valid_from\":\"" + Instant.now().minusSeconds(60) + "\"}";
    }

    static String domain() {
        return "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + ".example";
    }

    /** Indicators of new domains, added to the remote collection; answers their domains. */
    List<String> publish(int count) {
        List<String> domains = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String domain = domain();
            domains.add(domain);
            remote.add(indicator(domain));
        }
        return domains;
    }

    JsonNode create(String client, String json) {
        ApiClient.Reply reply = api.postJson("/api/v1/cyber/feeds", api.bearer(client), json);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json();
    }

    String feedFor(String client, String extra) {
        return create(
                        client,
                        "{\"apiRoot\":\"" + remote.apiRoot() + "\",\"collection\":\"recorded\",\"enabled\":false"
                                + extra + "}")
                .get("id")
                .asString();
    }

    JsonNode pull(String client, String id) {
        ApiClient.Reply reply = api.postJson("/api/v1/cyber/feeds/" + id + "/pulls", api.bearer(client), "");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json();
    }

    /** The STIX objects of an owner bureau with these patterns' domains that a client may see. */
    int visible(String client, String owner, List<String> domains) {
        ApiClient.Reply reply =
                api.getReply("/api/v1/cyber/bundles?owner=" + owner + "&versions=all", api.bearer(client));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        int found = 0;
        for (JsonNode object : reply.json().get("objects")) {
            String pattern = object.path("pattern").asString("");
            if (domains.stream().anyMatch(pattern::contains)) {
                found++;
            }
        }
        return found;
    }

    @Test
    void pullsEveryPageIntoTheOwnerBureauThenOnlyWhatIsNewAndKeepsTheCursorForANewPuller() {
        List<String> first = publish(5);
        String id = feedFor(
                "ncb-fr",
                ",\"defaultAccess\":{\"classification\":\"OFFICIAL\",\"audience\":\"ONLY\",\"countries\":[\"DE\"]}");

        JsonNode pulled = pull("ncb-fr", id);
        assertThat(pulled.get("status").asString()).as(pulled.toString()).isEqualTo("OK");
        assertThat(pulled.get("objectsPulled").asLong()).isEqualTo(5);
        String firstCursor = remote.lastDateAdded();
        assertThat(pulled.get("addedAfter").asString()).isEqualTo(firstCursor);
        assertThat(absent(pulled, "lastError")).isTrue();
        // three pages of two: the first without a cursor, the others following next with the cursor of the page before
        assertThat(remote.requests()).hasSize(3);
        assertThat(remote.requests().getFirst().query()).doesNotContainKey("added_after");
        assertThat(remote.requests().get(1).query()).containsEntry("next", "2");
        assertThat(remote.requests().get(2).query()).containsEntry("next", "4");
        assertThat(remote.requests())
                .allSatisfy(request -> assertThat(request.accept()).isEqualTo("application/taxii+json;version=2.1"));

        // France owns them; the default restriction shares them with Germany only
        assertThat(visible("ncb-fr", "FR", first)).isEqualTo(5);
        assertThat(visible("ncb-de", "FR", first)).isEqualTo(5);
        assertThat(visible("ncb-us", "FR", first)).isZero();

        List<String> second = publish(2);
        String cursor = remote.lastDateAdded();
        int before = remote.requests().size();
        pulled = pull("ncb-fr", id);
        assertThat(pulled.get("objectsPulled").asLong()).isEqualTo(7);
        assertThat(pulled.get("addedAfter").asString()).isEqualTo(cursor);
        // asked from a minute before the cursor (late commits): the last object again, stored unchanged, then 2 new
        assertThat(remote.requests().get(before).query())
                .containsEntry(
                        "added_after",
                        Instant.parse(firstCursor).minusSeconds(60).toString());
        assertThat(remote.requests()).hasSize(before + 2);
        assertThat(visible("ncb-fr", "FR", second)).isEqualTo(2);

        // a puller that never ran (a restart) goes on from the cursor in the database
        List<String> third = publish(1);
        FeedPuller restarted = new FeedPuller(
                feeds,
                imports,
                auditLog,
                transactionManager,
                environment,
                Duration.ofSeconds(5),
                1,
                Duration.ofMillis(10),
                1000,
                Duration.ofMinutes(1));
        before = remote.requests().size();
        FeedPuller.Pulled again = restarted.pull(UUID.fromString(id)).orElseThrow();
        assertThat(again.error()).isNull();
        assertThat(again.created()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1); // the object at the cursor, asked again within the overlap
        assertThat(remote.requests().get(before).query())
                .containsEntry(
                        "added_after", Instant.parse(cursor).minusSeconds(60).toString());
        assertThat(visible("ncb-fr", "FR", third)).isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE object_type = 'taxii-feed' AND object_id = ?"
                                + " AND operation = 'IMPORT' AND outcome = 'SUCCESS'",
                        Long.class,
                        id))
                .isGreaterThanOrEqualTo(3);
    }

    @Test
    void aRefusalOfTheRemoteIsRecordedOnTheFeedAndTheNextGoodPullClearsIt() {
        List<String> domains = publish(1);
        String id = feedFor("ncb-fr", "");
        remote.fail(403, "{\"title\":\"Forbidden\",\"description\":\"no access to this collection\"}");

        JsonNode failed = pull("ncb-fr", id);
        assertThat(failed.get("status").asString()).isEqualTo("FAILING");
        assertThat(failed.get("lastError").asString()).contains("HTTP 403").contains("no access to this collection");
        assertThat(absent(failed, "lastErrorAt")).isFalse();
        assertThat(absent(failed, "lastSuccessAt")).isTrue();
        assertThat(absent(failed, "addedAfter")).isTrue();
        assertThat(remote.requests()).hasSize(1); // a 4xx is not retried
        JsonNode read =
                api.getReply("/api/v1/cyber/feeds/" + id, api.bearer("ncb-fr")).json();
        assertThat(read.get("lastError").asString()).contains("HTTP 403");

        remote.fail(0, "");
        JsonNode ok = pull("ncb-fr", id);
        assertThat(ok.get("status").asString()).isEqualTo("OK");
        assertThat(ok.get("objectsPulled").asLong()).isEqualTo(1);
        assertThat(visible("ncb-fr", "FR", domains)).isEqualTo(1);
    }

    @Test
    void aPageTheImportRefusesStoresNothingAndLeavesTheCursor() {
        remote.add(indicator(domain()).replace("[domain-name:value = ", "[domain-name:value == "));
        String id = feedFor("ncb-fr", "");
        JsonNode failed = pull("ncb-fr", id);
        assertThat(failed.get("status").asString()).isEqualTo("FAILING");
        assertThat(failed.get("lastError").asString()).startsWith("import refused: objects[0].pattern");
        assertThat(absent(failed, "addedAfter")).isTrue();
        assertThat(failed.get("objectsPulled").asLong()).isZero();
    }

    @Test
    void aMissingSecretIsRecordedWithoutCallingTheRemote() {
        String id = feedFor("ncb-fr", ",\"auth\":{\"type\":\"BEARER\",\"secretRef\":\"nowhere-configured\"}");
        JsonNode failed = pull("ncb-fr", id);
        assertThat(failed.get("lastError").asString()).contains("interlink.cyber.feeds.secrets.nowhere-configured");
        assertThat(remote.requests()).isEmpty();
        assertThat(failed.get("auth").get("secretRef").asString()).isEqualTo("nowhere-configured");
    }

    @Test
    void aBearerSecretFromTheConfigurationIsSent() {
        System.setProperty(FeedPuller.SECRETS + "recorded-bearer", "s3cret-token");
        try {
            publish(1);
            String id = feedFor("ncb-fr", ",\"auth\":{\"type\":\"BEARER\",\"secretRef\":\"recorded-bearer\"}");
            assertThat(pull("ncb-fr", id).get("status").asString()).isEqualTo("OK");
            assertThat(remote.requests().getFirst().authorization()).isEqualTo("Bearer s3cret-token");
            String text = api.getReply("/api/v1/cyber/feeds/" + id, api.bearer("ncb-fr"))
                    .text();
            assertThat(text).doesNotContain("s3cret-token");
        } finally {
            System.clearProperty(FeedPuller.SECRETS + "recorded-bearer");
        }
    }

    @Test
    void aFeedIsTheOwnersAndTheGeneralSecretariatsAndMissingToEveryoneElse() {
        String id = feedFor("ncb-fr", "");
        String missing = "/api/v1/cyber/feeds/" + UUID.randomUUID();
        String feed = "/api/v1/cyber/feeds/" + id;

        ApiClient.Reply hidden = api.getReply(feed, api.bearer("ncb-de"));
        ApiClient.Reply absent = api.getReply(missing, api.bearer("ncb-de"));
        assertThat(hidden.status()).isEqualTo(404);
        assertThat(absent.status()).isEqualTo(404);
        assertThat(hidden.text().replace(id, "ID"))
                .isEqualTo(absent.text().replace(missing.substring(missing.lastIndexOf('/') + 1), "ID"));
        assertThat(api.postJson(feed + "/pulls", api.bearer("ncb-de"), "").status())
                .isEqualTo(404);
        assertThat(api.exchange(
                                "PATCH",
                                feed,
                                api.bearer("ncb-de"),
                                java.net.http.HttpRequest.BodyPublishers.ofString("{\"enabled\":true}"),
                                "Content-Type",
                                "application/json")
                        .status())
                .isEqualTo(404);
        assertThat(api.exchange("DELETE", feed, api.bearer("ncb-de"), java.net.http.HttpRequest.BodyPublishers.noBody())
                        .status())
                .isEqualTo(404);
        assertThat(ids(api.getReply("/api/v1/cyber/feeds", api.bearer("ncb-de")).json()))
                .doesNotContain(id);
        assertThat(ids(api.getReply("/api/v1/cyber/feeds", api.bearer("ncb-fr")).json()))
                .contains(id);
        assertThat(ids(api.getReply("/api/v1/cyber/feeds", api.bearer("gs")).json()))
                .contains(id);

        ApiClient.Reply changed = api.exchange(
                "PATCH",
                feed,
                api.bearer("gs"),
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"intervalSeconds\":600}"),
                "Content-Type",
                "application/json");
        assertThat(changed.status()).as(changed.text()).isEqualTo(200);
        assertThat(changed.json().get("intervalSeconds").asLong()).isEqualTo(600);
        assertThat(changed.json().get("enabled").asBoolean()).isFalse();
        assertThat(api.exchange("DELETE", feed, api.bearer("ncb-fr"), java.net.http.HttpRequest.BodyPublishers.noBody())
                        .status())
                .isEqualTo(204);
        assertThat(api.getReply(feed, api.bearer("ncb-fr")).status()).isEqualTo(404);
    }

    /** A field the answer leaves out because it has no value (the API omits nulls). */
    private static boolean absent(JsonNode answer, String field) {
        return answer.path(field).isMissingNode() || answer.path(field).isNull();
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }

    @Test
    void badInputIsRefusedNamingEachField() {
        ApiClient.Reply reply = api.postJson(
                "/api/v1/cyber/feeds",
                api.bearer("ncb-fr"),
                "{\"apiRoot\":\"ftp://remote.example/api1/\",\"collection\":\"a b\",\"intervalSeconds\":5,"
                        + "\"owner\":\"DE\",\"auth\":{\"type\":\"OAUTH2\",\"secretRef\":\"Bad Ref\"},"
                        + "\"defaultAccess\":{\"audience\":\"SOME\"}}");
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        List<String> fields = new ArrayList<>();
        reply.json()
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        assertThat(fields)
                .containsExactlyInAnyOrder(
                        "owner",
                        "apiRoot",
                        "collection",
                        "intervalSeconds",
                        "auth.secretRef",
                        "auth.tokenUrl",
                        "auth.clientId",
                        "defaultAccess");

        assertThat(api.postJson("/api/v1/cyber/feeds", api.bearer("ncb-fr"), "[1]")
                        .status())
                .isEqualTo(400);
        String id = feedFor("ncb-fr", "");
        ApiClient.Reply change = api.exchange(
                "PATCH",
                "/api/v1/cyber/feeds/" + id,
                api.bearer("ncb-fr"),
                java.net.http.HttpRequest.BodyPublishers.ofString("{\"owner\":\"DE\",\"enabled\":\"yes\"}"),
                "Content-Type",
                "application/json");
        assertThat(change.status()).isEqualTo(400);
        assertThat(change.text()).contains("\"owner\"").contains("\"enabled\"");
        assertThat(api.getReply("/api/v1/cyber/feeds/not-a-uuid", api.bearer("ncb-fr"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void anEnabledFeedIsPulledWhenDue() throws InterruptedException {
        List<String> domains = publish(3);
        String id = create(
                        "ncb-it",
                        "{\"apiRoot\":\"" + remote.apiRoot() + "\",\"collection\":\"recorded\","
                                + "\"intervalSeconds\":3600}")
                .get("id")
                .asString();
        schedule.sweep();
        Instant until = Instant.now().plusSeconds(20);
        JsonNode feed =
                api.getReply("/api/v1/cyber/feeds/" + id, api.bearer("ncb-it")).json();
        while (feed.get("objectsPulled").asLong() < 3 && Instant.now().isBefore(until)) {
            Thread.sleep(100); // the application's own sweep may hold the feed at that moment: it pulls it then
            feed = api.getReply("/api/v1/cyber/feeds/" + id, api.bearer("ncb-it"))
                    .json();
        }
        assertThat(feed.get("objectsPulled").asLong()).isEqualTo(3);
        assertThat(Instant.parse(feed.get("nextPullAt").asString()))
                .isAfter(Instant.now().plusSeconds(3000));
        assertThat(visible("ncb-it", "IT", domains)).isEqualTo(3);
    }

    /** A bundle of the indicators of these domains, imported by a bureau through the API. */
    void importAs(String client, List<String> domains) {
        StringBuilder bundle =
                new StringBuilder("{\"type\":\"bundle\",\"id\":\"bundle--" + UUID.randomUUID() + "\",\"objects\":[");
        for (int i = 0; i < domains.size(); i++) {
            bundle.append(i == 0 ? "" : ",").append(indicator(domains.get(i)));
        }
        ApiClient.Reply reply = api.postJson(
                "/api/v1/cyber/bundles", api.bearer(client), bundle.append("]}").toString());
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
    }

    @Test
    void canadaPullsJapansCollectionFromInterlinksOwnTaxiiServerIncrementallyAcrossARestart() {
        System.setProperty(FeedPuller.SECRETS + "own-server-ca", "demo");
        try {
            List<String> first = List.of(domain(), domain(), domain());
            importAs("ncb-jp", first);
            String base = "http://localhost:" + port;
            String id = create(
                            "ncb-ca",
                            "{\"apiRoot\":\"" + base + "/taxii2/interlink/\",\"collection\":\"JP\",\"enabled\":false,"
                                    + "\"auth\":{\"type\":\"OAUTH2\",\"tokenUrl\":\"" + base + "/oauth2/token\","
                                    + "\"clientId\":\"ncb-ca\",\"secretRef\":\"own-server-ca\"}}")
                    .get("id")
                    .asString();

            JsonNode pulled = pull("ncb-ca", id);
            assertThat(pulled.get("status").asString()).as(pulled.toString()).isEqualTo("OK");
            long once = pulled.get("objectsPulled").asLong();
            assertThat(once).isGreaterThanOrEqualTo(3);
            String cursor = pulled.get("addedAfter").asString();
            assertThat(visible("ncb-ca", "CA", first)).isEqualTo(3); // Canada's own copies now
            assertThat(visible("ncb-ca", "JP", first)).isEqualTo(3); // beside Japan's

            // only what Japan added since
            List<String> second = List.of(domain(), domain());
            importAs("ncb-jp", second);
            pulled = pull("ncb-ca", id);
            assertThat(pulled.get("status").asString()).as(pulled.toString()).isEqualTo("OK");
            assertThat(pulled.get("objectsPulled").asLong()).isEqualTo(once + 2);
            assertThat(pulled.get("addedAfter").asString()).isNotEqualTo(cursor);
            assertThat(visible("ncb-ca", "CA", second)).isEqualTo(2);

            // nothing new: nothing stored, the cursor stays
            JsonNode again = pull("ncb-ca", id);
            assertThat(again.get("objectsPulled").asLong()).isEqualTo(once + 2);
            assertThat(again.get("addedAfter").asString())
                    .isEqualTo(pulled.get("addedAfter").asString());

            // a new puller (a restart: no token, nothing in memory) goes on from the stored cursor
            List<String> third = List.of(domain());
            importAs("ncb-jp", third);
            FeedPuller restarted = new FeedPuller(
                    feeds,
                    imports,
                    auditLog,
                    transactionManager,
                    environment,
                    Duration.ofSeconds(10),
                    2,
                    Duration.ofMillis(100),
                    1000,
                    Duration.ofMinutes(1));
            FeedPuller.Pulled after = restarted.pull(UUID.fromString(id)).orElseThrow();
            assertThat(after.error()).isNull();
            assertThat(after.created()).isEqualTo(1); // what is asked again within the overlap is unchanged
            assertThat(visible("ncb-ca", "CA", third)).isEqualTo(1);
        } finally {
            System.clearProperty(FeedPuller.SECRETS + "own-server-ca");
        }
    }

    @Test
    void aWrongSecretForInterlinksOwnServerIsRecordedOnTheFeed() {
        System.setProperty(FeedPuller.SECRETS + "own-server-wrong", "not-the-secret");
        try {
            String base = "http://localhost:" + port;
            String id = create(
                            "ncb-ca",
                            "{\"apiRoot\":\"" + base + "/taxii2/interlink/\",\"collection\":\"JP\",\"enabled\":false,"
                                    + "\"auth\":{\"type\":\"OAUTH2\",\"tokenUrl\":\"" + base + "/oauth2/token\","
                                    + "\"clientId\":\"ncb-ca\",\"secretRef\":\"own-server-wrong\"}}")
                    .get("id")
                    .asString();
            JsonNode failed = pull("ncb-ca", id);
            assertThat(failed.get("status").asString()).isEqualTo("FAILING");
            assertThat(failed.get("lastError").asString()).startsWith("token refused: HTTP 401");
        } finally {
            System.clearProperty(FeedPuller.SECRETS + "own-server-wrong");
        }
    }
}
