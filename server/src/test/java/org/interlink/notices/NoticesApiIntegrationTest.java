package org.interlink.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Notices and diffusions through real HTTP, as national systems use them. */
@IntegrationTest
class NoticesApiIntegrationTest {

    static final String JSON = "application/json";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    NoticeWorkflow workflow;

    @Autowired
    NoticeEventsProbe probe;

    ApiClient api;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    static String unique(String family) {
        return "Ivan " + family + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private JsonNode created(String token, String body) {
        ApiClient.Response response = api.post("/api/v1/notices", token, JSON, body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        assertThat(response.json().get("status").asString()).isEqualTo("DRAFT");
        return response.json();
    }

    private String published(String body) {
        String fr = api.bearer("ncb-fr");
        String id = created(fr, body).get("id").asString();
        assertThat(api.post("/api/v1/notices/" + id + "/submit", fr, JSON, "")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUBMITTED");
        ApiClient.Response approved = api.post(
                "/api/v1/notices/" + id + "/review",
                api.bearer("gs"),
                JSON,
                "{\"decision\": \"APPROVE\", \"reason\": \"meets Art. 83\"}");
        assertThat(approved.json().get("status").asString()).as(approved.body()).isEqualTo("PUBLISHED");
        return id;
    }

    @Test
    void redNoticeForAnOffencePunishableBy12MonthsIsStoppedByTheGate() {
        String fr = api.bearer("ncb-fr");
        String id = created(fr, NoticeBodies.red(unique("PETROV"), 12, false))
                .get("id")
                .asString();

        ApiClient.Response submitted = api.post("/api/v1/notices/" + id + "/submit", fr, JSON, "");

        assertThat(submitted.status()).isEqualTo(200);
        assertThat(submitted.json().get("status").asString()).isEqualTo("DRAFT");
        JsonNode finding = submitted.json().get("findings").get(0);
        assertThat(finding.get("rule").asString()).isEqualTo("RED-PENALTY-THRESHOLD");
        assertThat(finding.get("severity").asString()).isEqualTo("BLOCKING");
        assertThat(finding.get("message").asString()).contains("punishable by 12 months", "at least 2 years");
        assertThat(api.post(
                                "/api/v1/notices/" + id + "/review",
                                api.bearer("gs"),
                                JSON,
                                "{\"decision\": \"APPROVE\", \"reason\": \"x\"}")
                        .status())
                .as("a request the gate stopped never reaches review")
                .isEqualTo(409);
    }

    @Test
    void validRedNoticePassesTheGateIsApprovedAndBecomesVisibleToGermany() {
        String fr = api.bearer("ncb-fr");
        String de = api.bearer("ncb-de");
        String name = unique("SOKOLOV");
        String id = created(fr, NoticeBodies.red(name, 120, false)).get("id").asString();
        assertThat(api.get("/api/v1/notices/" + id, de).status())
                .as("a draft is the requester's")
                .isEqualTo(404);

        ApiClient.Response submitted = api.post("/api/v1/notices/" + id + "/submit", fr, JSON, "");
        assertThat(submitted.json().get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(submitted.json().get("findings").size()).isZero();
        assertThat(api.get("/api/v1/notices/" + id, de).status())
                .as("under review: not yet")
                .isEqualTo(404);
        assertThat(api.post(
                                "/api/v1/notices/" + id + "/review",
                                fr,
                                JSON,
                                "{\"decision\": \"APPROVE\", \"reason\": \"self-approval\"}")
                        .status())
                .as("a bureau cannot approve its own request")
                .isEqualTo(403);

        ApiClient.Response approved = api.post(
                "/api/v1/notices/" + id + "/review",
                api.bearer("gs"),
                JSON,
                "{\"decision\": \"APPROVE\", \"reason\": \"meets RPD Art. 83\"}");
        assertThat(approved.json().get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(approved.json().get("expiresAt").asString())
                .startsWith(String.valueOf(
                        Instant.now().atZone(java.time.ZoneOffset.UTC).getYear() + 5));

        ApiClient.Response seen = api.get("/api/v1/notices/" + id, de);
        assertThat(seen.status()).isEqualTo(200);
        assertThat(seen.json().get("subject").get("name").asString()).isEqualTo(name);
        assertThat(seen.json().get("action").asString()).isEqualTo("arrest — Red Notice");
        assertThat(seen.json().has("findings"))
                .as("the review is the GS's and the requester's")
                .isFalse();
        assertThat(ids(api.get("/api/v1/notices?type=RED&status=PUBLISHED&limit=200", de)))
                .contains(id);

        String personId = seen.json().get("subject").get("personId").asString();
        assertThat(api.get("/api/v1/persons/" + personId, fr).status())
                .as("the subject given as a whole person was recorded through records")
                .isEqualTo(200);
        assertThat(probe.committed())
                .as("screening is told at once")
                .contains(new NoticePublished(
                        id,
                        "RED",
                        personId,
                        "FR",
                        org.interlink.access.Restriction.OPEN,
                        "arrest — Red Notice",
                        "Armed robbery of a jewellery shop in Lyon on 3 May 2025 with two accomplices,"
                                + " stealing jewels worth EUR 2 M"));
    }

    @Test
    void subjectByPersonIdMustBeAPersonTheRequesterMaySee() {
        String it = api.bearer("ncb-it");
        ApiClient.Response hidden = api.post("/api/v1/persons", it, JSON, """
                {"names": [{"value": "Marco HIDDEN", "type": "PRIMARY"}], "dateOfBirth": "1980",
                 "access": {"classification": "OFFICIAL", "audience": "ONLY", "countries": ["ES"]}}""");
        assertThat(hidden.status()).as(hidden.body()).isEqualTo(201);
        ApiClient.Response shared = api.post(
                "/api/v1/persons",
                it,
                JSON,
                "{\"names\": [{\"value\": \"Marco SHARED\", \"type\": \"PRIMARY\"}], \"dateOfBirth\": \"1980\"}");
        String fr = api.bearer("ncb-fr");
        String summary = "Armed robbery of a bank in Milan on 2 February 2025 with a firearm and two accomplices";

        ApiClient.Response refused = api.post(
                "/api/v1/notices",
                fr,
                JSON,
                NoticeBodies.red(
                        "{\"personId\": \"" + hidden.json().get("id").asString() + "\"}", summary, 120, false));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").findValuesAsString("field")).containsExactly("subject.personId");

        JsonNode draft = created(
                fr,
                NoticeBodies.red(
                        "{\"personId\": \"" + shared.json().get("id").asString() + "\"}", summary, 120, false));
        assertThat(draft.get("subject").get("name").asString()).isEqualTo("Marco SHARED");
        assertThat(draft.get("subject").get("dateOfBirth").asString()).isEqualTo("1980");
    }

    @Test
    void publicExtractOnlyWithTheRequestersConsent() {
        String withConsent = unique("PUBLICOV");
        String withoutConsent = unique("PRIVATOV");
        String consented = published(NoticeBodies.red(withConsent, 120, true));
        String private_ = published(NoticeBodies.red(withoutConsent, 120, false));
        String family = withConsent.substring(withConsent.indexOf(' ') + 1);

        ApiClient.Response found = api.get("/public/v1/notices/red?name=" + family, null);
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("total").asInt()).isEqualTo(1);
        JsonNode item = found.json().get("_embedded").get("notices").get(0);
        assertThat(item.get("entity_id").asString()).isEqualTo(consented);
        assertThat(item.get("name").asString()).isEqualTo(family);
        assertThat(item.get("forename").asString()).isEqualTo("Ivan");
        assertThat(item.get("date_of_birth").asString()).isEqualTo("1971/03/02");
        assertThat(item.get("_links").get("self").get("href").asString()).endsWith("/red/" + consented);
        assertThat(api.get("/public/v1/notices/red/" + consented, null)
                        .json()
                        .get("arrest_warrants")
                        .get(0)
                        .get("issuing_country_id")
                        .asString())
                .isEqualTo("FR");

        String privateFamily = withoutConsent.substring(withoutConsent.indexOf(' ') + 1);
        assertThat(api.get("/public/v1/notices/red?name=" + privateFamily, null)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        assertThat(api.get("/public/v1/notices/red/" + private_, null).status()).isEqualTo(404);
        assertThat(api.get("/public/v1/notices/yellow/" + consented, null).status())
                .isEqualTo(404);
        assertThat(api.get("/public/v1/notices/red?nationality=RU&ageMin=50&ageMax=60&sexId=M&resultPerPage=160", null)
                        .json()
                        .get("_embedded")
                        .get("notices")
                        .findValuesAsString("entity_id"))
                .contains(consented)
                .doesNotContain(private_);
        assertThat(api.get("/public/v1/notices/red?arrestWarrantCountryId=FR&name=" + family, null)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/public/v1/notices/red?arrestWarrantCountryId=DE&name=" + family, null)
                        .json()
                        .get("total")
                        .asInt())
                .isZero();
        ApiClient.Response bad = api.get("/public/v1/notices/red?resultPerPage=1000&sexId=X", null);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().get("errors").findValuesAsString("field")).containsExactly("resultPerPage", "sexId");
        assertThat(api.get("/public/v1/notices/blue", null).status())
                .as("nothing but Red and Yellow extracts is public")
                .isIn(401, 404);
    }

    private String person(String token, String name, String access) {
        ApiClient.Response created = api.post("/api/v1/persons", token, JSON, """
                {"names": [{"value": "%s", "type": "PRIMARY"}], "sex": "M", "dateOfBirth": "1971-03-02",
                 "nationalities": ["RU"], "access": %s}""".formatted(name, access));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asString();
    }

    private static String byId(String personId) {
        return "{\"personId\": \"" + personId + "\"}";
    }

    private static final String ROBBERY =
            "Armed robbery of a jewellery shop in Lyon on 3 May 2025 with two accomplices, stealing jewels worth EUR 2 M";

    private static final String ONLY_IT_DE =
            "{\"classification\": \"OFFICIAL\", \"audience\": \"ONLY\", \"countries\": [\"IT\", \"DE\"]}";

    @Test
    void redNoticeFromARecordRestrictedToItalyAndGermanyIsReadByNeitherTheUsNorThePublic() {
        String fr = api.bearer("ncb-fr");
        String name = unique("RESTRICTOV");
        String personId = person(fr, name, ONLY_IT_DE);

        // As reported: no restriction given, a public extract asked. It used to default to ALL and be published.
        ApiClient.Response asReported =
                api.post("/api/v1/notices", fr, JSON, NoticeBodies.red(byId(personId), ROBBERY, 120, true));
        assertThat(asReported.status()).as(asReported.body()).isEqualTo(400);
        assertThat(asReported.contentType()).startsWith("application/problem+json");
        assertThat(asReported.json().get("errors").findValuesAsString("field")).containsExactly("publicExtract");
        assertThat(asReported.json().get("errors").get(0).get("message").asString())
                .contains("PUBLIC-EXTRACT-SCOPE");

        ApiClient.Response wider = api.post(
                "/api/v1/notices",
                fr,
                JSON,
                NoticeBodies.red(byId(personId), ROBBERY, 120, false)
                        .replace(
                                "\"publicExtract\": false",
                                "\"publicExtract\": false, \"access\": {\"audience\": \"ALL\"}"));
        assertThat(wider.status()).as(wider.body()).isEqualTo(400);
        assertThat(wider.contentType()).startsWith("application/problem+json");
        assertThat(wider.json().get("errors").findValuesAsString("field")).containsExactly("access");
        assertThat(wider.json().get("errors").get(0).get("message").asString())
                .contains("OFFICIAL, ONLY DE, IT", "ACCESS-WITHIN-SUBJECT");

        String id = published(NoticeBodies.red(byId(personId), ROBBERY, 120, false));
        JsonNode own = api.get("/api/v1/notices/" + id, fr).json();
        assertThat(own.get("access").get("audience").asString())
                .as("no restriction given: the record's, never ALL")
                .isEqualTo("ONLY");
        assertThat(own.get("access").get("countries").valueStream().map(JsonNode::asString))
                .containsExactlyInAnyOrder("IT", "DE");
        assertThat(api.get("/api/v1/notices/" + id, api.bearer("ncb-us")).status())
                .isEqualTo(404);
        assertThat(ids(api.get("/api/v1/notices?limit=200", api.bearer("ncb-us"))))
                .doesNotContain(id);
        assertThat(api.get("/api/v1/notices/" + id, api.bearer("ncb-de")).status())
                .isEqualTo(200);
        assertThat(api.get("/public/v1/notices/red/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void aNewSubjectRecordTakesTheRestrictionOfItsNoticeOrDiffusion() {
        String fr = api.bearer("ncb-fr");
        String us = api.bearer("ncb-us");
        String de = api.bearer("ncb-de");
        ApiClient.Response sent = api.post(
                "/api/v1/diffusions",
                fr,
                JSON,
                NoticeBodies.red(unique("DIFFUSOV"), 120, false)
                        .replace("\"type\": \"RED\"", "\"type\": \"WANTED\", \"recipients\": [\"DE\"]"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String diffused = sent.json().get("subject").get("personId").asString();
        assertThat(api.get("/api/v1/persons/" + diffused, us).status())
                .as("the diffusion went to DE only: so does its subject's record")
                .isEqualTo(404);
        assertThat(api.get("/api/v1/persons/" + diffused, de).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/persons/" + diffused, fr)
                        .json()
                        .get("access")
                        .get("countries")
                        .valueStream()
                        .map(JsonNode::asString))
                .containsExactly("DE");

        JsonNode draft = created(
                fr,
                NoticeBodies.red(unique("NOTICEOV"), 120, false)
                        .replace("\"publicExtract\": false", "\"publicExtract\": false, \"access\": " + ONLY_IT_DE));
        String noticed = draft.get("subject").get("personId").asString();
        assertThat(api.get("/api/v1/persons/" + noticed, us).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/persons/" + noticed, api.bearer("ncb-it")).status())
                .isEqualTo(200);

        ApiClient.Response narrowerRecord = api.post(
                "/api/v1/notices",
                fr,
                JSON,
                NoticeBodies.red(
                        NoticeBodies.person(unique("NARROWOV"))
                                .replace("\"nationalities\"", "\"access\": " + ONLY_IT_DE + ", \"nationalities\""),
                        ROBBERY,
                        120,
                        false));
        assertThat(narrowerRecord.status())
                .as("a subject record stated narrower than the notice")
                .isEqualTo(400);
        assertThat(narrowerRecord.json().get("errors").findValuesAsString("field"))
                .containsExactly("access");
    }

    @Test
    void replacingOrDiffusingWiderThanTheRecordIsRefusedNamingAccess() {
        String fr = api.bearer("ncb-fr");
        String personId = person(fr, unique("WIDOV"), ONLY_IT_DE);
        String id = created(fr, NoticeBodies.red(byId(personId), ROBBERY, 120, false))
                .get("id")
                .asString();

        ApiClient.Reply replaced = api.exchange(
                "PUT",
                "/api/v1/notices/" + id,
                fr,
                java.net.http.HttpRequest.BodyPublishers.ofString(
                        NoticeBodies.red(byId(personId), ROBBERY, 120, false)
                                .replace(
                                        "\"publicExtract\": false",
                                        "\"publicExtract\": false, \"access\": {\"audience\": \"EXCEPT\", \"countries\": [\"RU\"]}")),
                "Content-Type",
                JSON);
        assertThat(replaced.status()).as(replaced.text()).isEqualTo(400);
        assertThat(replaced.contentType()).startsWith("application/problem+json");
        assertThat(replaced.json().get("errors").findValuesAsString("field")).containsExactly("access");

        ApiClient.Response diffusion = api.post(
                "/api/v1/diffusions",
                fr,
                JSON,
                NoticeBodies.red(byId(personId), ROBBERY, 120, false)
                        .replace("\"type\": \"RED\"", "\"type\": \"WANTED\", \"recipients\": [\"DE\", \"US\"]"));
        assertThat(diffusion.status()).as(diffusion.body()).isEqualTo(400);
        assertThat(diffusion.json().get("errors").findValuesAsString("field")).containsExactly("access");
        assertThat(api.post(
                                "/api/v1/diffusions",
                                fr,
                                JSON,
                                NoticeBodies.red(byId(personId), ROBBERY, 120, false)
                                        .replace("\"type\": \"RED\"", "\"type\": \"WANTED\", \"recipients\": [\"DE\"]"))
                        .status())
                .isEqualTo(201);
    }

    /** The record's owner narrows it to ONLY [IT, DE]. */
    private void narrowToItalyAndGermany(String token, String personId, String name) {
        ApiClient.Reply record = api.exchange(
                "GET", "/api/v1/persons/" + personId, token, java.net.http.HttpRequest.BodyPublishers.noBody());
        String narrowed = """
                {"names": [{"value": "%s", "type": "PRIMARY"}], "sex": "M", "dateOfBirth": "1971-03-02",
                 "nationalities": ["RU"], "access": %s}""".formatted(name, ONLY_IT_DE);
        ApiClient.Reply put = api.exchange(
                "PUT",
                "/api/v1/persons/" + personId,
                token,
                java.net.http.HttpRequest.BodyPublishers.ofString(narrowed),
                "Content-Type",
                JSON,
                "If-Match",
                record.header("ETag"));
        assertThat(put.status()).as(put.text()).isEqualTo(200);
    }

    @Test
    void aRecordNarrowedAfterSubmissionStopsTheApprovalOfItsWiderNotice() {
        String fr = api.bearer("ncb-fr");
        String name = unique("LATEOV");
        String personId = person(fr, name, "{\"audience\": \"ALL\"}");
        String id = created(fr, NoticeBodies.red(byId(personId), ROBBERY, 120, false))
                .get("id")
                .asString();
        assertThat(api.post("/api/v1/notices/" + id + "/submit", fr, JSON, "")
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("SUBMITTED");
        narrowToItalyAndGermany(fr, personId, name);

        ApiClient.Response approved = api.post(
                "/api/v1/notices/" + id + "/review",
                api.bearer("gs"),
                JSON,
                "{\"decision\": \"APPROVE\", \"reason\": \"meets Art. 83\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(409);
        assertThat(approved.contentType()).startsWith("application/problem+json");
        assertThat(approved.body()).contains("ACCESS-WITHIN-SUBJECT");
        assertThat(api.get("/api/v1/notices/" + id, api.bearer("ncb-us")).status())
                .isEqualTo(404);
        assertThat(api.get("/api/v1/notices/" + id, fr).json().get("status").asString())
                .isEqualTo("SUBMITTED");
        assertThat(api.post(
                                "/api/v1/notices/" + id + "/review",
                                api.bearer("gs"),
                                JSON,
                                "{\"decision\": \"RETURN\", \"reason\": \"the record is now restricted\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void publicExtractNeedsTheRecordOwnersConsentAndTheGateFlagsARecordNarrowedSince() {
        String it = api.bearer("ncb-it");
        String fr = api.bearer("ncb-fr");
        String italian = person(it, unique("ITALOV"), "{\"audience\": \"ALL\"}");
        ApiClient.Response notTheirs =
                api.post("/api/v1/notices", fr, JSON, NoticeBodies.red(byId(italian), ROBBERY, 120, true));
        assertThat(notTheirs.status()).as(notTheirs.body()).isEqualTo(400);
        assertThat(notTheirs.json().get("errors").findValuesAsString("field")).containsExactly("publicExtract");
        assertThat(notTheirs.json().get("errors").get(0).get("message").asString())
                .contains("belongs to IT");

        String ownName = unique("OWNOV");
        String own = person(fr, ownName, "{\"audience\": \"ALL\"}");
        String id = created(fr, NoticeBodies.red(byId(own), ROBBERY, 120, true))
                .get("id")
                .asString();
        narrowToItalyAndGermany(fr, own, ownName);

        ApiClient.Response submitted = api.post("/api/v1/notices/" + id + "/submit", fr, JSON, "");
        assertThat(submitted.json().get("status").asString())
                .as(submitted.body())
                .isEqualTo("DRAFT");
        assertThat(submitted.json().get("findings").findValuesAsString("rule"))
                .contains("ACCESS-WITHIN-SUBJECT", "PUBLIC-EXTRACT-SCOPE");
    }

    @Test
    void classifiedNoticeIsHiddenFromViewersWithoutClearance() {
        String body = NoticeBodies.red(unique("SECRETOV"), 120, false)
                .replace(
                        "\"publicExtract\": false",
                        "\"publicExtract\": false, \"access\": {\"classification\": \"CONFIDENTIAL\"}");
        String id = published(body);
        assertThat(api.get("/api/v1/notices/" + id, api.bearer("ncb-de")).status())
                .as("national clients are cleared to RESTRICTED")
                .isEqualTo(404);
        assertThat(ids(api.get("/api/v1/notices?limit=200", api.bearer("ncb-de"))))
                .doesNotContain(id);
        assertThat(api.get("/api/v1/notices/" + id, api.bearer("gs")).status()).isEqualTo(200);
    }

    @Test
    void noticesAreInTheOpenApiDescription() {
        JsonNode paths = api.get("/v3/api-docs", null).json().get("paths");
        assertThat(paths.has("/api/v1/notices")).isTrue();
        assertThat(paths.has("/api/v1/notices/{id}/review")).isTrue();
        assertThat(paths.has("/api/v1/diffusions")).isTrue();
        assertThat(paths.has("/public/v1/notices/{colour}")).isTrue();
    }

    @Test
    void diffusionToGermanyAndItalyIsSeenByThoseTwoOnly() {
        String fr = api.bearer("ncb-fr");
        String body = NoticeBodies.red(unique("DIFFUSOV"), 120, false)
                .replace("\"type\": \"RED\"", "\"type\": \"WANTED\", \"recipients\": [\"DE\", \"IT\"]");
        ApiClient.Response sent = api.post("/api/v1/diffusions", fr, JSON, body);
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        assertThat(sent.json().get("status").asString()).isEqualTo("PUBLISHED");
        String id = sent.json().get("id").asString();

        for (String recipient : List.of("ncb-de", "ncb-it")) {
            String token = api.bearer(recipient);
            assertThat(api.get("/api/v1/diffusions/" + id, token).status()).isEqualTo(200);
            assertThat(ids(api.get("/api/v1/diffusions?limit=200", token))).contains(id);
        }
        String us = api.bearer("ncb-us");
        ApiClient.Response denied = api.get("/api/v1/diffusions/" + id, us);
        String missingId = UUID.randomUUID().toString();
        ApiClient.Response missing = api.get("/api/v1/diffusions/" + missingId, us);
        assertThat(denied.status()).isEqualTo(404);
        assertThat(denied.body().replace(id, "ID")).isEqualTo(missing.body().replace(missingId, "ID"));
        assertThat(api.get("/api/v1/notices/" + id, us).status()).isEqualTo(404);
        assertThat(ids(api.get("/api/v1/diffusions?limit=200", us))).doesNotContain(id);
        assertThat(api.get("/api/v1/diffusions/" + id, api.bearer("gs")).status())
                .isEqualTo(200);
    }

    @Test
    void theGeneralSecretariatReviewsADiffusionAfterItWasSent() {
        String fr = api.bearer("ncb-fr");
        String gs = api.bearer("gs");
        String body = NoticeBodies.red(unique("AFTEROV"), 120, false)
                .replace("\"type\": \"RED\"", "\"type\": \"WANTED\", \"recipients\": [\"DE\"]");
        String confirmed =
                api.post("/api/v1/diffusions", fr, JSON, body).json().get("id").asString();
        String refused = api.post("/api/v1/diffusions", fr, JSON, body.replace("AFTEROV", "AFTEROW"))
                .json()
                .get("id")
                .asString();

        assertThat(api.post(
                                "/api/v1/diffusions/" + confirmed + "/review",
                                gs,
                                JSON,
                                "{\"decision\": \"APPROVE\", \"reason\": \"x\"}")
                        .status())
                .as("a sent diffusion is confirmed or refused, not approved")
                .isEqualTo(400);
        JsonNode ok = api.post(
                        "/api/v1/diffusions/" + confirmed + "/review",
                        gs,
                        JSON,
                        "{\"decision\": \"CONFIRM\", \"reason\": \"compliant\"}")
                .json();
        assertThat(ok.get("status").asString()).isEqualTo("PUBLISHED");
        assertThat(ok.get("history").findValuesAsString("step")).contains("CONFIRM");

        JsonNode no = api.post(
                        "/api/v1/diffusions/" + refused + "/review",
                        gs,
                        JSON,
                        "{\"decision\": \"REFUSE\", \"reason\": \"a private dispute\"}")
                .json();
        assertThat(no.get("status").asString()).isEqualTo("REFUSED");
        assertThat(api.get("/api/v1/diffusions/" + refused, api.bearer("ncb-de"))
                        .status())
                .isEqualTo(404);
        assertThat(probe.committed())
                .contains(new NoticeWithdrawn(
                        refused,
                        no.get("subject").get("personId").asString(),
                        "refused by the General Secretariat: a private dispute"));
        assertThat(api.post(
                                "/api/v1/diffusions/" + confirmed + "/review",
                                api.bearer("ncb-de"),
                                JSON,
                                "{\"decision\": \"REFUSE\", \"reason\": \"x\"}")
                        .status())
                .isEqualTo(403);
    }

    @Test
    void diffusionThatFailsTheGateIsNotSent() {
        String body = NoticeBodies.red(unique("SMALLOV"), 6, false)
                .replace("\"type\": \"RED\"", "\"type\": \"WANTED\", \"recipients\": [\"DE\"]");
        ApiClient.Response sent = api.post("/api/v1/diffusions", api.bearer("ncb-fr"), JSON, body);
        assertThat(sent.json().get("status").asString()).isEqualTo("DRAFT");
        assertThat(sent.json().get("findings").findValuesAsString("rule")).contains("RED-PENALTY-THRESHOLD");
        assertThat(api.get("/api/v1/diffusions/" + sent.json().get("id").asString(), api.bearer("ncb-de"))
                        .status())
                .isEqualTo(404);
    }

    @Test
    void badInputListsEveryFailingRuleAtOnce() {
        String body = """
                {"type": "RED",
                 "subject": {"names": [{"value": "Ivan PETROV"}], "dateOfBirth": "1971-03-02"},
                 "offence": {"maxPenaltyMonths": "10 years", "maxPenaltyYears": 10},
                 "warrant": {"reference": "MA-1", "issuedOn": "2999-01-01"}}""";
        ApiClient.Response response = api.post("/api/v1/notices", api.bearer("ncb-fr"), JSON, body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode errors = response.json().get("errors");
        assertThat(errors.findValuesAsString("field"))
                .contains(
                        "offence.maxPenaltyMonths",
                        "offence.maxPenaltyYears",
                        "offence.summary",
                        "offence.legalProvision",
                        "warrant.authority",
                        "warrant.issuedOn");
        assertThat(errors.findValuesAsString("message"))
                .anyMatch(m -> m.contains("whole number of months") && m.contains("\"10 years\""))
                .anyMatch(m -> m.contains("penalties are given in months"))
                .anyMatch(m -> m.contains("is in the future (2999-01-01)"))
                .anyMatch(m -> m.contains("is required for a Red Notice"));
    }

    @Test
    void article3FlagsQuoteTheTriggeringTextForTheReviewer() {
        String fr = api.bearer("ncb-fr");
        String body = NoticeBodies.red(
                NoticeBodies.person(unique("OPPOSOV")),
                "Publicly insulting the head of state during a rally in the capital on 1 May 2025",
                36,
                false);
        String id = created(fr, body).get("id").asString();
        ApiClient.Response submitted = api.post("/api/v1/notices/" + id + "/submit", fr, JSON, "");
        assertThat(submitted.json().get("status").asString())
                .as("flags do not block")
                .isEqualTo("SUBMITTED");
        JsonNode flag = submitted.json().get("findings").get(0);
        assertThat(flag.get("rule").asString()).isEqualTo("ART3-POLITICAL");
        assertThat(flag.get("severity").asString()).isEqualTo("FLAG");
        assertThat(flag.get("message").asString()).contains("\"Publicly insulting the head of state");

        ApiClient.Response refused = api.post(
                "/api/v1/notices/" + id + "/review",
                api.bearer("gs"),
                JSON,
                "{\"decision\": \"REFUSE\", \"reason\": \"predominantly political (Art. 3)\"}");
        assertThat(refused.json().get("status").asString()).isEqualTo("REFUSED");
        assertThat(refused.json().get("reason").asString()).isEqualTo("predominantly political (Art. 3)");
    }

    @Test
    void everyStepIsAuditedWithItsActorAndReason() {
        String id = published(NoticeBodies.red(unique("AUDITOV"), 120, false));
        api.get("/api/v1/notices/" + id, api.bearer("ncb-de"));
        api.post("/api/v1/notices/" + id + "/cancel", api.bearer("ncb-fr"), JSON, "{\"reason\": \"arrest made\"}");

        List<String> rows = jdbc.queryForList(
                "SELECT actor || ' ' || operation || ' ' || purpose FROM audit_log WHERE object_id = ? ORDER BY seq",
                String.class,
                id);
        assertThat(rows)
                .containsSubsequence(
                        "ncb-fr CREATE notice draft",
                        "ncb-fr SEND notice submit",
                        "ncb-fr REVIEW notice gate passed: no findings",
                        "gs REVIEW notice approve: meets Art. 83",
                        "gs DISCLOSE notice publish: meets Art. 83",
                        "ncb-de READ investigation",
                        "ncb-fr UPDATE notice cancel: arrest made");
        assertThat(api.get("/api/v1/notices/" + id, api.bearer("ncb-de")).status())
                .as("a cancelled notice left circulation")
                .isEqualTo(404);
    }

    @Test
    void expiredNoticeLeavesCirculation() {
        String id = published(NoticeBodies.red(unique("EXPIROV"), 120, true));
        String de = api.bearer("ncb-de");
        assertThat(api.get("/api/v1/notices/" + id, de).status()).isEqualTo(200);

        // Time passes for this notice alone (the other tests' notices stay in circulation): five months to go...
        jdbc.update("UPDATE notices SET expires_at = now() + interval '150 days' WHERE id = ?", id);
        assertThat(workflow.remindDue(Instant.now())).isPositive();
        assertThat(api.get("/api/v1/notices/" + id, de).status())
                .as("still valid")
                .isEqualTo(200);
        // ...then its five years are over.
        jdbc.update("UPDATE notices SET expires_at = now() - interval '1 second' WHERE id = ?", id);
        int expired = workflow.expireDue(Instant.now());

        assertThat(expired).isPositive();
        assertThat(api.get("/api/v1/notices/" + id, de).status()).isEqualTo(404);
        JsonNode own = api.get("/api/v1/notices/" + id, api.bearer("ncb-fr")).json();
        assertThat(own.get("status").asString()).isEqualTo("EXPIRED");
        assertThat(own.get("history").findValuesAsString("step")).contains("RENEWAL_REMINDER", "EXPIRE");
        String personId = own.get("subject").get("personId").asString();
        assertThat(probe.committed())
                .as("screening removes the subject")
                .contains(new NoticeWithdrawn(id, personId, "expired"));
        assertThat(api.get("/public/v1/notices/red/" + id, null).status()).isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE object_id = ? AND actor = 'system' AND purpose LIKE"
                                + " 'notice expire%'",
                        Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void pdfIsOnePageWithTheParticulars() throws Exception {
        String name = unique("PRINTOV");
        String id = published(NoticeBodies.red(name, 120, false));
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                                        "http://localhost:" + port + "/api/v1/notices/" + id + "/pdf"))
                                .header("Authorization", "Bearer " + api.bearer("ncb-de"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("Red Notice", name, "France", "Armed robbery", "MA-2025-0042", "10 years");
            // Kept for a person to look at, beside the browser screenshots.
            java.nio.file.Path dir =
                    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            javax.imageio.ImageIO.write(
                    new org.apache.pdfbox.rendering.PDFRenderer(document).renderImageWithDPI(0, 72),
                    "png",
                    dir.resolve("notice-pdf.png").toFile());
        }
        assertThat(api.get("/api/v1/notices/" + UUID.randomUUID() + "/pdf", api.bearer("ncb-de"))
                        .status())
                .isEqualTo(404);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE object_id = ? AND operation = 'EXPORT'", Long.class, id))
                .isEqualTo(1);
    }

    @Test
    void photoTravelsToThePublicExtractAndThePrintedNotice() throws Exception {
        java.awt.image.BufferedImage image =
                new java.awt.image.BufferedImage(60, 80, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", png);
        String photo = java.util.Base64.getEncoder().encodeToString(png.toByteArray());
        String body = NoticeBodies.red(unique("PHOTOV"), 120, true)
                .replace("\"publicExtract\": true", "\"publicExtract\": true, \"photo\": \"" + photo + "\"");
        String id = published(body);

        JsonNode images =
                api.get("/public/v1/notices/red/" + id + "/images", null).json();
        assertThat(images.get("_embedded")
                        .get("images")
                        .get(0)
                        .get("picture_id")
                        .asString())
                .isEqualTo("1");
        ApiClient.Response picture = api.get("/public/v1/notices/red/" + id + "/images/1", null);
        assertThat(picture.status()).isEqualTo(200);
        assertThat(picture.contentType()).isEqualTo("image/png");
        assertThat(api.get("/api/v1/notices/" + id + "/photo", api.bearer("ncb-de"))
                        .status())
                .isEqualTo(200);

        ApiClient.Response notAnImage = api.post(
                "/api/v1/notices",
                api.bearer("ncb-fr"),
                JSON,
                NoticeBodies.red(unique("PHOTOV"), 120, false)
                        .replace("\"publicExtract\": false", "\"publicExtract\": false, \"photo\": \"aGVsbG8=\""));
        assertThat(notAnImage.status()).isEqualTo(400);
        assertThat(notAnImage.json().get("errors").findValuesAsString("field")).containsExactly("photo");
    }

    @Test
    void publishedSubjectIsFoundByGermanyScreeningAsTheNoticeAndThePerson() {
        String name = unique("SCREENOV");
        String id = published(NoticeBodies.red(name, 120, false));
        String personId = api.get("/api/v1/notices/" + id, api.bearer("ncb-fr"))
                .json()
                .get("subject")
                .get("personId")
                .asString();
        String de = api.bearer("ncb-de");
        String check = "{\"name\": \"" + name + "\", \"dateOfBirth\": \"1971-03-02\"}";
        List<String> matched = eventually(
                () -> api.post("/api/v1/screening/persons", de, JSON, check)
                        .json()
                        .get("matches")
                        .findValuesAsString("recordId"),
                ids -> ids.contains(id) && ids.contains(personId));
        assertThat(matched).contains(id, personId);
    }

    @Test
    void demoModeSeedsNoticesThroughTheWorkflow() {
        assertThat(api.get("/public/v1/notices/red?name=KRAMAREV", null)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        assertThat(api.get("/public/v1/notices/yellow?name=FERRANTE", null)
                        .json()
                        .get("total")
                        .asInt())
                .isEqualTo(1);
        JsonNode queue = api.get("/api/v1/notices?status=SUBMITTED&limit=200", api.bearer("gs"))
                .json();
        assertThat(queue.get("items").findValuesAsString("name")).contains("Tomás ARRIETA");
    }

    @Test
    void expiredNoticeDisappearsFromGermanysScreening() {
        String name = unique("GONEOV");
        String id = published(NoticeBodies.red(name, 120, false));
        String check = "{\"name\": \"" + name + "\", \"dateOfBirth\": \"1971-03-02\"}";
        String de = api.bearer("ncb-de");
        java.util.function.Supplier<List<String>> screened =
                () -> api.post("/api/v1/screening/persons", de, JSON, check)
                        .json()
                        .get("matches")
                        .findValuesAsString("recordId");
        assertThat(eventually(screened, ids -> ids.contains(id)))
                .as("in screening once published")
                .contains(id);

        jdbc.update("UPDATE notices SET expires_at = now() - interval '1 second' WHERE id = ?", id);
        workflow.expireDue(Instant.now());

        assertThat(eventually(screened, ids -> !ids.contains(id)))
                .as("gone from screening once expired")
                .doesNotContain(id);
    }

    /** Screening follows the notices after commit, asynchronously: asks again for up to five seconds. */
    private static <T> T eventually(java.util.function.Supplier<T> call, java.util.function.Predicate<T> done) {
        Instant until = Instant.now().plusSeconds(5);
        T last = call.get();
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

    private static List<String> ids(ApiClient.Response list) {
        assertThat(list.status()).as(list.body()).isEqualTo(200);
        return list.json().get("items").findValuesAsString("id");
    }
}
