package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** NDJSON imports: bad lines reported with reasons, the rest kept; a repeat changes nothing; audited; one event per batch. */
@IntegrationTest
@RecordApplicationEvents
class ImportIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Imports imports;

    @Autowired
    ApplicationEvents events;

    RecordsApi api;

    @BeforeEach
    void client() {
        api = new RecordsApi(port);
    }

    static final String DOCUMENTS = """
            {"externalId": "NL-1", "number": "NX100001", "type": "PASSPORT", "issuingCountry": "NLD", "status": "STOLEN", "reportedOn": "2025-01-02"}
            {"externalId": "NL-2", "number": "NX100002", "type": "ID_CARD", "issuingCountry": "NLD", "status": "LOST"}
            {"externalId": "NL-3", "number": "NX100003", "type": "PASSPORT", "issuingCountry": "NLD", "status": "STOLEN"
            {"externalId": "NL-4", "number": "NX100004", "type": "PASSPORT", "issuingCountry": "FRA", "status": "STOLEN"}

            {"externalId": "NL-5", "number": "NX100005", "type": "PASSPORT", "issuingCountry": "NLD", "status": "EATEN"}
            {"externalId": "NL-6", "number": "NX100006", "type": "PASSPORT", "issuingCountry": "NLD", "status": "LOST", "reportedOn": "2025-02-30"}
            {"number": "NX100007", "type": "PASSPORT", "issuingCountry": "NLD", "status": "LOST"}
            {"externalId": "NL-8", "number": "NX100008", "type": "VISA", "issuingCountry": "NLD", "status": "REVOKED", "colour": "red"}
            {"externalId": "NL-9", "number": "NX100009", "type": "RESIDENCE_PERMIT", "issuingCountry": "nld", "status": "INVALIDATED"}
            """;

    @Test
    void aLineWithANulCharacterIsRejectedNamingItsFieldAndTheOthersAreImported() {
        // PostgreSQL text cannot hold U+0000: such a line used to fail its batch, leave the valid lines unimported
        // and the import RUNNING.
        String ndjson = """
                {"externalId": "NUL-1", "number": "NX200001", "type": "PASSPORT", "issuingCountry": "NLD", "status": "STOLEN"}
                {"externalId": "NUL-2", "number": "NX200002", "type": "PASSPORT", "issuingCountry": "NLD", "status": "STOLEN", "legalReference": "Art. 5\\u0000"}
                {"externalId": "NUL-3", "number": "NX200003", "type": "PASSPORT", "issuingCountry": "NLD", "status": "LOST"}
                """;
        JsonNode report = importDocuments("NL", ndjson).json();
        assertThat(report.get("state").asString()).isEqualTo("DONE");
        assertThat(report.get("created").asLong()).isEqualTo(2);
        assertThat(report.get("rejectedCount").asLong()).isEqualTo(1);
        JsonNode rejected = report.get("rejected").get(0);
        assertThat(rejected.get("line").asLong()).isEqualTo(2);
        assertThat(rejected.get("errors").get(0).get("field").asString()).isEqualTo("legalReference");
        assertThat(rejected.get("errors").get(0).get("message").asString()).contains("NUL");
    }

    @Test
    void badLinesAreReportedTheRestKeptAndARepeatChangesNothing() {
        long auditBefore = count("SELECT count(*) FROM audit_log WHERE operation = 'IMPORT'");
        JsonNode report = importDocuments("NL", DOCUMENTS).json();
        assertThat(report.get("state").asString()).isEqualTo("DONE");
        assertThat(report.get("lines").asLong()).isEqualTo(10);
        assertThat(report.get("accepted").asLong()).isEqualTo(3);
        assertThat(report.get("created").asLong()).isEqualTo(3);
        assertThat(report.get("rejectedCount").asLong()).isEqualTo(6);
        Map<Long, String> rejected = new java.util.TreeMap<>();
        report.get("rejected")
                .forEach(r -> rejected.put(
                        r.get("line").asLong(),
                        r.get("errors").get(0).get("field").asString()));
        assertThat(rejected)
                .containsExactly(
                        Map.entry(3L, "body"),
                        Map.entry(4L, "issuingCountry"),
                        Map.entry(6L, "status"),
                        Map.entry(7L, "reportedOn"),
                        Map.entry(8L, "externalId"),
                        Map.entry(9L, "colour"));
        assertThat(count("SELECT count(*) FROM records WHERE owner = 'NL' AND external_id LIKE 'NL-%'"))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM audit_log WHERE operation = 'IMPORT'"))
                .isGreaterThan(auditBefore);

        JsonNode repeat = importDocuments("NL", DOCUMENTS).json();
        assertThat(repeat.get("accepted").asLong()).isEqualTo(3);
        assertThat(repeat.get("created").asLong()).isZero();
        assertThat(repeat.get("updated").asLong()).isZero();
        assertThat(repeat.get("unchanged").asLong()).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM records WHERE owner = 'NL' AND external_id LIKE 'NL-%'"))
                .isEqualTo(3);
        assertThat(count("SELECT max(version) FROM records WHERE owner = 'NL' AND external_id LIKE 'NL-%'"))
                .isEqualTo(1);

        JsonNode changed = importDocuments(
                        "NL",
                        "{\"externalId\": \"NL-2\", \"number\": \"NX100002\", \"type\": \"ID_CARD\","
                                + " \"issuingCountry\": \"NLD\", \"status\": \"STOLEN\"}\n")
                .json();
        assertThat(changed.get("updated").asLong()).isEqualTo(1);
        String id =
                jdbc.queryForObject("SELECT id FROM records WHERE owner = 'NL' AND external_id = 'NL-2'", String.class);
        JsonNode history = api.get("NL", "/api/v1/documents/" + id + "/history").json();
        assertThat(history.size()).isEqualTo(2);
        assertThat(history.get(1).get("changed").toString()).contains("status");

        JsonNode status =
                api.get("NL", "/api/v1/imports/" + changed.get("id").asString()).json();
        assertThat(status.get("updated").asLong()).isEqualTo(1);
        assertThat(api.get("FR", "/api/v1/imports/" + changed.get("id").asString())
                        .status())
                .as("another bureau's import is not found")
                .isEqualTo(404);
    }

    @Test
    void aBatchPublishesOneEventWithItsChangedRecords() {
        Viewer pt = new Viewer("ncb-pt", "PT", Set.of("EDITOR"), Classification.RESTRICTED);
        String lines = """
                {"externalId": "PT-1", "names": [{"value": "João SILVA", "type": "PRIMARY"}], "nationalities": ["PT"]}
                {"externalId": "PT-2", "names": [{"value": "Ana COSTA", "type": "PRIMARY"}, {"value": "Анна Коста", "type": "ORIGINAL_SCRIPT"}]}
                """;
        imports.importNdjson(
                pt, RecordKind.PERSON, new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "t");
        assertThat(events.stream(PersonsImported.class)).hasSize(1);
        PersonsImported event = events.stream(PersonsImported.class).findFirst().orElseThrow();
        assertThat(event.persons()).hasSize(2);
        assertThat(event.persons().get(0).owner()).isEqualTo("PT");
        assertThat(event.persons())
                .flatExtracting(PersonSnapshot::names)
                .extracting(PersonName::value)
                .contains("Анна Коста");

        events.clear();
        imports.importNdjson(
                pt, RecordKind.PERSON, new java.io.ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)), "t");
        assertThat(events.stream(PersonsImported.class))
                .as("a repeat changes nothing")
                .isEmpty();
    }

    @Test
    void aLineTooLongIsReportedWithoutBeingBuffered() {
        String huge = "{\"externalId\": \"NL-big\", \"number\": \"" + "9".repeat(70_000) + "\"}\n";
        JsonNode report = importDocuments("NL", huge).json();
        assertThat(report.get("rejectedCount").asLong()).isEqualTo(1);
        assertThat(report.get("rejected")
                        .get(0)
                        .get("errors")
                        .get(0)
                        .get("message")
                        .asString())
                .contains("longer than");
    }

    @Test
    void anImportInterruptedByAStopIsMarkedFailedAndNotShownRunningForEver() {
        Viewer nl = new Viewer("ncb-nl", "NL", Set.of("OFFICER", "EDITOR"), Classification.RESTRICTED);
        String stalled = imports.begin(nl, RecordKind.DOCUMENT, "ndjson", null);
        String running = imports.begin(nl, RecordKind.DOCUMENT, "ndjson", null);
        jdbc.update(
                "UPDATE record_imports SET progress_at = now() - interval '16 minutes', lines = 20000 WHERE id = ?",
                stalled);
        jdbc.update("UPDATE record_imports SET progress_at = now() - interval '14 minutes' WHERE id = ?", running);

        int failed = imports.failStalled(Instant.now().minus(StalledImports.STALLED));

        assertThat(failed).isEqualTo(1);
        ImportReport report = imports.report(stalled).orElseThrow();
        assertThat(report.state()).isEqualTo("FAILED");
        assertThat(report.lines()).isEqualTo(20_000);
        assertThat(report.message()).contains("interrupted", "run the same import again");
        assertThat(imports.report(running).orElseThrow().state()).isEqualTo("RUNNING");
        jdbc.update("UPDATE record_imports SET state = 'DONE' WHERE id = ?", running);
    }

    private RecordsApi.Response importDocuments(String bureau, String ndjson) {
        RecordsApi.Response response = api.send(
                bureau,
                "POST",
                "/api/v1/imports/documents",
                "application/x-ndjson",
                ndjson.getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private long count(String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }
}
