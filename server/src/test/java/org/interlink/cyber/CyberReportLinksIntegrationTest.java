package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A secure message and a notice refer to a cyber report: the writer must see the report, and a reader who may not see
 * it finds no link, no title and no id, as if none had been written.
 */
@IntegrationTest
class CyberReportLinksIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    /** France's TLP:RED report for Germany: Italy and the General Secretariat may not see it. */
    private String reportForGermany(String title) {
        String indicator = Stix.id("indicator");
        assertThat(Stix.importBundle(
                                api,
                                "ncb-fr",
                                Stix.bundle(Stix.indicator(
                                        indicator,
                                        "[domain-name:value = '" + Stix.domain() + "']",
                                        "2026-01-01T00:00:00.000Z",
                                        "")))
                        .status())
                .isEqualTo(201);
        ApiClient.Reply created = api.postJson(
                "/api/v1/cyber/reports",
                api.bearer("ncb-fr"),
                "{\"title\":\"" + title + "\",\"objectRefs\":[\"" + indicator + "\"],"
                        + "\"access\":{\"audience\":\"ONLY\",\"countries\":[\"DE\"]},\"tlp\":\"RED\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String message(String to, String report) {
        return "{\"to\": [" + to + "], \"subject\": \"Phishing wave\", \"body\": \"See the report.\","
                + " \"references\": [{\"type\": \"CYBER_REPORT\", \"id\": \"" + report + "\"},"
                + " {\"type\": \"HIT\", \"id\": \"hit-42\"}]}";
    }

    @Test
    void aMessageLinksTheReportForReadersWhoMaySeeItOnly() {
        String title = "Wave " + UUID.randomUUID();
        String report = reportForGermany(title);
        ApiClient.Reply sent =
                api.postJson("/api/v1/messages", api.bearer("ncb-fr"), message("\"DE\", \"IT\"", report));
        assertThat(sent.status()).as(sent.text()).isEqualTo(201);
        String id = sent.json().get("id").asString();

        JsonNode germany =
                api.get("/api/v1/messages/" + id, api.bearer("ncb-de")).json();
        assertThat(germany.get("references").toString()).contains("CYBER_REPORT", report, "hit-42");
        ApiClient.Response italy = api.get("/api/v1/messages/" + id, api.bearer("ncb-it"));
        assertThat(italy.status()).isEqualTo(200);
        assertThat(italy.body())
                .as("Italy may not see the report: the reference is as if never written")
                .contains("hit-42")
                .doesNotContain(report)
                .doesNotContain("CYBER_REPORT");
        assertThat(api.get("/api/v1/messages/" + id, api.bearer("gs")).body()).doesNotContain(report);

        ApiClient.Reply refused = api.postJson("/api/v1/messages", api.bearer("ncb-it"), message("\"DE\"", report));
        ApiClient.Reply missing = api.postJson(
                "/api/v1/messages",
                api.bearer("ncb-it"),
                message("\"DE\"", "report--00000000-0000-4000-8000-000000000000"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("references[0].id");
        assertThat(refused.json().get("errors").toString())
                .as("a report the sender may not see is refused as one that does not exist")
                .isEqualTo(missing.json().get("errors").toString());
    }

    @Test
    void aNoticeLinksTheReportForReadersWhoMaySeeItOnly() {
        String title = "Wave " + UUID.randomUUID();
        String report = reportForGermany(title);
        String notice = "{\"type\": \"RED\", \"subject\": {\"names\": [{\"value\": \"Ivan CYBER"
                + UUID.randomUUID().toString().substring(0, 6).toUpperCase()
                + "\", \"type\": \"PRIMARY\"}], \"sex\": \"M\", \"dateOfBirth\": \"1971-03-02\","
                + " \"nationalities\": [\"RU\"]}, \"offence\": {\"summary\": \"Ransomware extortion of hospitals in Lyon"
                + " in 2025\", \"legalProvision\": \"Art. 323-1 Code pénal\", \"maxPenaltyMonths\": 120},"
                + " \"warrant\": {\"reference\": \"MA-2025-0042\", \"issuedOn\": \"2025-06-01\", \"authority\":"
                + " \"Juge d'instruction, Lyon\"}, \"publicExtract\": false, \"cyberReport\": \"%s\"}";
        ApiClient.Response created =
                api.post("/api/v1/notices", api.bearer("ncb-fr"), "application/json", notice.formatted(report));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().get("cyberReport").get("id").asString()).isEqualTo(report);
        assertThat(created.json().get("cyberReport").get("title").asString()).isEqualTo(title);
        String id = created.json().get("id").asString();

        JsonNode owner = api.get("/api/v1/notices/" + id, api.bearer("ncb-fr")).json();
        assertThat(owner.get("cyberReport").get("title").asString()).isEqualTo(title);
        ApiClient.Response secretariat = api.get("/api/v1/notices/" + id, api.bearer("gs"));
        assertThat(secretariat.status()).isEqualTo(200);
        assertThat(secretariat.json().path("cyberReport").isNull()
                        || secretariat.json().path("cyberReport").isMissingNode())
                .as("the General Secretariat may not see the TLP:RED report: no link, no title")
                .isTrue();
        assertThat(secretariat.body()).doesNotContain(report).doesNotContain(title);

        ApiClient.Response refused =
                api.post("/api/v1/notices", api.bearer("ncb-it"), "application/json", notice.formatted(report));
        ApiClient.Response missing = api.post(
                "/api/v1/notices",
                api.bearer("ncb-it"),
                "application/json",
                notice.formatted("report--00000000-0000-4000-8000-000000000000"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("cyberReport");
        assertThat(refused.json().get("errors").toString())
                .isEqualTo(missing.json().get("errors").toString());
    }
}
