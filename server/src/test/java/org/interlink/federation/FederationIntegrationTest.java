package org.interlink.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.interlink.ApiClient;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.records.MirroredRecord;
import org.interlink.records.RecordMirror;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The centre (the whole application, on its embedded PostgreSQL, with federation on) against a real in-JVM Kafka
 * broker, and national nodes each on a database of their own with the real applier. Nodes hold only OFFICIAL items of
 * other bureaus here ({@code node-clearance=OFFICIAL}), so classification is exercised as well as audiences.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "interlink.federation.nodes=DE,IT,ES,NL,PL,BE",
            "interlink.federation.node-clearance=OFFICIAL",
            "interlink.demo.records.persons=20",
            "interlink.demo.records.documents=20",
            "interlink.demo.records.vehicles=5",
            "interlink.demo.records.firearms=3",
            "interlink.demo.records.artworks=3"
        })
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FederationIntegrationTest {

    private static final Duration CONVERGENCE = Duration.ofSeconds(30);
    private static final List<String> OWNERS = List.of("FR", "DE", "IT");
    private static final Map<String, String> ICAO = Map.of("FR", "FRA", "DE", "D", "IT", "ITA");

    @DynamicPropertySource
    static void kafka(DynamicPropertyRegistry registry) {
        registry.add("interlink.federation.bootstrap-servers", KafkaBroker::bootstrapServers);
    }

    @LocalServerPort
    int port;

    @Autowired
    DataSource centreDataSource;

    JdbcTemplate centre;
    RecordMirror centreRecords;
    ApiClient api;
    final Map<String, TestNode> nodes = new LinkedHashMap<>();

    @BeforeAll
    void nodes() throws Exception {
        centre = new JdbcTemplate(centreDataSource);
        centreRecords = new RecordMirror(centreDataSource, event -> {});
        api = new ApiClient(port);
        String url;
        try (Connection c = centreDataSource.getConnection()) {
            url = c.getMetaData().getURL() + (c.getMetaData().getURL().contains("?") ? "" : "?") + "&user="
                    + c.getMetaData().getUserName();
        }
        for (String bureau : List.of("DE", "IT", "ES", "NL", "PL")) {
            TestNode node = new TestNode(centre, url, bureau);
            node.start();
            nodes.put(bureau, node);
        }
        nodes.put("BE", new TestNode(centre, url, "BE")); // started by the crash test
    }

    @AfterAll
    void close() {
        nodes.values().forEach(TestNode::close);
    }

    @Test
    @Order(1)
    void narrowingFromAllToOnlyDeRemovesThePersonFromItalysNodeAndKeepsItOnGermanys() {
        String id = create("FR", "persons", person("Jacques NARROWE", "OFFICIAL", "ALL", List.of()));
        awaitUntil(() -> nodes.get("IT").holds().containsKey(id)
                && nodes.get("DE").holds().containsKey(id));

        long start = System.nanoTime();
        replace("FR", "persons", id, 1, person("Jacques NARROWE", "OFFICIAL", "ONLY", List.of("DE")));
        awaitUntil(() -> !nodes.get("IT").holds().containsKey(id));
        Duration gone = Duration.ofNanos(System.nanoTime() - start);
        System.out.println("federation: narrowed person gone from IT's node after " + gone.toMillis() + " ms");

        MirroredRecord onDe = awaitValue(() -> {
            MirroredRecord r = nodes.get("DE").holds().get(id);
            return r != null && r.version() == 2 ? r : null;
        });
        assertThat(onDe.restriction()).isEqualTo(Restriction.only(Classification.OFFICIAL, "DE"));
        assertThat(onDe).isEqualTo(centreRecords.find(id).orElseThrow());
        assertThat(nodes.get("ES").holds()).doesNotContainKey(id);
        assertThat(gone).isLessThan(Duration.ofSeconds(5));
    }

    /**
     * Random items, restrictions and changes (narrow, widen, delete, re-create) by three owners; afterwards every node
     * holds exactly what its bureau may see, field for field, and no node's topic ever carried an item outside its
     * audience.
     */
    @Test
    @Order(2)
    void everyNodeConvergesToExactlyWhatItsBureauMaySee() {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("federation property test seed: " + seed);
        Map<String, Item> items = new HashMap<>();
        for (int step = 0; step < 80; step++) {
            int choice = random.nextInt(10);
            if (items.isEmpty() || choice < 3) {
                Item item = Item.random(random);
                items.put(create(item.owner, item.collection(), item.body(random)), item);
            } else {
                List<String> ids = new ArrayList<>(items.keySet());
                java.util.Collections.sort(ids);
                String id = ids.get(random.nextInt(ids.size()));
                Item item = items.get(id);
                if (choice < 8) {
                    item.restrict(random);
                    item.version = replace(item.owner, item.collection(), id, item.version, item.body(random));
                } else {
                    delete(item.owner, item.collection(), id);
                    items.remove(id);
                    if (choice == 9) { // re-created: a new record with the same content
                        items.put(create(item.owner, item.collection(), item.body(random)), item.fresh());
                    }
                }
            }
        }
        // Created and deleted at once: the publisher may find the record gone before it ever published it.
        for (int i = 0; i < 5; i++) {
            delete("FR", "persons", create("FR", "persons", person("Brief PERSON" + i, "OFFICIAL", "ALL", List.of())));
        }
        Map<String, Map<String, MirroredRecord>> expected = awaitConvergence(List.of("DE", "IT", "ES", "NL", "PL"));
        awaitUntil(() -> centre.queryForObject(
                        "SELECT count(*) FROM event_publication WHERE listener_id LIKE '%FanOut%'"
                                + " AND completion_date IS NULL",
                        Long.class)
                == 0);
        assertThat(expected.values().stream().mapToInt(Map::size).sum()).isPositive();
        for (String bureau : List.of("DE", "IT", "ES", "NL", "PL")) {
            everyUpsertOnTheTopicWasInTheAudience(bureau);
        }
    }

    /** The node of a bureau cut off while the centre writes keeps its mirror and its age; back, it converges. */
    @Test
    @Order(3)
    void aPartitionedNodeKeepsItsMirrorSaysHowOldItIsAndConvergesWhenBack() throws Exception {
        TestNode nl = nodes.get("NL");
        awaitConvergence(List.of("NL"));
        awaitUntil(() -> nl.status.asOf() != null);
        nl.stop();
        java.time.Instant asOf = nl.status.asOf();
        int heldBefore = nl.holds().size();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            created.add(create("FR", "persons", person("Partition PERSON" + i, "OFFICIAL", "ALL", List.of())));
        }
        Thread.sleep(1_500);
        assertThat(nl.holds()).hasSize(heldBefore).doesNotContainKeys(created.toArray(String[]::new));
        assertThat(nl.status.asOf()).isEqualTo(asOf);
        assertThat(nl.status.age(java.time.Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(1_500));

        long start = System.nanoTime();
        nl.start();
        awaitConvergence(List.of("NL"));
        System.out.println("federation: partitioned node converged "
                + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms after the link returned");
        awaitUntil(() -> nl.status.asOf().isAfter(asOf));
    }

    /** A node killed in the middle of a batch restarts from its stored offsets: nothing twice, nothing missing. */
    @Test
    @Order(4)
    void aNodeKilledMidApplyRestartsWithNothingAppliedTwiceAndNothingMissing() {
        TestNode be = nodes.get("BE");
        be.crashAfter(25);
        be.start();
        awaitUntil(() -> !be.running());
        // What the node holds is exactly what its committed transactions wrote: the killed batch left nothing.
        assertThat(versions(be.holds())).isEqualTo(replay(be.committed));
        Map<Integer, Long> offsetsAfterCrash = be.storedOffsets();
        long messages = messagesOn(NodeTopics.of("BE"));
        assertThat(offsetsAfterCrash.values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .as("the killed batch stored no offsets")
                .isLessThan(messages);

        be.crashAfter(-1);
        be.start();
        awaitConvergence(List.of("BE"));
        assertThat(be.committed).doesNotHaveDuplicates();
        assertThat(versions(be.holds())).isEqualTo(replay(be.committed));
    }

    private static Map<String, String> versions(Map<String, MirroredRecord> held) {
        Map<String, String> versions = new TreeMap<>();
        held.forEach((id, r) -> versions.put(id, String.valueOf(r.version())));
        return versions;
    }

    /** The state a sequence of committed changes ("id@version", "id@deleted:version") leaves. */
    private static Map<String, String> replay(List<String> committed) {
        Map<String, String> state = new TreeMap<>();
        synchronized (committed) {
            for (String change : committed) {
                String id = change.substring(0, change.indexOf('@'));
                String what = change.substring(change.indexOf('@') + 1);
                if (what.startsWith("deleted")) {
                    state.remove(id);
                } else {
                    state.put(id, what);
                }
            }
        }
        return state;
    }

    /** Messages (upserts, tombstones and transaction markers) on a topic: the sum of its partitions' end offsets. */
    private static long messagesOn(String topic) {
        try (Consumer<String, byte[]> consumer = KafkaClients.mirrorConsumer(KafkaBroker.client())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            return consumer.endOffsets(partitions).values().stream()
                    .mapToLong(Long::longValue)
                    .sum();
        }
    }

    /** The General Secretariat sees each node's last contact and records held; a bureau sees no such path. */
    @Test
    @Order(5)
    void theCentreListsItsNodesFromTheirReportsForTheGeneralSecretariatOnly() {
        TestNode de = nodes.get("DE");
        de.report(Duration.ofMillis(200));
        awaitConvergence(List.of("DE"));
        long held = de.holds().size();
        tools.jackson.databind.JsonNode germany = awaitValue(() -> {
            ApiClient.Reply reply = api.getReply("/api/v1/federation/nodes", api.bearer("gs"));
            assertThat(reply.status()).as(reply.text()).isEqualTo(200);
            for (tools.jackson.databind.JsonNode node : reply.json().get("nodes")) {
                if (node.get("bureau").asString().equals("DE")
                        && !node.get("itemsHeld").isNull()
                        && node.get("itemsHeld").asLong() == held) {
                    return node;
                }
            }
            return null;
        });
        assertThat(germany.get("topic").asString()).isEqualTo("interlink.node.DE");
        assertThat(java.time.Instant.parse(germany.get("lastContact").asString()))
                .isAfter(java.time.Instant.now().minusSeconds(30));
        assertThat(germany.get("mirrorAsOf").isNull()).isFalse();

        ApiClient.Reply bureau = api.getReply("/api/v1/federation/nodes", token("FR"));
        assertThat(bureau.status()).isEqualTo(404);
        assertThat(bureau.contentType()).startsWith("application/problem+json");
        awaitUntil(() -> centre.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE object_type = 'federation-node' AND bureau = 'FR'"
                                + " AND outcome = 'NOT_FOUND'",
                        Long.class)
                > 0);
    }

    // ---------------------------------------------------------------- convergence and the topic audit

    /** Waits until each node holds exactly what the centre says its bureau may see; returns that. */
    private Map<String, Map<String, MirroredRecord>> awaitConvergence(List<String> bureaus) {
        Map<String, Map<String, MirroredRecord>> expected = new TreeMap<>();
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        while (true) {
            Map<String, MirroredRecord> all = new TreeMap<>();
            centreRecords.forEach(r -> all.put(r.id(), r));
            boolean converged = true;
            for (String bureau : bureaus) {
                Map<String, MirroredRecord> visible = new TreeMap<>();
                all.values().stream()
                        .filter(r -> AccessPolicy.maySee(node(bureau), r.owner(), r.restriction()))
                        .forEach(r -> visible.put(r.id(), r));
                expected.put(bureau, visible);
                converged &= nodes.get(bureau).holds().equals(visible);
            }
            if (converged) {
                return expected;
            }
            if (System.nanoTime() > deadline) {
                for (String bureau : bureaus) {
                    assertThat(nodes.get(bureau).holds()).as("node " + bureau).isEqualTo(expected.get(bureau));
                }
            }
            sleep(200);
        }
    }

    /**
     * Reads the node's whole topic as the node does (read_committed): every upsert must be visible to the node's
     * bureau under the restriction it carries, and that restriction must be the one the centre held at that version.
     */
    private void everyUpsertOnTheTopicWasInTheAudience(String bureau) {
        String topic = NodeTopics.of(bureau);
        int upserts = 0;
        try (Consumer<String, byte[]> consumer = KafkaClients.mirrorConsumer(KafkaBroker.client())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(p -> new TopicPartition(topic, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(tp -> consumer.position(tp) < ends.get(tp))) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    MirroredRecord item = Wire.read(record);
                    if (item == null) {
                        continue;
                    }
                    upserts++;
                    assertThat(AccessPolicy.maySee(node(bureau), item.owner(), item.restriction()))
                            .as(
                                    "%s received %s under %s",
                                    bureau, item.id(), item.restriction().describe())
                            .isTrue();
                    assertThat(Wire.version(record)).isEqualTo(item.version());
                    restrictionAtVersion(item.id(), item.version())
                            .ifPresent(held -> assertThat(item.restriction())
                                    .as("restriction of %s at version %d", item.id(), item.version())
                                    .isEqualTo(held));
                }
            }
        }
        assertThat(upserts).isPositive();
    }

    /** The restriction the centre holds for this version (current or superseded); empty once the record is erased. */
    private java.util.Optional<Restriction> restrictionAtVersion(String id, long version) {
        List<Restriction> found = centre.query(
                "SELECT classification, audience, countries FROM records WHERE id = ? AND version = ? UNION ALL"
                        + " SELECT classification, audience, countries FROM record_versions WHERE record_id = ?"
                        + " AND version = ?",
                (rs, n) -> new Restriction(
                        Classification.values()[rs.getInt(1)],
                        org.interlink.access.Audience.valueOf(rs.getString(2)),
                        Set.of((String[]) rs.getArray(3).getArray())),
                id,
                version,
                id,
                version);
        return found.stream().findFirst();
    }

    private static Viewer node(String bureau) {
        return new Viewer("node:" + bureau, bureau, Set.of(), Classification.OFFICIAL);
    }

    // ---------------------------------------------------------------- writes at the centre, over its API

    private String token(String bureau) {
        return api.bearer("ncb-" + bureau.toLowerCase(Locale.ROOT));
    }

    private String create(String owner, String collection, String body) {
        ApiClient.Reply reply = api.postJson("/api/v1/" + collection, token(owner), body);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asString();
    }

    private long replace(String owner, String collection, String id, long version, String body) {
        ApiClient.Reply reply = api.exchange(
                "PUT",
                "/api/v1/" + collection + "/" + id,
                token(owner),
                HttpRequest.BodyPublishers.ofString(body),
                "Content-Type",
                "application/json",
                "If-Match",
                "\"" + version + "\"");
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply.json().get("version").asLong();
    }

    private void delete(String owner, String collection, String id) {
        ApiClient.Reply reply = api.exchange(
                "DELETE",
                "/api/v1/" + collection + "/" + id + "?reason=test",
                token(owner),
                HttpRequest.BodyPublishers.noBody());
        assertThat(reply.status()).as(reply.text()).isEqualTo(204);
    }

    static String person(String name, String classification, String audience, List<String> countries) {
        return """
                {"names": [{"value": "%s", "type": "PRIMARY"}], "sex": "M", "dateOfBirth": "1970",
                 "nationalities": ["FR"], "access": %s}""".formatted(name, access(classification, audience, countries));
    }

    static String access(String classification, String audience, List<String> countries) {
        return "{\"classification\": \"%s\", \"audience\": \"%s\"%s}"
                .formatted(
                        classification,
                        audience,
                        countries.isEmpty()
                                ? ""
                                : ", \"countries\": ["
                                        + String.join(
                                                ", ",
                                                countries.stream()
                                                        .map(c -> "\"" + c + "\"")
                                                        .toList())
                                        + "]");
    }

    /** A record the property test keeps changing: its owner, kind and current restriction. */
    private static final class Item {
        final String owner;
        final boolean document;
        final int serial;
        String classification;
        String audience;
        List<String> countries;
        long version = 1;

        private Item(String owner, boolean document, int serial) {
            this.owner = owner;
            this.document = document;
            this.serial = serial;
        }

        static Item random(Random random) {
            Item item =
                    new Item(OWNERS.get(random.nextInt(OWNERS.size())), random.nextBoolean(), random.nextInt(1 << 30));
            item.restrict(random);
            return item;
        }

        Item fresh() {
            Item item = new Item(owner, document, serial);
            item.classification = classification;
            item.audience = audience;
            item.countries = countries;
            return item;
        }

        /** A new restriction: wider or narrower, a different classification. */
        void restrict(Random random) {
            classification = random.nextInt(4) == 0 ? "RESTRICTED" : "OFFICIAL";
            audience = List.of("ALL", "ONLY", "EXCEPT").get(random.nextInt(3));
            Set<String> chosen = new HashSet<>();
            if (!audience.equals("ALL")) {
                List<String> pool = List.of("DE", "IT", "ES", "NL", "PL", "BE", "FR", "AT");
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    chosen.add(pool.get(random.nextInt(pool.size())));
                }
            }
            countries = List.copyOf(new java.util.TreeSet<>(chosen));
        }

        String collection() {
            return document ? "documents" : "persons";
        }

        String body(Random random) {
            if (document) {
                return """
                        {"number": "P%08d", "type": "PASSPORT", "issuingCountry": "%s", "status": "STOLEN",
                         "access": %s}""".formatted(
                                serial % 100_000_000, ICAO.get(owner), access(classification, audience, countries));
            }
            return person("Item PERSON" + serial + " V" + random.nextInt(100), classification, audience, countries);
        }
    }

    // ---------------------------------------------------------------- waiting

    private static void awaitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + CONVERGENCE);
            }
            sleep(50);
        }
    }

    private static <T> T awaitValue(java.util.function.Supplier<T> value) {
        long deadline = System.nanoTime() + CONVERGENCE.toNanos();
        while (true) {
            T v = value.get();
            if (v != null) {
                return v;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within " + CONVERGENCE);
            }
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
