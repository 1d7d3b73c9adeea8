package org.interlink.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The UN Consolidated List: our own made-up list first (original-script names, aliases with quality, re-import updating
 * and removing), then, when the shared fixtures are present, the real sample with its Arabic names intact.
 */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UnListImportIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @Order(1)
    void ourListImportsAndANewerOneUpdatesAndRemoves() throws IOException {
        RecordsApi api = new RecordsApi(port);
        assertThat(upload(api, "FR", resource("un-list-v1.xml")).status()).isEqualTo(403);

        JsonNode first = upload(api, "GS", resource("un-list-v1.xml")).json();
        assertThat(first.get("created").asLong()).isEqualTo(3);
        JsonNode karim = person(api, "UN-900001");
        assertThat(karim.get("owner").asString()).isEqualTo("GS");
        assertThat(karim.get("categories").toString()).contains("UN_SANCTIONS");
        assertThat(karim.get("names").toString())
                .contains("KARIM SAMIR HADDAD", "كريم سمير حداد", "\"quality\":\"Good\"", "Abu Samir");
        assertThat(karim.get("dateOfBirth").asString()).isEqualTo("1971-05-23");
        assertThat(karim.get("nationalities").toString()).contains("SY", "IQ");
        assertThat(person(api, "UN-900002").get("dateOfBirth").asString()).isEqualTo("1980");

        JsonNode second = upload(api, "GS", resource("un-list-v2.xml")).json();
        assertThat(second.get("updated").asLong()).isEqualTo(1);
        assertThat(second.get("unchanged").asLong()).isEqualTo(1);
        assertThat(second.get("removed").asLong()).isEqualTo(1);
        assertThat(person(api, "UN-900001").get("names").toString()).contains("Al-Halabi");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM records WHERE owner = 'GS' AND external_id = 'UN-900003'", Long.class))
                .isZero();

        assertThat(upload(api, "GS", resource("un-list-v1.xml")).status())
                .as("an older list is refused")
                .isEqualTo(409);
    }

    @Test
    @Order(2)
    void theSharedSampleImportsWithItsArabicNamesIntact() throws IOException {
        String fixtures = System.getProperty("interlink.fixtures");
        Path sample = fixtures == null ? null : Path.of(fixtures, "un", "consolidated-sample.xml");
        assumeTrue(
                sample != null && Files.isReadable(sample),
                "UN sample not found (set -Dinterlink.fixtures to the shared fixtures folder): skipped");
        RecordsApi api = new RecordsApi(port);
        JsonNode report = upload(api, "GS", Files.readAllBytes(sample)).json();
        assertThat(report.get("state").asString()).isEqualTo("DONE");
        assertThat(report.get("accepted").asLong()).isEqualTo(40);
        assertThat(report.get("rejectedCount").asLong()).isZero();
        assertThat(report.get("removed").asLong())
                .as("our made-up entries are not on the real list")
                .isEqualTo(2);
        JsonNode saddam = person(api, "UN-6908048");
        assertThat(saddam.get("names").toString()).contains("صدام حسين التكريتي");
        assertThat(saddam.get("dateOfBirth").asString()).isEqualTo("1937-04-28");
        assertThat(saddam.get("nationalities").toString()).contains("IQ");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM records WHERE owner = 'GS' AND body::text LIKE '%ORIGINAL_SCRIPT%'"
                                + " AND external_id LIKE 'UN-%'",
                        Long.class))
                .isEqualTo(10);

        JsonNode again = upload(api, "GS", Files.readAllBytes(sample)).json();
        assertThat(again.get("unchanged").asLong()).isEqualTo(40);
        assertThat(again.get("removed").asLong()).isZero();
    }

    @Test
    @Order(3)
    void aListWhoseDateIsNotADateIsRefusedAndBlocksNoLaterList() throws IOException {
        RecordsApi api = new RecordsApi(port);
        String genuine = new String(resource("un-list-v2.xml"), java.nio.charset.StandardCharsets.UTF_8);
        byte[] undated = genuine.replace("2025-02-01T00:00:00.000Z", "zzz-not-a-date")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);

        RecordsApi.Response refused = upload(api, "GS", undated);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("dateGenerated");

        // A later genuine list still imports (before, "zzz…" was stored and compared greater than every date).
        byte[] later = genuine.replace("2025-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000+01:00")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        RecordsApi.Response accepted = upload(api, "GS", later);
        assertThat(accepted.status()).isEqualTo(200);
        assertThat(accepted.json().get("state").asString()).isEqualTo("DONE");
    }

    private JsonNode person(RecordsApi api, String externalId) {
        String id = jdbc.queryForObject(
                "SELECT id FROM records WHERE owner = 'GS' AND external_id = ?", String.class, externalId);
        return api.get("FR", "/api/v1/persons/" + id).json();
    }

    private static RecordsApi.Response upload(RecordsApi api, String bureau, byte[] xml) {
        return api.send(bureau, "POST", "/api/v1/imports/un-consolidated", "application/xml", xml, Map.of());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = UnListImportIntegrationTest.class.getResourceAsStream("/records/" + name)) {
            return in.readAllBytes();
        }
    }
}
