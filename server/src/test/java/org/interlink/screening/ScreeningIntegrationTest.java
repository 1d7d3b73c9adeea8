package org.interlink.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.matching.PartialDate;
import org.interlink.matching.PersonEntry;
import org.interlink.matching.Sex;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Checks through real HTTP with bearer tokens, against records placed in the watchlist: hits seen by both sides,
 * silent hits seen only by the owner, dismissed pairs not raised again, bad input refused, every check audited.
 */
@IntegrationTest
class ScreeningIntegrationTest {

    static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    Watchlist watchlist;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
    }

    private String stolenPassport(String owner, Restriction restriction, String number) {
        String id = "doc-" + unique();
        watchlist.putDocument(new WatchedDocument(id, owner, restriction, number, "FRA", "PASSPORT", "STOLEN", 1));
        return id;
    }

    private long audited(String actor) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE actor = ? AND operation = 'SCREEN'", Long.class, actor);
    }

    @Test
    void passportStolenFromFranceIsAHitForGermanysMrzScanAndBothSidesSeeIt() {
        String number = "S" + unique();
        String id = stolenPassport("FR", Restriction.OPEN, number);
        String mrz = Mrzs.td3("FRA", "MARTIN", "CLAIRE", number, "FRA", "850412", 'F', "300101");
        long before = audited("ncb-de");

        ApiClient.Response response =
                api.post("/api/v1/screening/documents", api.bearer("ncb-de"), JSON, "{\"mrz\": " + quote(mrz) + "}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("outcome").asString()).isEqualTo("HIT");
        JsonNode match = body.get("matches").get(0);
        assertThat(match.get("recordId").asString()).isEqualTo(id);
        assertThat(match.get("kind").asString()).isEqualTo("DOCUMENT");
        assertThat(match.get("action").asString()).contains("seize");
        assertThat(body.get("mrz").get("documentNumber").asString()).isEqualTo(number);
        assertThat(body.get("mrz").get("checks").findValuesAsString("field")).contains("documentNumber", "composite");
        String hitId = match.get("hitId").asString();
        assertThat(audited("ncb-de")).isEqualTo(before + 1);

        assertThat(hitIds("ncb-de")).contains(hitId);
        JsonNode ownerView = hit("ncb-fr", hitId);
        assertThat(ownerView.get("searcherBureau").asString()).isEqualTo("DE");
        assertThat(ownerView.get("silent").asBoolean()).isFalse();
        assertThat(ownerView.get("status").asString()).isEqualTo("OPEN");
        assertThat(hitIds("ncb-us")).doesNotContain(hitId);
        assertThat(api.get("/api/v1/hits/" + hitId, api.bearer("ncb-us")).status())
                .isEqualTo(404);
    }

    @Test
    void restrictedRecordGivesTheSearcherNothingAndTellsTheOwner() {
        String number = "R" + unique();
        String id = stolenPassport("FR", Restriction.only(Classification.OFFICIAL, "IT"), number);

        ApiClient.Response response = api.post(
                "/api/v1/screening/documents",
                api.bearer("ncb-de"),
                JSON,
                "{\"number\": \"" + number + "\", \"issuingCountry\": \"FRA\"}");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get("outcome").asString()).isEqualTo("NO_HIT");
        assertThat(response.json().get("matches").size()).isZero();
        assertThat(response.body()).doesNotContain(id);

        String silent = jdbc.queryForObject("SELECT id FROM hits WHERE record_id = ? AND silent", String.class, id);
        assertThat(hitIds("ncb-de")).doesNotContain(silent);
        assertThat(api.get("/api/v1/hits/" + silent, api.bearer("ncb-de")).status())
                .isEqualTo(404);
        JsonNode ownerView = hit("ncb-fr", silent);
        assertThat(ownerView.get("silent").asBoolean()).isTrue();
        assertThat(ownerView.get("searcherBureau").asString()).isEqualTo("DE");
        assertThat(ownerView.get("searcherActor").asString()).isEqualTo("ncb-de");

        ApiClient.Response italy = api.post(
                "/api/v1/screening/documents",
                api.bearer("ncb-it"),
                JSON,
                "{\"number\": \"" + number + "\", \"issuingCountry\": \"FRA\"}");
        assertThat(italy.json().get("outcome").asString()).isEqualTo("HIT");
    }

    @Test
    void clearanceBelowTheClassificationIsASilentHitToo() {
        String number = "C" + unique();
        String id = stolenPassport(
                "FR",
                new Restriction(Classification.CONFIDENTIAL, org.interlink.access.Audience.ALL, Set.of()),
                number);
        ApiClient.Response response = api.post(
                "/api/v1/screening/documents",
                api.bearer("ncb-de"),
                JSON,
                "{\"number\": \"" + number + "\", \"issuingCountry\": \"FRA\"}");
        assertThat(response.json().get("outcome").asString()).isEqualTo("NO_HIT");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hits WHERE record_id = ? AND silent", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void personWrittenInCyrillicMatchesTheLatinRecordWithAnExplanation() {
        String id = "person-" + unique();
        watchlist.putPerson(
                new WatchedItem(
                        id,
                        "PERSON",
                        "RU",
                        Restriction.OPEN,
                        "Dmitri Ivanovich Sokolov",
                        "wanted for armed robbery",
                        "arrest — contact the requesting bureau",
                        1),
                new PersonEntry(
                        id,
                        List.of("Dmitri Ivanovich Sokolov"),
                        PartialDate.parse("1971-03-09"),
                        Set.of("RU"),
                        Sex.MALE));
        ApiClient.Response response = api.post(
                "/api/v1/screening/persons",
                api.bearer("ncb-de"),
                JSON,
                "{\"name\": \"Дмитрий Соколов\", \"dateOfBirth\": \"1971-03-09\", \"nationality\": \"RU\","
                        + " \"minScore\": 0.5}");
        assertThat(response.status()).isEqualTo(200);
        JsonNode matches = response.json().get("matches");
        assertThat(matches.size()).isGreaterThan(0);
        JsonNode best = matches.get(0);
        assertThat(best.get("recordId").asString()).isEqualTo(id);
        assertThat(best.get("explanation").size()).isGreaterThan(1);
        assertThat(best.get("summary").asString()).isEqualTo("wanted for armed robbery");
        assertThat(response.json().get("outcome").asString()).isIn("HIT", "POSSIBLE");
    }

    @Test
    void dismissedFalsePositiveIsNotRaisedAgainUntilTheRecordChanges() {
        String number = "D" + unique();
        String id = stolenPassport("FR", Restriction.OPEN, number);
        String check = "{\"number\": \"" + number + "\", \"issuingCountry\": \"FRA\"}";
        String hitId = api.post("/api/v1/screening/documents", api.bearer("ncb-de"), JSON, check)
                .json()
                .get("matches")
                .get(0)
                .get("hitId")
                .asString();

        ApiClient.Response dismissed = api.post(
                "/api/v1/hits/" + hitId + "/dismiss",
                api.bearer("ncb-fr"),
                JSON,
                "{\"reason\": \"DIFFERENT_DOCUMENT\", \"note\": \"number reissued\"}");
        assertThat(dismissed.status()).isEqualTo(200);
        assertThat(dismissed.json().get("status").asString()).isEqualTo("DISMISSED");
        assertThat(api.post(
                                "/api/v1/hits/" + hitId + "/confirm",
                                api.bearer("ncb-fr"),
                                JSON,
                                "{\"actionTaken\": \"late\"}")
                        .status())
                .isEqualTo(409);

        JsonNode again = api.post("/api/v1/screening/documents", api.bearer("ncb-de"), JSON, check)
                .json();
        assertThat(again.get("outcome").asString()).isEqualTo("NO_HIT");
        assertThat(again.get("matches").get(0).get("previouslyDismissed").asBoolean())
                .isTrue();
        assertThat(again.get("matches").get(0).has("hitId")).isFalse();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hits WHERE record_id = ?", Long.class, id))
                .isEqualTo(1);

        watchlist.putDocument(new WatchedDocument(id, "FR", Restriction.OPEN, number, "FRA", "PASSPORT", "STOLEN", 2));
        JsonNode changed = api.post("/api/v1/screening/documents", api.bearer("ncb-de"), JSON, check)
                .json();
        assertThat(changed.get("outcome").asString()).isEqualTo("HIT");
    }

    @Test
    void aDismissalAmongSeveralMatchesOfOneNameSilencesOnlyThatRecord() {
        String tag = unique().chars()
                .mapToObj(c -> String.valueOf((char) ('a' + c % 26)))
                .collect(java.util.stream.Collectors.joining());
        String name = "Quenby Arvelle Dastmalchi " + tag;
        String first = "person-" + unique();
        String second = "person-" + unique();
        for (String id : List.of(first, second)) {
            watchlist.putPerson(
                    new WatchedItem(id, "PERSON", "FR", Restriction.OPEN, name, "wanted", "arrest", 1),
                    new PersonEntry(id, List.of(name), null, Set.of("FR"), null));
        }
        String check = "{\"name\": \"" + name + "\"}";
        JsonNode raised = api.post("/api/v1/screening/persons", api.bearer("ncb-de"), JSON, check)
                .json();
        assertThat(raised.get("matches").size()).isEqualTo(2);
        JsonNode firstMatch = raised.get("matches").get(0);
        String dismissedRecord = firstMatch.get("recordId").asString();
        assertThat(api.post(
                                "/api/v1/hits/" + firstMatch.get("hitId").asString() + "/dismiss",
                                api.bearer("ncb-fr"),
                                JSON,
                                "{\"reason\": \"DIFFERENT_PERSON\"}")
                        .status())
                .isEqualTo(200);

        JsonNode again = api.post("/api/v1/screening/persons", api.bearer("ncb-de"), JSON, check)
                .json();
        assertThat(again.get("outcome").asString()).isEqualTo("HIT");
        for (JsonNode match : again.get("matches")) {
            boolean isDismissedRecord = match.get("recordId").asString().equals(dismissedRecord);
            assertThat(match.get("previouslyDismissed").asBoolean()).isEqualTo(isDismissedRecord);
            assertThat(match.has("hitId")).isEqualTo(!isDismissedRecord);
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hits WHERE record_id = ?", Long.class, dismissedRecord))
                .isEqualTo(1);
        String other = dismissedRecord.equals(first) ? second : first;
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hits WHERE record_id = ?", Long.class, other))
                .isEqualTo(2);
    }

    @Test
    void confirmationNeedsTheActionTakenAndOnlyConcernedBureausMayDecide() {
        String number = "K" + unique();
        stolenPassport("FR", Restriction.OPEN, number);
        String hitId = api.post(
                        "/api/v1/screening/documents",
                        api.bearer("ncb-de"),
                        JSON,
                        "{\"number\": \"" + number + "\", \"issuingCountry\": \"FRA\"}")
                .json()
                .get("matches")
                .get(0)
                .get("hitId")
                .asString();
        assertThat(api.post(
                                "/api/v1/hits/" + hitId + "/confirm",
                                api.bearer("ncb-us"),
                                JSON,
                                "{\"actionTaken\": \"x\"}")
                        .status())
                .isEqualTo(404);
        ApiClient.Response empty = api.post("/api/v1/hits/" + hitId + "/confirm", api.bearer("ncb-de"), JSON, "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("errors").get(0).get("field").asString()).isEqualTo("actionTaken");
        ApiClient.Response confirmed = api.post(
                "/api/v1/hits/" + hitId + "/confirm",
                api.bearer("ncb-de"),
                JSON,
                "{\"actionTaken\": \"document seized at Frankfurt airport\"}");
        assertThat(confirmed.json().get("status").asString()).isEqualTo("CONFIRMED");
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsAudited() {
        String token = api.bearer("ncb-de");
        long before = audited("ncb-de");
        String good = Mrzs.td3("FRA", "MARTIN", "CLAIRE", "AB1234567", "FRA", "850412", 'F', "300101");

        assertField(api.post("/api/v1/screening/documents", token, JSON, "{\"mrz\": \"P<FRA<<<\\nshort\"}"), "mrz.");
        assertField(
                api.post(
                        "/api/v1/screening/documents",
                        token,
                        JSON,
                        "{\"mrz\": " + quote(good.substring(0, good.length() - 1)) + "}"),
                "mrz.line 2 length");
        assertField(
                api.post("/api/v1/screening/documents", token, JSON, "{\"mrz\": " + quote(good.split("\n")[0]) + "}"),
                "mrz.line count");
        assertField(
                api.post(
                        "/api/v1/screening/documents",
                        token,
                        JSON,
                        "{\"number\": \"X1\", \"issuingCountry\": \"QQQ\"}"),
                "issuingCountry");
        assertField(api.post("/api/v1/screening/persons", token, JSON, "{\"name\": \"  \"}"), "name");
        assertField(
                api.post("/api/v1/screening/persons", token, JSON, "{\"name\": \"Ann Lee\", \"nationality\": \"ZZ\"}"),
                "nationality");
        assertField(
                api.post(
                        "/api/v1/screening/persons",
                        token,
                        JSON,
                        "{\"name\": \"Ann Lee\", \"dateOfBirth\": \"1990-02-30\"}"),
                "dateOfBirth");
        assertField(api.post("/api/v1/screening/persons", token, JSON, "{\"name\": 42, \"limit\": \"many\"}"), "limit");
        assertField(api.post("/api/v1/screening/persons", token, JSON, "{not json"), "body");
        StringBuilder list = new StringBuilder("{\"travellers\": [");
        for (int i = 0; i <= Screening.MAX_TRAVELLERS; i++) {
            list.append(i == 0 ? "" : ",")
                    .append("{\"name\": \"Traveller ")
                    .append(i)
                    .append("\"}");
        }
        assertField(
                api.post(
                        "/api/v1/screening/batch",
                        token,
                        JSON,
                        list.append("]}").toString()),
                "travellers");

        assertThat(audited("ncb-de")).as("refused checks are not screenings").isEqualTo(before);
    }

    @Test
    void passengerListIsAnsweredPerTravellerWithOneAuditRowEach() {
        String number = "B" + unique();
        stolenPassport("FR", Restriction.OPEN, number);
        long before = audited("ncb-es");
        ApiClient.Response response = batch(
                "ncb-es",
                "{\"ref\": \"1A\", \"name\": \"Nobody Known\"}, {\"ref\": \"2B\", \"name\": \"Claire Martin\","
                        + " \"document\": {\"number\": \"" + number + "\", \"issuingCountry\": \"FRA\"}}");
        assertThat(response.status()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results.get(0).get("ref").asString()).isEqualTo("1A");
        assertThat(results.get(0).get("outcome").asString()).isEqualTo("NO_HIT");
        assertThat(results.get(1).get("outcome").asString()).isEqualTo("HIT");
        assertThat(audited("ncb-es")).isEqualTo(before + 2);
    }

    @Test
    void anMrzWhoseCheckDigitsFailIsStillScreenedAndSaysWhichFail() {
        String number = "K" + unique();
        String id = stolenPassport("FR", Restriction.OPEN, number);
        String forged = Mrzs.withDocumentNumberCheckDigitWrong(
                Mrzs.td3("FRA", "MARTIN", "CLAIRE", number, "FRA", "850412", 'F', "300101"));
        long before = audited("ncb-de");

        ApiClient.Response response =
                api.post("/api/v1/screening/documents", api.bearer("ncb-de"), JSON, "{\"mrz\": " + quote(forged) + "}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("outcome").asString()).isEqualTo("HIT");
        assertThat(body.get("matches").get(0).get("recordId").asString()).isEqualTo(id);
        assertThat(body.get("mrz").get("documentNumber").asString()).isEqualTo(number);
        List<String> failing = new java.util.ArrayList<>();
        List<String> holding = new java.util.ArrayList<>();
        body.get("mrz")
                .get("checks")
                .forEach(check -> (check.get("valid").asBoolean() ? holding : failing)
                        .add(check.get("field").asString()));
        assertThat(failing).containsExactlyInAnyOrder("documentNumber", "composite");
        assertThat(holding).contains("dateOfBirth", "dateOfExpiry");
        assertThat(audited("ncb-de")).isEqualTo(before + 1);
    }

    @Test
    void passengerListScreensEveryValidTravellerAndListsTheRejectedOnes() {
        String number = ReportedDocuments.report(watchlist, "DE", "D", "STOLEN");
        long before = audited("ncb-es");

        ApiClient.Response response = batch(
                "ncb-es",
                "{\"ref\": \"1\", \"name\": \"Nobody Known\", \"nationality\": \"DEU\"},"
                        + " {\"ref\": \"2\", \"name\": \"Ann Lee\", \"document\": {\"number\": \"X1\","
                        + " \"issuingCountry\": \"QQQ\"}},"
                        + " {\"ref\": \"3\"},"
                        + " {\"ref\": \"4\", \"document\": {\"number\": \"" + number
                        + "\", \"issuingCountry\": \"DEU\"}}");

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode results = response.json().get("results");
        assertThat(results.findValuesAsString("ref")).containsExactly("1", "4");
        assertThat(results.get(1).get("outcome").asString())
                .as("DEU, as airlines write it, is ICAO's D")
                .isEqualTo("HIT");
        JsonNode rejected = response.json().get("rejected");
        assertThat(rejected.size()).isEqualTo(2);
        assertThat(rejected.get(0).get("ref").asString()).isEqualTo("2");
        assertThat(rejected.get(0).get("index").asInt()).isEqualTo(1);
        assertThat(rejected.get(0).get("field").asString()).isEqualTo("travellers[1].document.issuingCountry");
        assertThat(rejected.get(0).get("message").asString()).contains("ICAO");
        assertThat(rejected.get(1).get("ref").asString()).isEqualTo("3");
        assertThat(rejected.get(1).get("field").asString()).isEqualTo("travellers[2].name");
        assertThat(audited("ncb-es")).as("one row per screened traveller").isEqualTo(before + 2);

        ApiClient.Response none = batch("ncb-es", "{\"ref\": \"7\"}");
        assertThat(none.status()).isEqualTo(200);
        assertThat(none.json().get("results").size()).isZero();
        assertThat(none.json().get("rejected").get(0).get("ref").asString()).isEqualTo("7");
    }

    @Test
    void aCheckWhoseAuditRowCannotBeWrittenIsNotAnswered() {
        String number = "U" + unique();
        stolenPassport("FR", Restriction.OPEN, number);
        String token = api.bearer("ncb-de");
        jdbc.execute("CREATE FUNCTION refuse_screen_audit() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'audit storage failed'; END; $$");
        jdbc.execute("CREATE TRIGGER refuse_screen_audit BEFORE INSERT ON audit_log FOR EACH ROW"
                + " EXECUTE FUNCTION refuse_screen_audit()");
        ApiClient.Response response;
        try {
            response = api.post(
                    "/api/v1/screening/documents",
                    token,
                    JSON,
                    "{\"number\": \"" + number + "\", \"issuingCountry\": \"FRA\"}");
        } finally {
            jdbc.execute("DROP TRIGGER refuse_screen_audit ON audit_log");
            jdbc.execute("DROP FUNCTION refuse_screen_audit()");
        }
        assertThat(response.status()).isEqualTo(503);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain(number).doesNotContain("HIT");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM hits WHERE matched = ?", Long.class, number))
                .as("the hit travelled in the failed commit")
                .isZero();
    }

    /** A passenger list of these travellers (JSON objects, comma-separated), sent by {@code client}. */
    private ApiClient.Response batch(String client, String travellers) {
        return api.post("/api/v1/screening/batch", api.bearer(client), JSON, "{\"travellers\": [" + travellers + "]}");
    }

    private static void assertField(ApiClient.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).startsWith(field);
    }

    private List<String> hitIds(String client) {
        ApiClient.Response response = api.get("/api/v1/hits?limit=200", api.bearer(client));
        assertThat(response.status()).isEqualTo(200);
        return response.json().get("items").findValuesAsString("id");
    }

    private JsonNode hit(String client, String id) {
        ApiClient.Response response = api.get("/api/v1/hits/" + id, api.bearer(client));
        assertThat(response.status()).isEqualTo(200);
        return response.json();
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
