package org.interlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** {@code /v3/api-docs} documents every operation's errors as problem+json and the media types it really uses. */
@IntegrationTest
class OpenApiDocumentIntegrationTest {

    private static final String PROBLEM_REF = "#/components/schemas/ProblemDetail";

    @LocalServerPort
    int port;

    JsonNode doc;

    @BeforeEach
    void read() {
        doc = new ApiClient(port).get("/v3/api-docs", null).json();
    }

    @Test
    void everyOperationDocumentsItsErrorsAsProblemJson() {
        assertThat(doc.at("/components/schemas/ProblemDetail/properties/errors/items/properties/field")
                        .isMissingNode())
                .isFalse();
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                List<String> codes = new ArrayList<>(List.of("400", "404", "503"));
                if (path.getKey().startsWith("/api/")) {
                    codes.addAll(List.of("401", "403"));
                }
                if (!op.getKey().equals("get")) {
                    codes.add("409");
                }
                if (op.getValue().has("requestBody")) {
                    codes.add("413");
                }
                for (String code : codes) {
                    JsonNode schema = op.getValue()
                            .path("responses")
                            .path(code)
                            .path("content")
                            .path("application/problem+json")
                            .path("schema");
                    if (!PROBLEM_REF.equals(schema.path("$ref").asString(""))) {
                        missing.add(op.getKey() + " " + path.getKey() + " " + code);
                    }
                }
            }
        }
        assertThat(missing).as("errors not documented as problem+json").isEmpty();
        assertThat(operation("put", "/api/v1/{collection}/{id}")
                        .path("responses")
                        .has("412"))
                .isTrue();
        assertThat(operation("put", "/api/v1/{collection}/{id}")
                        .path("responses")
                        .has("428"))
                .isTrue();
        assertThat(operation("get", "/public/v1/notices/{colour}")
                        .path("responses")
                        .has("429"))
                .isTrue();
    }

    @Test
    void noOperationAnswersOrTakesAWildcardMediaType() {
        assertThat(doc.get("paths").toString()).doesNotContain("\"*/*\"");
        assertThat(doc.get("paths").has("/api/**"))
                .as("the 404 fallback is not an operation")
                .isFalse();
    }

    @Test
    void operationsNameTheirRealMediaTypes() {
        assertThat(content(operation("get", "/api/v1/countries").at("/responses/200")))
                .containsExactly("application/json");
        assertThat(content(operation("get", "/api/v1/notices/{id}/pdf").at("/responses/200")))
                .containsExactly("application/pdf");
        assertThat(content(operation("get", "/api/v1/{collection}/export").at("/responses/200")))
                .containsExactly("application/x-ndjson");
        assertThat(content(
                        operation("get", "/api/v1/{collection}/{id}/photos/{n}").at("/responses/200")))
                .contains("image/jpeg", "image/png");
        assertThat(content(operation("post", "/api/v1/imports/{collection}").path("requestBody")))
                .containsExactly("application/x-ndjson");
        assertThat(content(operation("post", "/api/v1/imports/un-consolidated").path("requestBody")))
                .containsExactly("application/xml");
        assertThat(content(operation("post", "/api/v1/{collection}").path("requestBody")))
                .containsExactly("application/json");
        assertThat(content(operation("post", "/api/v1/{collection}/{id}/photos").path("requestBody")))
                .contains("image/jpeg", "image/png");
        assertThat(content(operation("post", "/api/v1/messages").path("requestBody")))
                .contains("application/json", "multipart/form-data");
        assertThat(operation("post", "/api/v1/imports/{collection}")
                        .at("/parameters/0/schema/enum")
                        .toString())
                .isEqualTo("[\"persons\",\"documents\",\"vehicles\"]");
    }

    private JsonNode operation(String method, String path) {
        JsonNode op = doc.path("paths").path(path).path(method);
        assertThat(op.isMissingNode()).as(method + " " + path).isFalse();
        return op;
    }

    private static List<String> content(JsonNode node) {
        List<String> types = new ArrayList<>();
        node.path("content").properties().forEach(e -> types.add(e.getKey()));
        return types;
    }
}
