package org.interlink.bench.load;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;

/**
 * The HTTP ceiling baseline of ../shared/design/BENCHMARKS.md: a bare JDK {@code HttpServer} on virtual threads that
 * reads each request's body and answers a constant JSON, with no framework, database, authentication or audit. Its
 * latency under the same generator and rate is the floor no Interlink endpoint can go below on this machine.
 *
 * <p>{@code POST /oauth2/token} answers a constant token, so the generators that authenticate first run unchanged.
 *
 * <pre>
 * taskset -c 0 java -cp bench/target/benchmarks.jar org.interlink.bench.load.BareServer 18099
 * taskset -c 1 java -cp bench/target/benchmarks.jar org.interlink.bench.load.LoadGenerator --base http://localhost:18099 \
 *   --path /api/v1/screening/documents --bodies checks.ndjson --rate 2000 --warmup 60 --duration 60
 * </pre>
 */
public final class BareServer {

    private static final byte[] TOKEN = "{\"access_token\":\"bare\",\"token_type\":\"Bearer\",\"expires_in\":3600}"
            .getBytes(StandardCharsets.UTF_8);
    private static final byte[] ANSWER = "{\"result\":\"NO_HIT\",\"matches\":[]}".getBytes(StandardCharsets.UTF_8);

    private BareServer() {}

    public static void main(String[] args) throws IOException {
        int port = args.length > 0 ? Integer.parseInt(args[0]) : 18099;
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", port), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", BareServer::answer);
        server.start();
        System.out.println("bare server on port " + port);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (InputStream body = exchange.getRequestBody()) {
            body.transferTo(OutputStream.nullOutputStream());
        }
        byte[] answer = exchange.getRequestURI().getPath().equals("/oauth2/token") ? TOKEN : ANSWER;
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }
}
