package org.interlink.cyber;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TAXII 2.1 collection served by the JDK's HTTP server from recorded objects: {@code added_after}, pages of {@code
 * pageSize} whatever the {@code limit} (a server may answer fewer), {@code next}, {@code more}, the {@code
 * X-TAXII-Date-Added-First/Last} headers, or a scripted failure. Every request is kept for the test to read.
 */
final class RecordedCollection implements AutoCloseable {

    /** A request as the collection received it. */
    record Request(String path, Map<String, String> query, String accept, String authorization) {}

    private record Added(String dateAdded, String object) {}

    private final HttpServer server;
    private final List<Added> objects = new CopyOnWriteArrayList<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final int pageSize;
    private volatile int failWith;
    private volatile String failBody = "";
    private Instant clock = Instant.parse("2026-12-01T10:00:00.123456Z");

    RecordedCollection(int pageSize) throws IOException {
        this.pageSize = pageSize;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api1/collections/recorded/objects/", this::objects);
        server.start();
    }

    String apiRoot() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/api1/";
    }

    /** Adds objects, each two minutes after the last (beyond the client's overlap of one minute). */
    synchronized void add(String... stix) {
        for (String object : stix) {
            clock = clock.plusSeconds(120);
            objects.add(new Added(clock.toString(), object));
        }
    }

    String lastDateAdded() {
        return objects.getLast().dateAdded();
    }

    /** From now on every request answers this status with this body; 0 answers normally again. */
    void fail(int status, String body) {
        failBody = body;
        failWith = status;
    }

    List<Request> requests() {
        return requests;
    }

    private void objects(HttpExchange exchange) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        requests.add(new Request(
                exchange.getRequestURI().getPath(),
                query,
                String.valueOf(exchange.getRequestHeaders().getFirst("Accept")),
                String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"))));
        if (failWith != 0) {
            send(exchange, failWith, failBody, Map.of());
            return;
        }
        String after = query.get("added_after");
        List<Added> matching = new ArrayList<>();
        for (Added added : objects) {
            if (after == null || Instant.parse(added.dateAdded()).isAfter(Instant.parse(after))) {
                matching.add(added);
            }
        }
        int from = Integer.parseInt(query.getOrDefault("next", "0"));
        List<Added> page =
                matching.subList(Math.min(from, matching.size()), Math.min(from + pageSize, matching.size()));
        boolean more = from + pageSize < matching.size();
        StringBuilder body = new StringBuilder("{\"more\":").append(more);
        if (more) {
            body.append(",\"next\":\"").append(from + pageSize).append('"');
        }
        Map<String, String> headers = new HashMap<>();
        if (!page.isEmpty()) {
            body.append(",\"objects\":[");
            for (int i = 0; i < page.size(); i++) {
                body.append(i == 0 ? "" : ",").append(page.get(i).object());
            }
            body.append(']');
            headers.put("X-TAXII-Date-Added-First", page.getFirst().dateAdded());
            headers.put("X-TAXII-Date-Added-Last", page.getLast().dateAdded());
        }
        send(exchange, 200, body.append('}').toString(), headers);
    }

    private static void send(HttpExchange exchange, int status, String body, Map<String, String> headers)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", TaxiiHttp.MEDIA_TYPE);
        headers.forEach(exchange.getResponseHeaders()::set);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                query.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return query;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
