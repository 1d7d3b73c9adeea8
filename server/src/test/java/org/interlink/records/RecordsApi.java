package org.interlink.records;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import org.interlink.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The records API over real HTTP as a national system calls it: bearer tokens per bureau, any method and header. */
final class RecordsApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newHttpClient();
    private final ApiClient client;
    private final String base;
    private final Map<String, String> tokens = new HashMap<>();

    RecordsApi(int port) {
        this.client = new ApiClient(port);
        this.base = "http://localhost:" + port;
    }

    record Response(int status, String contentType, String body, String etag, String location) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /** The bearer token of a bureau's demo client ({@code FR} → {@code ncb-fr}, {@code GS} → {@code gs}). */
    String token(String bureau) {
        return tokens.computeIfAbsent(
                bureau, b -> client.bearer(b.equals("GS") ? "gs" : "ncb-" + b.toLowerCase(java.util.Locale.ROOT)));
    }

    Response get(String bureau, String path) {
        return send(bureau, "GET", path, null, null, Map.of());
    }

    Response post(String bureau, String path, String json) {
        return send(
                bureau,
                "POST",
                path,
                "application/json",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                Map.of());
    }

    Response put(String bureau, String path, String json, Map<String, String> headers) {
        return send(
                bureau,
                "PUT",
                path,
                "application/json",
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                headers);
    }

    Response delete(String bureau, String path) {
        return send(bureau, "DELETE", path, null, null, Map.of());
    }

    Response send(
            String bureau, String method, String path, String contentType, byte[] body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(
                        method,
                        body == null
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofByteArray(body));
        if (bureau != null) {
            request.header("Authorization", "Bearer " + token(bureau));
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach(request::header);
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body(),
                    response.headers().firstValue("ETag").orElse(null),
                    response.headers().firstValue("Location").orElse(null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
