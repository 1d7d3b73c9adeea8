package org.interlink.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The load generators' client against the JDK's HTTP server: framing, keep-alive, and the open loop's counts. */
class HttpConnectionsTest {

    private HttpServer server;
    private final Set<Object> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger bodiesSeen = new AtomicInteger();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/fixed", exchange -> {
            connections.add(exchange.getRemoteAddress());
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (new String(body, StandardCharsets.UTF_8).equals("{\"n\":1}")) {
                bodiesSeen.incrementAndGet();
            }
            answer(exchange, 200, "x".repeat(5000).getBytes(StandardCharsets.UTF_8), false);
        });
        server.createContext("/chunked", exchange -> {
            connections.add(exchange.getRemoteAddress());
            answer(exchange, 404, "y".repeat(70_000).getBytes(StandardCharsets.UTF_8), true);
        });
        server.createContext("/echo-length", exchange -> {
            connections.add(exchange.getRemoteAddress());
            byte[] body = exchange.getRequestBody().readAllBytes();
            answer(exchange, 200, String.valueOf(body.length).getBytes(StandardCharsets.UTF_8), false);
        });
        server.createContext("/slow", exchange -> {
            connections.add(exchange.getRemoteAddress());
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            answer(exchange, 200, "z".getBytes(StandardCharsets.UTF_8), false);
        });
        server.createContext("/close", exchange -> {
            exchange.getResponseHeaders().add("Connection", "close");
            answer(exchange, 503, "busy".getBytes(StandardCharsets.UTF_8), false);
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void readsFixedAndChunkedAnswersOnOneKeptAliveConnection() throws Exception {
        HttpConnections http = new HttpConnections(base(), 1);
        for (int i = 0; i < 3; i++) {
            assertThat(http.send(
                            HttpConnections.Request.post("/fixed", "", "{\"n\":1}".getBytes(StandardCharsets.UTF_8))))
                    .isEqualTo(200);
            assertThat(http.send(HttpConnections.Request.get("/chunked?i=" + i, "Accept: */*\r\n")))
                    .isEqualTo(404);
        }
        assertThat(bodiesSeen).hasValue(3);
        assertThat(connections).hasSize(1);
    }

    @Test
    void opensANewConnectionAfterTheServerClosedOne() throws Exception {
        HttpConnections http = new HttpConnections(base(), 1);
        assertThat(http.send(HttpConnections.Request.get("/close", ""))).isEqualTo(503);
        assertThat(http.send(HttpConnections.Request.get("/close", ""))).isEqualTo(503);
        assertThat(http.send(HttpConnections.Request.get("/fixed", ""))).isEqualTo(200);
    }

    @Test
    void theOpenLoopSendsEveryRequestAndCountsStatusesAndFailures() throws Exception {
        HttpConnections http = new HttpConnections(base(), 8);
        IntFunction<HttpConnections.Request> requests =
                i -> HttpConnections.Request.get(i % 2 == 0 ? "/fixed" : "/chunked", "");
        LoadGenerator.Result result = LoadGenerator.run(http, requests, 200, 1);
        assertThat(result.latencies()).hasSize(200);
        assertThat(result.statuses().get(200)).hasValue(100);
        assertThat(result.statuses().get(404)).hasValue(100);
        assertThat(result.failures()).isZero();

        HttpConnections nobody = new HttpConnections(URI.create("http://127.0.0.1:1"), 4);
        assertThat(LoadGenerator.run(nobody, requests, 50, 1).failures()).isEqualTo(50);
    }

    @Test
    void sendsABodyLargerThanTheSocketBufferWhole() throws Exception {
        HttpConnections http = new HttpConnections(base(), 2);
        byte[] large = new byte[8 * 1024 * 1024];
        LoadGenerator.Result result =
                LoadGenerator.run(http, i -> HttpConnections.Request.post("/echo-length", "", large), 4, 1);
        assertThat(result.failures()).isZero();
        assertThat(result.statuses().get(200)).hasValue(4);
    }

    @Test
    void requestsWaitForAFreeConnectionAndTheirWaitCounts() throws Exception {
        HttpConnections http = new HttpConnections(base(), 1);
        // 40 requests due within a second, each answered after 50 ms on the one connection allowed: two seconds
        LoadGenerator.Result result = LoadGenerator.run(http, i -> HttpConnections.Request.get("/slow", ""), 40, 1);
        assertThat(result.statuses().get(200)).hasValue(40);
        assertThat(connections).hasSize(1);
        long[] sorted = result.latencies().clone();
        Arrays.sort(sorted);
        assertThat(sorted[sorted.length - 1]).isGreaterThan(900_000_000L); // the last waited behind 39 others
    }

    @Test
    void anAnswerThatIsNotHttpFailsItsRequest() throws Exception {
        try (ServerSocket garbage = replyingOnceAndClosing("SSH-2.0-OpenSSH\r\n\r\n", new AtomicInteger())) {
            HttpConnections http = new HttpConnections(URI.create("http://127.0.0.1:" + garbage.getLocalPort()), 4);
            LoadGenerator.Result result = LoadGenerator.run(http, i -> HttpConnections.Request.get("/", ""), 10, 1);
            assertThat(result.failures()).isEqualTo(10);
        }
    }

    @Test
    void aKeptAliveConnectionTheServerClosedWhileIdleIsNotUsedAgainAndLosesNoRequest() throws Exception {
        // Like the JDK's HttpServer past its idle limit: the answer promises keep-alive, then the socket closes.
        AtomicInteger requests = new AtomicInteger();
        try (ServerSocket closing = replyingOnceAndClosing("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx", requests)) {
            HttpConnections http = new HttpConnections(URI.create("http://127.0.0.1:" + closing.getLocalPort()), 2);
            LoadGenerator.Result result = LoadGenerator.run(http, i -> HttpConnections.Request.get("/", ""), 100, 1);
            assertThat(result.failures()).isZero();
            assertThat(result.statuses().get(200)).hasValue(100);
            assertThat(requests).hasValue(100);
        }
    }

    @Test
    void theWarmUpRampRisesFromATenthToTheFullRate() throws Exception {
        HttpConnections http = new HttpConnections(base(), 8);
        LoadGenerator.Result result = LoadGenerator.ramp(http, i -> HttpConnections.Request.get("/fixed", ""), 400, 1);
        // (40 + 400) / 2 per second for one second
        assertThat(result.latencies()).hasSize(220);
        assertThat(result.statuses().get(200)).hasValue(220);
    }

    /**
     * A raw server that, on each connection it accepts, reads a request (counted in {@code requests}), writes {@code
     * reply} and closes the connection, whatever the reply says. Each connection has its own thread: the client may
     * open a connection it then has no request for, and a server serving one connection at a time would wait on that
     * one while the next request sat unaccepted.
     */
    private static ServerSocket replyingOnceAndClosing(String reply, AtomicInteger requests) throws IOException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(() -> {
            while (!server.isClosed()) {
                Socket accepted;
                try {
                    accepted = server.accept();
                } catch (IOException e) {
                    return;
                }
                Thread.ofVirtual().start(() -> {
                    try (Socket socket = accepted) {
                        if (socket.getInputStream().read(new byte[1024]) > 0) {
                            requests.incrementAndGet();
                            socket.getOutputStream().write(reply.getBytes(StandardCharsets.US_ASCII));
                        }
                    } catch (IOException e) {
                        // the client went away: nothing to answer
                    }
                });
            }
        });
        return server;
    }

    private URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, byte[] body, boolean chunked)
            throws IOException {
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
