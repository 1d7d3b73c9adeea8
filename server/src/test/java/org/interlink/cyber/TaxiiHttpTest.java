package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The TAXII HTTP client against a real HTTP server: retries, limits while reading, timeouts and OAuth2 tokens. */
class TaxiiHttpTest {

    private static final Feed.Auth NONE = new Feed.Auth(Feed.AuthType.NONE, null, null, null);

    HttpServer server;
    final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    static TaxiiHttp client(int maxBytes) {
        return new TaxiiHttp(Duration.ofMillis(500), 3, Duration.ofMillis(10), maxBytes);
    }

    static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Test
    void aServerErrorIsRetriedWithBackoffUntilItAnswers() throws Exception {
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/flaky", exchange -> {
            if (calls.incrementAndGet() < 3) {
                send(exchange, 503, "busy");
            } else {
                send(exchange, 200, "{\"more\":false}");
            }
        });
        TaxiiHttp.Answer answer = client(1000).get(uri("/flaky"), NONE, null);
        assertThat(answer.body().get("more").asBoolean()).isFalse();
        assertThat(calls).hasValue(3);
    }

    @Test
    void aServerErrorThatLastsFailsAfterTheLastAttemptNamingTheStatus() {
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/down", exchange -> {
            calls.incrementAndGet();
            send(exchange, 502, "bad gateway");
        });
        assertThatThrownBy(() -> client(1000).get(uri("/down"), NONE, null))
                .isInstanceOf(TaxiiHttp.RemoteException.class)
                .hasMessageContaining("HTTP 502")
                .hasMessageContaining("bad gateway");
        assertThat(calls).hasValue(3);
    }

    @Test
    void aBodyOverTheLimitIsRefusedOnItsDeclaredLengthAndCutOffWhenUndeclared() {
        AtomicInteger calls = new AtomicInteger();
        server.createContext("/declared", exchange -> {
            calls.incrementAndGet();
            send(exchange, 200, "{\"objects\":[\"" + "x".repeat(5000) + "\"]}");
        });
        server.createContext("/chunked", exchange -> {
            calls.incrementAndGet();
            exchange.sendResponseHeaders(200, 0); // chunked: no length announced
            try (OutputStream out = exchange.getResponseBody()) {
                out.write("{\"objects\":[\"".getBytes(StandardCharsets.UTF_8));
                for (int i = 0; i < 10_000; i++) {
                    out.write(new byte[1024]); // 10 MB the client never keeps
                }
            } catch (IOException closedByTheClient) {
                // expected: the client stops reading at its limit
            }
        });
        assertThatThrownBy(() -> client(1000).get(uri("/declared"), NONE, null))
                .hasMessageContaining("more than the limit of 1000");
        assertThatThrownBy(() -> client(1000).get(uri("/chunked"), NONE, null)).hasMessageContaining("over 1000 bytes");
        assertThat(calls).hasValue(2); // not retried: the same request brings the same
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        server.createContext("/silent", exchange -> {
            try {
                Thread.sleep(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            send(exchange, 200, "{}");
        });
        TaxiiHttp once = new TaxiiHttp(Duration.ofMillis(200), 1, Duration.ofMillis(10), 1000);
        assertThatThrownBy(() -> once.get(uri("/silent"), NONE, null))
                .isInstanceOf(TaxiiHttp.RemoteException.class)
                .hasMessageStartingWith("timeout");
    }

    @Test
    void anOAuth2TokenIsFetchedOnceKeptAndRenewedAfterA401() throws Exception {
        AtomicInteger issued = new AtomicInteger();
        server.createContext("/token", exchange -> {
            seen.add("token " + exchange.getRequestHeaders().getFirst("Authorization") + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            send(exchange, 200, "{\"access_token\":\"t" + issued.incrementAndGet() + "\",\"expires_in\":1800}");
        });
        server.createContext("/objects", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            seen.add("objects " + authorization);
            send(exchange, "Bearer t1".equals(authorization) && seen.size() > 3 ? 401 : 200, "{}");
        });
        Feed.Auth auth = new Feed.Auth(Feed.AuthType.OAUTH2, uri("/token"), "ncb-fr", null);
        TaxiiHttp http = client(1000);
        http.get(uri("/objects"), auth, "demo");
        http.get(uri("/objects"), auth, "demo");
        http.get(uri("/objects"), auth, "demo"); // t1 refused now: a new token, the request again
        String basic = java.util.Base64.getEncoder().encodeToString("ncb-fr:demo".getBytes(StandardCharsets.UTF_8));
        assertThat(seen)
                .containsExactly(
                        "token Basic " + basic + " grant_type=client_credentials",
                        "objects Bearer t1",
                        "objects Bearer t1",
                        "objects Bearer t1",
                        "token Basic " + basic + " grant_type=client_credentials",
                        "objects Bearer t2");
    }

    @Test
    void aRefusedTokenIsNamed() {
        server.createContext("/token", exchange -> send(exchange, 401, "{\"error\":\"invalid_client\"}"));
        Feed.Auth auth = new Feed.Auth(Feed.AuthType.OAUTH2, uri("/token"), "ncb-fr", null);
        assertThatThrownBy(() -> client(1000).get(uri("/objects"), auth, "wrong"))
                .hasMessageContaining("token refused: HTTP 401")
                .hasMessageContaining("invalid_client");
    }

    @Test
    void aTokenIsNotLentToTheSameClientWithAnotherSecret() throws Exception {
        server.createContext("/token", exchange -> {
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String good = "Basic "
                    + java.util.Base64.getEncoder().encodeToString("ncb-ca:demo".getBytes(StandardCharsets.UTF_8));
            send(
                    exchange,
                    good.equals(authorization) ? 200 : 401,
                    good.equals(authorization) ? "{\"access_token\":\"t\",\"expires_in\":1800}" : "{}");
        });
        server.createContext("/objects", exchange -> send(exchange, 200, "{}"));
        Feed.Auth auth = new Feed.Auth(Feed.AuthType.OAUTH2, uri("/token"), "ncb-ca", null);
        TaxiiHttp http = client(1000);
        http.get(uri("/objects"), auth, "demo");
        assertThatThrownBy(() -> http.get(uri("/objects"), auth, "wrong")).hasMessageContaining("token refused");
    }
}
