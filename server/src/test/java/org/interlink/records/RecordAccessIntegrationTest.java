package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.interlink.IntegrationTest;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.CursorPage;
import org.interlink.common.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * No read path reveals a record, or that it exists, to a viewer the access policy denies: get, list, count, history,
 * photos and export, through HTTP for the case and through the service for generated restrictions.
 */
@IntegrationTest
class RecordAccessIntegrationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0};

    @LocalServerPort
    int port;

    @Autowired
    Records records;

    RecordsApi api;

    @BeforeEach
    void client() {
        api = new RecordsApi(port);
    }

    @Test
    void personRestrictedToGermanyIsReadByGermanyAndMissingForTheUnitedStatesOnEveryPath() {
        String marker = "Zweistein" + System.nanoTime();
        RecordsApi.Response created = api.post("FR", "/api/v1/persons", """
                {"externalId": "FR-ONLY-DE-%s", "names": [{"value": "Jean %s", "type": "PRIMARY"}],
                 "sex": "M", "dateOfBirth": "1970-05", "nationalities": ["FR"], "categories": ["WANTED"],
                 "access": {"classification": "OFFICIAL", "audience": "ONLY", "countries": ["DE"]}}""".formatted(marker, marker));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.location()).isEqualTo("/api/v1/persons/" + id);
        assertThat(created.etag()).isEqualTo("\"1\"");
        assertThat(api.send("FR", "POST", "/api/v1/persons/" + id + "/photos", "image/png", PNG, Map.of())
                        .status())
                .isEqualTo(201);

        // Germany sees it everywhere.
        assertThat(api.get("DE", "/api/v1/persons/" + id).status()).isEqualTo(200);
        assertThat(api.get("DE", "/api/v1/persons?q=" + marker)
                        .json()
                        .get("items")
                        .size())
                .isEqualTo(1);
        assertThat(api.get("DE", "/api/v1/persons/count?q=" + marker)
                        .json()
                        .get("count")
                        .asLong())
                .isEqualTo(1);
        assertThat(api.get("DE", "/api/v1/persons/" + id + "/history").status()).isEqualTo(200);
        assertThat(api.get("DE", "/api/v1/persons/" + id + "/photos/1").status())
                .isEqualTo(200);
        assertThat(api.get("DE", "/api/v1/persons/export?q=" + marker).body()).contains(id);

        // The United States: exactly as if it did not exist.
        RecordsApi.Response missing = api.get("US", "/api/v1/persons/per_01ZZZZZZZZZZZZZZZZZZZZZZZZ");
        RecordsApi.Response denied = api.get("US", "/api/v1/persons/" + id);
        assertThat(denied.status()).isEqualTo(404);
        assertThat(denied.contentType()).startsWith("application/problem+json");
        assertThat(withoutInstance(denied))
                .as("the same answer as a missing id")
                .isEqualTo(withoutInstance(missing));
        assertThat(api.get("US", "/api/v1/persons?q=" + marker)
                        .json()
                        .get("items")
                        .size())
                .isZero();
        assertThat(api.get("US", "/api/v1/persons/count?q=" + marker)
                        .json()
                        .get("count")
                        .asLong())
                .isZero();
        assertThat(api.get("US", "/api/v1/persons/" + id + "/history").status()).isEqualTo(404);
        assertThat(api.get("US", "/api/v1/persons/" + id + "/photos").status()).isEqualTo(404);
        assertThat(api.get("US", "/api/v1/persons/" + id + "/photos/1").status())
                .isEqualTo(404);
        RecordsApi.Response export = api.get("US", "/api/v1/persons/export?q=" + marker);
        assertThat(export.status()).isEqualTo(200);
        assertThat(export.body()).doesNotContain(id).doesNotContain(marker);
        // Nor can it change or delete what it cannot see.
        assertThat(api.delete("US", "/api/v1/persons/" + id + "?reason=closed").status())
                .isEqualTo(404);
        // Germany sees it but does not own it.
        assertThat(api.delete("DE", "/api/v1/persons/" + id + "?reason=closed").status())
                .isEqualTo(403);
    }

    record Item(String id, String owner, Restriction restriction) {}

    @Test
    void everyReadPathAgreesWithThePolicyOverGeneratedRestrictions() {
        Random random = new Random(7);
        String marker = "probe" + System.nanoTime();
        String[] bureaus = {"FR", "DE", "US", "IT", "ES"};
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            String owner = bureaus[random.nextInt(bureaus.length)];
            Classification classification = Classification.values()[random.nextInt(3)];
            Audience audience = Audience.values()[random.nextInt(3)];
            Set<String> countries = new TreeSet<>();
            if (audience != Audience.ALL) {
                for (int n = random.nextInt(3); n > 0; n--) {
                    countries.add(bureaus[random.nextInt(bureaus.length)]);
                }
            }
            Restriction restriction = new Restriction(classification, audience, countries);
            Viewer ownerViewer = new Viewer("test", owner, Set.of("EDITOR"), Classification.CONFIDENTIAL);
            PersonSnapshot person = records.createPerson(
                    ownerViewer,
                    new PersonInput(
                            null,
                            List.of(new PersonName("Probe " + marker + " " + i, NameType.PRIMARY)),
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            restriction,
                            null,
                            null,
                            null),
                    "test");
            records.addPhoto(ownerViewer, RecordKind.PERSON, person.id(), PNG, "test");
            items.add(new Item(person.id(), owner, restriction));
        }
        RecordFilter filter = new RecordFilter(RecordKind.PERSON, marker, null, null, null, null, false, false);
        for (String bureau : List.of("FR", "DE", "US", "IT", "ES", "GS")) {
            for (Classification clearance : Classification.values()) {
                Viewer viewer = new Viewer("probe", bureau, Set.of("OFFICER"), clearance);
                Set<String> expected = new TreeSet<>();
                items.stream()
                        .filter(item -> AccessPolicy.maySee(viewer, item.owner(), item.restriction()))
                        .forEach(item -> expected.add(item.id()));
                String as = bureau + " cleared " + clearance;

                Set<String> listed = new TreeSet<>();
                String cursor = null;
                do {
                    CursorPage<StoredRecord> page = records.list(viewer, filter, 7, cursor, "test");
                    page.items().forEach(r -> listed.add(r.id()));
                    cursor = page.nextCursor();
                } while (cursor != null);
                assertThat(listed).as("list, " + as).isEqualTo(expected);
                assertThat(records.count(viewer, filter)).as("count, " + as).isEqualTo(expected.size());
                Set<String> exported = new HashSet<>();
                records.export(viewer, filter, r -> exported.add(r.id()), "test");
                assertThat(exported).as("export, " + as).isEqualTo(expected);

                for (Item item : items) {
                    boolean visible = expected.contains(item.id());
                    assertThat(readable(() -> records.read(viewer, RecordKind.PERSON, item.id(), "test")))
                            .as("get %s, %s", item, as)
                            .isEqualTo(visible);
                    assertThat(readable(() -> records.history(viewer, RecordKind.PERSON, item.id(), "test")))
                            .as("history %s, %s", item, as)
                            .isEqualTo(visible);
                    assertThat(readable(() -> records.photo(viewer, RecordKind.PERSON, item.id(), 1, "test")))
                            .as("photo %s, %s", item, as)
                            .isEqualTo(visible);
                }
            }
        }
    }

    /** The problem's fields except {@code instance}, which echoes the path asked for. */
    private static String withoutInstance(RecordsApi.Response response) {
        tools.jackson.databind.node.ObjectNode json = (tools.jackson.databind.node.ObjectNode) response.json();
        json.remove("instance");
        return json.toString();
    }

    private static boolean readable(Runnable read) {
        try {
            read.run();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }
}
