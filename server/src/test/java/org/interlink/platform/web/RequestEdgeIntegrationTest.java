package org.interlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Each input the fuzzer ({@link ApiFuzzIntegrationTest}) once turned into a 500 or a bare error, kept as a named
 * regression: the answer is a 400 (or 404) {@code application/problem+json} naming the field.
 */
@IntegrationTest
class RequestEdgeIntegrationTest {

    @LocalServerPort
    int port;

    ApiClient api;
    String token;

    @BeforeEach
    void client() {
        api = new ApiClient(port);
        token = api.bearer("ncb-fr");
    }

    @Test
    void invalidUtf8InAQueryStringNamesTheParameter() {
        assertInvalid(api.getReply("/public/v1/notices/red?name=%C3%28", null), "name");
        assertInvalid(api.getReply("/api/v1/countries?q=%FF", token), "q");
    }

    @Test
    void aBadEscapeInAQueryStringNamesTheParameter() {
        // Sent over a raw socket: java.net.URI refuses to build such a request.
        ApiFuzzIntegrationTest.Answer bad = ApiFuzzIntegrationTest.send(
                port,
                new ApiFuzzIntegrationTest.Sent("GET", "/api/v1/countries?q=%zz", null, null, "bad escape"),
                token);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.body()).contains("\"field\":\"q\"");
        assertInvalid(api.getReply("/api/v1/notices?type=%C0%AF", token), "type");
    }

    @Test
    void aNulCharacterInAQueryStringIsRefusedBeforeTheDatabase() {
        assertInvalid(api.getReply("/api/v1/messages?q=a%00b", token), "q");
        assertInvalid(api.getReply("/api/v1/persons?q=a%00b", token), "q");
    }

    @Test
    void aNulCharacterInABodyIsRefusedNamingTheField() {
        String hit = firstId("/api/v1/hits");
        assertInvalid(
                api.postJson("/api/v1/hits/" + hit + "/confirm", token, "{\"actionTaken\": \"held\\u0000\"}"),
                "actionTaken");
        assertInvalid(api.postJson("/api/v1/screening/persons", token, "{\"name\": \"Ann\\u0000\"}"), "name");
    }

    @Test
    void aReviewWithObjectsForTextFieldsNamesTheField() {
        String person = firstId("/api/v1/persons");
        assertInvalid(
                api.postJson("/api/v1/persons/" + person + "/review", token, "{\"reviewBy\": {\"x\": 1}}"), "reviewBy");
        assertInvalid(
                api.postJson(
                        "/api/v1/persons/" + person + "/review",
                        token,
                        "{\"reviewBy\": \"2099-01-01\", \"reason\": {\"x\": 1}}"),
                "reason");
    }

    @Test
    void aFormBodyWithABadEscapeNamesTheBody() {
        ApiClient.Reply put = api.exchange(
                "PUT",
                "/api/v1/notices/1",
                token,
                HttpRequest.BodyPublishers.ofString("a=%zz"),
                "Content-Type",
                "application/x-www-form-urlencoded");
        assertThat(put.status()).isBetween(400, 499);
        assertThat(put.contentType()).startsWith("application/problem+json");
        assertInvalid(
                api.exchange(
                        "POST",
                        "/api/v1/screening/persons",
                        token,
                        HttpRequest.BodyPublishers.ofString("a=%zz"),
                        "Content-Type",
                        "application/x-www-form-urlencoded"),
                "body");
    }

    @Test
    void whatTomcatRefusesItselfIsProblemJson() {
        ApiClient.Reply nul = api.getReply("/api/v1/persons/%00", token);
        assertInvalid(nul, "request");
        ApiClient.Reply huge = api.getReply("/api/v1/countries?q=" + "x".repeat(20_000), token);
        assertThat(huge.status()).isBetween(400, 499);
        assertThat(huge.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aPublicPathThatDoesNotExistIsProblemJson() {
        ApiClient.Reply missing = api.getReply("/public/v1/notices/-1", null, "Accept", "application/json");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        assertThat(missing.json().get("title").asString()).isEqualTo("Not Found");
    }

    @Test
    void aRefusedTokenRequestNamesTheFormFieldBesideTheOAuthCode() {
        ApiClient.Reply refused = api.exchange(
                "POST",
                "/oauth2/token",
                null,
                HttpRequest.BodyPublishers.ofString("grant_type=password"),
                "Content-Type",
                "application/x-www-form-urlencoded",
                "Authorization",
                "Basic " + java.util.Base64.getEncoder().encodeToString("ncb-fr:demo".getBytes()));
        assertInvalid(refused, "grant_type");
        assertThat(refused.json().get("error").asString()).isEqualTo("unsupported_grant_type");
    }

    /** The first item the list answers the token's client, or "1" when it is empty. */
    private String firstId(String list) {
        return api.get(list + "?limit=1", token)
                .json()
                .path("items")
                .path(0)
                .path("id")
                .asString("1");
    }

    private static void assertInvalid(ApiClient.Reply reply, String field) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
