package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Create, replace with If-Match, delete; bad input refused naming the field with nothing written; audit rows. */
@IntegrationTest
class RecordWritesIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    RecordsApi api;

    @BeforeEach
    void client() {
        api = new RecordsApi(port);
    }

    private String person(String name) {
        return """
                {"names": [{"value": "%s", "type": "PRIMARY"},
                           {"value": "Владимир Петров", "type": "ORIGINAL_SCRIPT"},
                           {"value": "Vova", "type": "ALIAS", "quality": "Low"}],
                 "sex": "M", "dateOfBirth": "1952", "nationalities": ["RU"], "categories": ["SUSPECT"]}""".formatted(name);
    }

    @Test
    void replaceNeedsTheCurrentVersionSoNoUpdateIsLost() {
        RecordsApi.Response created = api.post("FR", "/api/v1/persons", person("Vladimir PETROV"));
        String path = "/api/v1/persons/" + created.json().get("id").asString();
        assertThat(created.json().get("names").get(1).get("value").asString()).isEqualTo("Владимир Петров");

        RecordsApi.Response without = api.put("FR", path, person("Vladimir PETROFF"), Map.of());
        assertThat(without.status()).isEqualTo(428);
        assertThat(without.contentType()).startsWith("application/problem+json");

        RecordsApi.Response first = api.put("FR", path, person("Vladimir PETROFF"), Map.of("If-Match", "\"1\""));
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.etag()).isEqualTo("\"2\"");

        // A second officer still holding version 1 would overwrite the first change: refused.
        RecordsApi.Response stale = api.put("FR", path, person("Wladimir PETROW"), Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(api.get("FR", path).json().get("names").get(0).get("value").asString())
                .isEqualTo("Vladimir PETROFF");

        JsonNode history = api.get("FR", path + "/history").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).get("changed").toString()).contains("names");
        assertThat(history.get(1).get("by").asString()).isEqualTo("ncb-fr");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        long before = count();
        assertField(api.post("FR", "/api/v1/persons", "{\"names\": [{\"value\": \"A\""), 400, "body");
        assertField(api.post("FR", "/api/v1/persons", "{\"names\": 42}"), 400, "names");
        assertField(
                api.post(
                        "FR",
                        "/api/v1/persons",
                        "{\"names\": [{\"value\": \"A B\", \"type\": \"PRIMARY\"}], \"nickname\": \"x\"}"),
                400,
                "nickname");
        assertField(
                api.post(
                        "FR",
                        "/api/v1/persons",
                        "{\"names\": [{\"value\": \"A B\", \"type\": \"PRIMARY\"}], \"nationalities\": [\"FR\", \"XX\"]}"),
                400,
                "nationalities[1]");
        assertField(
                api.post(
                        "FR",
                        "/api/v1/persons",
                        "{\"names\": [{\"value\": \"A B\", \"type\": \"PRIMARY\"}], \"dateOfBirth\": \"1990-02-30\"}"),
                400,
                "dateOfBirth");
        assertField(
                api.post(
                        "FR",
                        "/api/v1/persons",
                        "{\"names\": [{\"value\": \"A B\", \"type\": \"PRIMARY\"}], \"access\": {\"audience\": \"ONLY\","
                                + " \"countries\": [\"QQ\"]}}"),
                400,
                "access.countries");
        assertField(
                api.post(
                        "DE",
                        "/api/v1/documents",
                        "{\"number\": \"X1234567\", \"type\": \"PASSPORT\", \"issuingCountry\": \"FRA\", \"status\":"
                                + " \"STOLEN\"}"),
                403,
                "issuingCountry");
        assertField(
                api.post(
                        "FR",
                        "/api/v1/documents",
                        "{\"number\": \"X1234567\", \"type\": \"PASSPORT\", \"issuingCountry\": \"ZZZ\", \"status\":"
                                + " \"STOLEN\"}"),
                400,
                "issuingCountry");
        assertField(
                api.post("FR", "/api/v1/persons", "{\"summary\": \"" + "x".repeat(300 * 1024) + "\"}"), 413, "body");
        assertThat(count()).as("nothing written").isEqualTo(before);

        String id = api.post("FR", "/api/v1/persons", person("Photo SUBJECT"))
                .json()
                .get("id")
                .asString();
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        big[0] = (byte) 0xFF;
        big[1] = (byte) 0xD8;
        big[2] = (byte) 0xFF;
        assertField(
                api.send("FR", "POST", "/api/v1/persons/" + id + "/photos", "image/jpeg", big, Map.of()), 413, "photo");
        assertField(
                api.send(
                        "FR",
                        "POST",
                        "/api/v1/persons/" + id + "/photos",
                        "image/jpeg",
                        "<html>not a photo</html>".getBytes(),
                        Map.of()),
                400,
                "photo");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM record_photos WHERE record_id = ?", Long.class, id))
                .isZero();
    }

    @Test
    void issuingCountryReportsItsDocumentAndGermanyUsesD() {
        RecordsApi.Response created = api.post(
                "DE",
                "/api/v1/documents",
                "{\"externalId\": \"DE-doc-1\", \"number\": \"c01x 00t47\", \"type\": \"PASSPORT\","
                        + " \"issuingCountry\": \"D\", \"status\": \"STOLEN\", \"reportedOn\": \"2025-01-02\"}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("number").asString()).isEqualTo("C01X00T47");
        assertThat(created.json().get("owner").asString()).isEqualTo("DE");
        RecordsApi.Response again = api.post(
                "DE",
                "/api/v1/documents",
                "{\"externalId\": \"DE-doc-1\", \"number\": \"C01X00T48\", \"type\": \"PASSPORT\","
                        + " \"issuingCountry\": \"D\", \"status\": \"LOST\"}");
        assertThat(again.status()).isEqualTo(409);
        RecordsApi.Response byGs = api.post(
                "GS",
                "/api/v1/documents",
                "{\"number\": \"X7654321\", \"type\": \"ID_CARD\", \"issuingCountry\": \"FRA\", \"status\": \"LOST\"}");
        assertThat(byGs.status()).isEqualTo(201);
    }

    @Test
    void everyOperationWritesAnAuditRowAndDeletionErasesTheHistory() {
        String id = createdInItaly("Mario ROSSI");
        String path = "/api/v1/persons/" + id;
        api.send("IT", "GET", path, null, null, Map.of("X-Purpose", "case 2025/118"));
        api.put("IT", path, person("Mario ROSSINI"), Map.of("If-Match", "\"1\""));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM record_versions WHERE record_id = ?", Long.class, id))
                .isEqualTo(1);
        assertThat(api.delete("IT", path + "?reason=case%20closed").status()).isEqualTo(204);
        assertThat(api.get("IT", path).status()).isEqualTo(404);

        assertThat(jdbc.queryForList(
                        "SELECT operation || ' ' || outcome FROM audit_log WHERE object_id = ? ORDER BY seq",
                        String.class,
                        id))
                .containsExactly(
                        "CREATE SUCCESS", "READ SUCCESS", "UPDATE SUCCESS", "DELETE SUCCESS", "READ NOT_FOUND");
        assertThat(jdbc.queryForObject(
                        "SELECT purpose FROM audit_log WHERE object_id = ? AND operation = 'READ' ORDER BY seq LIMIT 1",
                        String.class,
                        id))
                .isEqualTo("case 2025/118");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM records WHERE id = ?", Long.class, id))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM record_versions WHERE record_id = ?", Long.class, id))
                .as("no earlier version keeps the personal data")
                .isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM records WHERE body::text LIKE '%ROSSINI%'", Long.class))
                .isZero();
    }

    @Test
    void listsAreFilteredAndPagedWithACursor() {
        for (int i = 0; i < 3; i++) {
            api.post(
                    "ES",
                    "/api/v1/vehicles",
                    "{\"vin\": \"WVWZZZ1JZXW00000%d\", \"plate\": \"1234 BC%d\", \"registrationCountry\": \"ES\","
                                    .formatted(i, i)
                            + " \"make\": \"Seat\", \"model\": \"Ibiza\", \"year\": 2019, \"status\": \"STOLEN\"}");
        }
        JsonNode first = api.get("ES", "/api/v1/vehicles?mine=true&country=ES&status=STOLEN&q=seat&limit=2")
                .json();
        assertThat(first.get("items").size()).isEqualTo(2);
        String cursor = first.get("nextCursor").asString();
        JsonNode second = api.get(
                        "ES", "/api/v1/vehicles?mine=true&country=ES&status=STOLEN&q=seat&limit=2&cursor=" + cursor)
                .json();
        assertThat(second.get("items").size()).isGreaterThanOrEqualTo(1);
        assertThat(second.get("items").get(0).get("id").asString())
                .isLessThan(first.get("items").get(1).get("id").asString());
        assertField(api.get("ES", "/api/v1/vehicles?cursor=nonsense"), 400, "cursor");
        assertField(api.get("ES", "/api/v1/vehicles?updatedSince=yesterday"), 400, "updatedSince");
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM records", Long.class);
    }

    private static void assertField(RecordsApi.Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString())
                .as(response.body())
                .isEqualTo(field);
    }

    @Test
    void deletingForGoodNeedsAReasonThatTheAuditRowKeeps() {
        String id = createdInItaly("Luca BIANCHI");
        String path = "/api/v1/persons/" + id;

        RecordsApi.Response without = api.delete("IT", path);
        assertThat(without.status()).as(without.body()).isEqualTo(400);
        assertThat(without.contentType()).startsWith("application/problem+json");
        assertThat(without.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(api.delete("IT", path + "?reason=%20%20").status()).isEqualTo(400);
        assertThat(api.delete("IT", path + "?reason=" + "x".repeat(201)).status())
                .isEqualTo(400);
        assertThat(api.get("IT", path).status()).as("nothing deleted").isEqualTo(200);

        assertThat(api.delete("IT", path + "?reason=warrant%20withdrawn%20by%20the%20court")
                        .status())
                .isEqualTo(204);
        assertThat(api.get("IT", path).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT purpose FROM audit_log WHERE object_id = ? AND operation = 'DELETE'", String.class, id))
                .isEqualTo("warrant withdrawn by the court");

        // A client that states its purpose (as before the reason existed) gives its reason that way.
        String other = createdInItaly("Paolo VERDI");
        assertThat(api.send(
                                "IT",
                                "DELETE",
                                "/api/v1/persons/" + other,
                                null,
                                null,
                                Map.of("X-Purpose", "duplicate of " + id))
                        .status())
                .isEqualTo(204);
        assertThat(jdbc.queryForObject(
                        "SELECT purpose FROM audit_log WHERE object_id = ? AND operation = 'DELETE'",
                        String.class,
                        other))
                .isEqualTo("duplicate of " + id);
    }

    private String createdInItaly(String name) {
        return api.post("IT", "/api/v1/persons", person(name)).json().get("id").asString();
    }
}
