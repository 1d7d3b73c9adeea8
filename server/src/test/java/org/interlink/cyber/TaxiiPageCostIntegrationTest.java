package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * What a TAXII page of 100 objects costs the database (issue 23: at most 3 SQL statements): the statements the serving
 * thread executes, counted by {@link StatementCounter}, plus the one audit append the audit journal makes for the page's
 * read rows (on its own thread, often shared with other requests' rows). Reports among the objects are included: their
 * {@code object_refs} are filtered for the reader's access in one query for the whole page, not one per report.
 */
@IntegrationTest
class TaxiiPageCostIntegrationTest {

    /** The audit journal appends a page's read rows in one statement, on its own thread. */
    private static final int AUDIT_APPEND = 1;

    private static final String V1 = "2026-01-01T00:00:00.000Z";

    @LocalServerPort
    int port;

    @Autowired
    StatementCounter counter;

    @Test
    void aPageOf100ObjectsCostsAtMostThreeStatements() {
        ApiClient api = new ApiClient(port);
        Instant before = Instant.now().minusSeconds(1);
        List<String> objects = new ArrayList<>();
        List<String> indicators = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String id = Stix.id("indicator");
            indicators.add(id);
            objects.add(Stix.indicator(
                    id, "[domain-name:value = '" + Stix.domain() + "']", V1, i % 3 == 0 ? Stix.only("FR") : ""));
        }
        for (int i = 0; i < 10; i++) {
            objects.add("{\"type\":\"report\",\"spec_version\":\"2.1\",\"id\":\"" + Stix.id("report")
                    + "\",\"created\":\"" + V1 + "\",\"modified\":\"" + V1 + "\",\"name\":\"Wave " + i
                    + "\",\"published\":\"" + V1 + "\",\"object_refs\":[\"" + indicators.get(i * 3) + "\",\""
                    + indicators.get(i * 3 + 1) + "\"]}");
        }
        // reports first, so that the page of the bureau's own collection holds all of them
        List<String> ordered = new ArrayList<>(objects.subList(150, 160));
        ordered.addAll(objects.subList(0, 150));
        ApiClient.Reply imported = Stix.importBundle(api, "ncb-fr", Stix.bundle(ordered.toArray(String[]::new)));
        assertThat(imported.status()).as(imported.text()).isEqualTo(201);
        // the bureaus' collections are read once per process; a page after that reads none
        assertThat(new Taxii(api).get("ncb-fr", Taxii.ROOT + "collections/").status())
                .isEqualTo(200);

        for (String path : List.of(
                Taxii.collection("all") + "objects/?limit=100",
                Taxii.collection("FR") + "objects/?limit=100&" + Taxii.param("added_after", before.toString()))) {
            for (String reader : List.of("ncb-fr", "ncb-de")) {
                String token = UUID.randomUUID().toString();
                ApiClient.Reply page = api.exchange(
                        "GET",
                        path,
                        api.bearer(reader),
                        HttpRequest.BodyPublishers.noBody(),
                        "Accept",
                        Taxii.TAXII,
                        StatementCounter.HEADER,
                        token);
                assertThat(page.status()).as(page.text()).isEqualTo(200);
                JsonNode envelope = page.json();
                assertThat(envelope.path("objects").size()).as(path).isEqualTo(100);
                assertThat(envelope.path("more").asBoolean()).isTrue();
                // The bearer token's revocation list is re-read by whichever request finds it older than its refresh
                // interval (members.RevokedTokens): once per node per interval, not a cost of the page.
                List<String> statements = counter.statements(token).stream()
                        .filter(sql -> !sql.contains("FROM revoked_tokens"))
                        .toList();
                assertThat(statements.size() + AUDIT_APPEND)
                        .as("%s as %s executed %s", path, reader, statements)
                        .isLessThanOrEqualTo(3);
            }
        }
    }
}
