package org.interlink.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.function.Predicate;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A published notice puts its subject into screening with the notice's own restriction and action; cancelling takes
 * it out again. The subject's person record is screened on its own terms beside it.
 */
@IntegrationTest
class NoticeScreeningIntegrationTest {

    static final String JSON = "application/json";

    @LocalServerPort
    int port;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    @Test
    void publishedRedNoticeAsksGermanyToArrestAndLeavesScreeningWhenCancelled() {
        String name = NoticesApiIntegrationTest.unique("NOTICEOV");
        String id = publish(api, NoticeBodies.red(name, 120, false));
        String check = "{\"name\": \"" + name + "\", \"dateOfBirth\": \"1971-03-02\"}";
        String de = api.bearer("ncb-de");

        JsonNode found = screenedUntilListed(api, de, check, id);
        JsonNode match = notice(found, id);
        assertThat(match).as(found.toString()).isNotNull();
        assertThat(match.get("kind").asString()).isEqualTo("NOTICE");
        assertThat(match.get("action").asString()).isEqualTo("arrest — Red Notice");
        assertThat(match.get("summary").asString())
                .as("the officer reads what the notice is about, not the subject record's empty summary")
                .isEqualTo("red notice: Armed robbery of a jewellery shop in Lyon on 3 May 2025 with two accomplices,"
                        + " stealing jewels worth EUR 2 M");
        assertThat(found.get("outcome").asString()).isEqualTo("HIT");
        assertThat(match.has("page"))
                .as("the console's link is not part of API.md's answer")
                .isFalse();

        api.post("/api/v1/notices/" + id + "/cancel", api.bearer("ncb-fr"), JSON, "{\"reason\": \"arrest made\"}");
        JsonNode after = eventually(
                () -> api.post("/api/v1/screening/persons", de, JSON, check).json(), r -> notice(r, id) == null);
        assertThat(notice(after, id)).as("the cancelled notice left screening").isNull();
    }

    @Test
    void noticeRestrictedToItalyIsSilentForGermany() {
        String name = NoticesApiIntegrationTest.unique("ONLYITOV");
        String id = publish(
                api,
                NoticeBodies.red(name, 120, false)
                        .replace(
                                "\"publicExtract\": false",
                                "\"publicExtract\": false, \"access\": {\"classification\":"
                                        + " \"OFFICIAL\", \"audience\": \"ONLY\", \"countries\": [\"IT\"]}"));
        String check = "{\"name\": \"" + name + "\", \"dateOfBirth\": \"1971-03-02\"}";
        JsonNode italy = screenedUntilListed(api, api.bearer("ncb-it"), check, id);
        assertThat(notice(italy, id)).isNotNull();
        JsonNode germany = api.post("/api/v1/screening/persons", api.bearer("ncb-de"), JSON, check)
                .json();
        assertThat(notice(germany, id)).isNull();
        JsonNode ownerHits =
                api.get("/api/v1/hits?limit=200", api.bearer("ncb-fr")).json().get("items");
        assertThat(ownerHits
                        .valueStream()
                        .filter(h -> h.get("recordId").asString().equals(id)
                                && h.get("silent").asBoolean())
                        .map(h -> h.get("searcherBureau").asString()))
                .contains("DE");
        assertThat(ownerHits.valueStream().filter(h -> h.has("page")))
                .as("the hit list's link is not part of API.md's answer")
                .isEmpty();
    }

    /** Creates the notice as FR, submits it and has the GS approve it: its id, once published. */
    static String publish(ApiClient api, String body) {
        String fr = api.bearer("ncb-fr");
        ApiClient.Response created = api.post("/api/v1/notices", fr, JSON, body);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asString();
        api.post("/api/v1/notices/" + id + "/submit", fr, JSON, "");
        ApiClient.Response approved = api.post(
                "/api/v1/notices/" + id + "/review",
                api.bearer("gs"),
                JSON,
                "{\"decision\": \"APPROVE\", \"reason\": \"meets the rules\"}");
        assertThat(approved.json().get("status").asString()).as(approved.body()).isEqualTo("PUBLISHED");
        return id;
    }

    static JsonNode notice(JsonNode result, String noticeId) {
        return result.get("matches")
                .valueStream()
                .filter(m -> m.get("recordId").asString().equals(noticeId))
                .findFirst()
                .orElse(null);
    }

    /** A person check with {@code bearer}, repeated (up to 5 s) until its matches list the notice: the last answer. */
    static JsonNode screenedUntilListed(ApiClient api, String bearer, String check, String noticeId) {
        return eventually(
                () -> api.post("/api/v1/screening/persons", bearer, JSON, check).json(),
                r -> notice(r, noticeId) != null);
    }

    private static JsonNode eventually(java.util.function.Supplier<JsonNode> call, Predicate<JsonNode> done) {
        Instant until = Instant.now().plusSeconds(5);
        JsonNode last = call.get();
        while (!done.test(last) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = call.get();
        }
        return last;
    }
}
