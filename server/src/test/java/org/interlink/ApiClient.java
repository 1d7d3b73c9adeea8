package org.interlink;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A national system calling the API over real HTTP: gets a token by client credentials, then sends requests. */
public final class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    public ApiClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public record Response(int status, String contentType, String body) {
        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    public Response token(String clientId, String secret) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
    }

    /**
     * A bearer token for a demo client (secret {@code demo}), kept for the rest of the run like a real client keeps
     * its token until it expires (30 minutes, longer than the suite): the token endpoint limits requests per client
     * and per address, and every test here sends from 127.0.0.1. A test that needs a token of its own (to revoke it)
     * asks {@link #token} for one.
     */
    public String bearer(String clientId) {
        return TOKENS.computeIfAbsent(base + " " + clientId, key -> {
            Response response = token(clientId, "demo");
            if (response.status() != 200) {
                throw new IllegalStateException("no token for " + clientId + ": " + response);
            }
            return response.json().get("access_token").asString();
        });
    }

    public Response get(String path, String token) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public Response post(String path, String token, String contentType, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    public Response delete(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .DELETE());
    }

    /** An answer with its headers and raw bytes (downloads, {@code Location}, {@code Idempotent-Replayed}). */
    public record Reply(int status, java.net.http.HttpHeaders headers, byte[] bytes) {
        public String header(String name) {
            return headers.firstValue(name).orElse("");
        }

        public String contentType() {
            return header("Content-Type");
        }

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(bytes);
        }
    }

    /** Any request, with extra headers (name, value, name, value, ...). */
    public Reply exchange(String method, String path, String token, HttpRequest.BodyPublisher body, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).method(method, body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Reply getReply(String path, String token, String... headers) {
        return exchange("GET", path, token, HttpRequest.BodyPublishers.noBody(), headers);
    }

    public Reply postJson(String path, String token, String json, String... headers) {
        String[] all = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("Content-Type", "application/json"),
                        java.util.Arrays.stream(headers))
                .toArray(String[]::new);
        return exchange("POST", path, token, HttpRequest.BodyPublishers.ofString(json), all);
    }

    public Reply postMultipart(String path, String token, Multipart body, String... headers) {
        String[] all = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("Content-Type", body.contentType()),
                        java.util.Arrays.stream(headers))
                .toArray(String[]::new);
        return exchange("POST", path, token, HttpRequest.BodyPublishers.ofByteArray(body.bytes()), all);
    }

    /** A {@code multipart/form-data} body built part by part. */
    public static final class Multipart {
        private final String boundary = "interlink-" + java.util.UUID.randomUUID();
        private final java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

        public Multipart json(String name, String json) {
            return part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public Multipart text(String name, String value) {
            return part(name, null, "text/plain; charset=UTF-8", value.getBytes(StandardCharsets.UTF_8));
        }

        public Multipart file(String name, String fileName, String contentType, byte[] content) {
            return part(name, fileName, contentType, content);
        }

        private Multipart part(String name, String fileName, String contentType, byte[] content) {
            String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                    + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: "
                    + contentType + "\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        public byte[] bytes() {
            java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream(out.size() + 64);
            all.writeBytes(out.toByteArray());
            all.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
