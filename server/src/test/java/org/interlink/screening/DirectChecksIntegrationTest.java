package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.util.List;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.access.Restriction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The single checks are served by {@code screening.web.DirectChecks} when the body is plain JSON of known length, and
 * by MVC otherwise (here: the same body sent chunked). Both must answer alike — status, type, security headers, body
 * — for good checks and for every kind of bad input.
 */
@IntegrationTest
class DirectChecksIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Watchlist watchlist;

    ApiClient api;
    String token;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        token = api.bearer("ncb-de");
    }

    @Test
    void directAndMvcAnswersAreTheSame() {
        String number = "D"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        watchlist.putDocument(
                new WatchedDocument("doc-" + number, "FR", Restriction.OPEN, number, "FRA", "PASSPORT", "STOLEN", 1));
        String mrz = Mrzs.td3("FRA", "MARTIN", "CLAIRE", number, "FRA", "850412", 'F', "300101");
        String badDigit = mrz.substring(0, mrz.length() - 1) + (mrz.endsWith("0") ? "1" : "0");
        List<List<String>> cases = List.of(
                List.of("documents", "{\"mrz\": \"" + mrz.replace("\n", "\\n") + "\"}"),
                List.of("documents", "{\"number\": \"" + number + "\", \"issuingCountry\": \"FRA\"}"),
                List.of("documents", "{\"number\": \"NOSUCH1\", \"issuingCountry\": \"DEU\"}"),
                List.of("documents", "{\"mrz\": \"" + badDigit.replace("\n", "\\n") + "\"}"),
                List.of("documents", "{\"number\": \"X1\", \"issuingCountry\": \"QQQ\"}"),
                List.of("persons", "{\"name\": \"Claire Martin\", \"dateOfBirth\": \"1985-04-12\"}"),
                List.of("persons", "{\"name\": \"  \"}"),
                List.of("persons", "{\"name\": 42, \"limit\": \"many\"}"),
                List.of("persons", "{not json"),
                List.of("persons", "null"),
                List.of("vehicles", "{\"vin\": \"WVWZZZ1JZXW000001\"}"),
                List.of("vehicles", "{}"));

        for (List<String> c : cases) {
            String path = "/api/v1/screening/" + c.get(0);
            ApiClient.Reply direct = check(path, HttpRequest.BodyPublishers.ofString(c.get(1)));
            ApiClient.Reply mvc = check( // no length: sent chunked, so DirectChecks leaves it to MVC
                    path, HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(c.get(1))));

            String what = c.get(0) + " " + c.get(1);
            assertThat(direct.status()).as(what).isEqualTo(mvc.status());
            assertThat(direct.contentType()).as(what).isEqualTo(mvc.contentType());
            for (String header : List.of("X-Content-Type-Options", "Cache-Control", "X-Frame-Options")) {
                assertThat(direct.header(header))
                        .as(what + " " + header)
                        .isNotEmpty()
                        .isEqualTo(mvc.header(header));
            }
            assertThat(withoutHitIds(direct.json())).as(what).isEqualTo(withoutHitIds(mvc.json()));
        }
    }

    private ApiClient.Reply check(String path, HttpRequest.BodyPublisher body) {
        return api.exchange("POST", path, token, body, "Content-Type", "application/json", "X-Location", "Frankfurt");
    }

    /** Each check raises its own hit, so the ids differ; everything else must not. */
    private static JsonNode withoutHitIds(JsonNode answer) {
        if (answer.has("matches")) {
            answer.get("matches").forEach(match -> ((ObjectNode) match).remove("hitId"));
        }
        return answer;
    }
}
