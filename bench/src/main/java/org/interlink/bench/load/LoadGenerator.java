package org.interlink.bench.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An open-loop load generator: requests leave at a constant arrival rate whatever the server's answers do, and each
 * latency is measured from when the request was <em>due</em> to leave, so a server that stalls is charged for the
 * requests queued behind the stall (no coordinated omission).
 *
 * <p>It gets a bearer token by client credentials, cycles through the request bodies of an NDJSON file (one JSON body
 * per line: use many distinct bodies, hits and misses), warms up, then measures and prints requests/s, latency
 * percentiles, status counts and the error count. Requests go through {@link HttpConnections}.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.interlink.bench.load.LoadGenerator \
 *   --base http://localhost:8080 --client ncb-de --secret demo \
 *   --path /api/v1/screening/documents --bodies /tmp/document-checks.ndjson \
 *   --rate 2000 --warmup 60 --duration 60 [--purpose "load test"] [--connections 1024]
 * </pre>
 *
 * <p>With {@code --paths FILE} instead of {@code --path} and {@code --bodies}, it sends GET requests, cycling through
 * the paths (with their queries) of the file, one a line; {@code --accept} sets their {@code Accept} header (e.g.
 * TAXII's media type).
 */
public final class LoadGenerator {

    private LoadGenerator() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        String base = options.getOrDefault("base", "http://localhost:8080");
        String paths = options.get("paths");
        String path = paths == null ? required(options, "path") : "";
        List<String> bodies = Files.readAllLines(
                        Path.of(paths == null ? required(options, "bodies") : paths), StandardCharsets.UTF_8)
                .stream()
                .filter(line -> !line.isBlank())
                .toList();
        int rate = Integer.parseInt(options.getOrDefault("rate", "100"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        String purpose = options.getOrDefault("purpose", "load test");
        HttpClient http = httpClient();
        String token =
                token(http, base, options.getOrDefault("client", "ncb-de"), options.getOrDefault("secret", "demo"));
        HttpConnections connections = new HttpConnections(URI.create(base), connections(options));
        String headers = "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nX-Purpose: "
                + purpose + "\r\n" + (options.containsKey("accept") ? "Accept: " + options.get("accept") + "\r\n" : "");
        List<byte[]> encoded =
                bodies.stream().map(b -> b.getBytes(StandardCharsets.UTF_8)).toList();
        IntFunction<HttpConnections.Request> requests = paths != null
                ? i -> HttpConnections.Request.get(bodies.get(i % bodies.size()), headers)
                : i -> HttpConnections.Request.post(path, headers, encoded.get(i % encoded.size()));

        System.out.printf("warming up %d s, rising to %d req/s …%n", warmup, rate);
        System.out.print("warm-up: ");
        ramp(connections, requests, rate, warmup).print(warmup);
        System.out.printf("measuring %d s at %d req/s …%n", duration, rate);
        Result result = run(connections, requests, rate, duration);
        result.print(duration);
    }

    /** The JDK client the generators use outside the measured loop (tokens, set-up): HTTP/1.1, virtual threads. */
    static HttpClient httpClient() {
        return HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor())
                .build();
    }

    /** {@code --connections}: how many connections the generator may hold open (default 1,024). */
    static int connections(Map<String, String> options) {
        return Integer.parseInt(options.getOrDefault("connections", "1024"));
    }

    /**
     * The open loop: request {@code i} is due at {@code start + i / rate} and leaves then, whatever earlier answers
     * did; its latency counts from when it was due (so time spent waiting for a free connection counts too). Shared by
     * every load generator in this package.
     */
    static Result run(HttpConnections http, IntFunction<HttpConnections.Request> requests, int rate, int seconds)
            throws InterruptedException {
        long[] due = new long[rate * seconds];
        long intervalNanos = 1_000_000_000L / rate;
        for (int i = 0; i < due.length; i++) {
            due[i] = i * intervalNanos;
        }
        return http.run(requests, due);
    }

    /**
     * A warm-up: the same open loop, with the rate rising evenly from a tenth of {@code rate} to {@code rate} over
     * {@code seconds}. A server that has just started runs its code interpreted until the JIT has compiled it (on one
     * core that takes 50–60 s, BENCHMARKS.md); meeting it with the full rate measures the backlog of its first seconds
     * for the rest of the run, since an open loop never slows down.
     */
    static Result ramp(HttpConnections http, IntFunction<HttpConnections.Request> requests, int rate, int seconds)
            throws InterruptedException {
        double from = rate / 10.0;
        double slope = (rate - from) / seconds;
        long[] due = new long[(int) ((from + rate) / 2 * seconds)];
        double t = 0;
        for (int i = 0; i < due.length; i++) {
            due[i] = (long) (t * 1e9);
            t += 1 / (from + slope * t);
        }
        return http.run(requests, due);
    }

    /**
     * What one run measured: {@code latencies[i]} is request {@code i}'s, due {@code dueNanos[i]} after the run started
     * at {@code startMillis} (wall clock), so slow requests can be set beside the server's GC log or PostgreSQL's log.
     */
    record Result(
            long[] latencies,
            long[] dueNanos,
            long startMillis,
            long elapsedNanos,
            Map<Integer, AtomicLong> statuses,
            long failures) {

        /**
         * Prints the summary line and, with {@code -Dinterlink.bench.slow-log=FILE}, appends every request slower than
         * {@code -Dinterlink.bench.slow-ms} (default 10) to FILE: wall-clock millis when it was due, its latency in ms.
         */
        void print(int seconds) {
            printSummary();
            String slowLog = System.getProperty("interlink.bench.slow-log");
            if (slowLog != null) {
                long threshold = Long.getLong("interlink.bench.slow-ms", 10) * 1_000_000;
                StringBuilder lines = new StringBuilder();
                for (int i = 0; i < latencies.length; i++) {
                    if (latencies[i] > threshold) {
                        lines.append(startMillis + dueNanos[i] / 1_000_000)
                                .append(' ')
                                .append(String.format("%.2f", latencies[i] / 1e6))
                                .append('\n');
                    }
                }
                try {
                    Files.writeString(
                            Path.of(slowLog),
                            lines,
                            StandardCharsets.UTF_8,
                            StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND);
                } catch (IOException e) {
                    System.out.println("could not write the slow-request log: " + e.getMessage());
                }
            }
        }

        private void printSummary() {
            long[] sorted = latencies.clone();
            Arrays.sort(sorted);
            long errors = failures;
            Map<Integer, Long> byStatus = new TreeMap<>();
            for (Map.Entry<Integer, AtomicLong> e : statuses.entrySet()) {
                byStatus.put(e.getKey(), e.getValue().get());
                if (e.getKey() >= 400) {
                    errors += e.getValue().get();
                }
            }
            System.out.printf(
                    "requests %d in %.1f s = %.0f req/s; latency p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms,"
                            + " max %.2f ms; statuses %s; errors %d%n",
                    sorted.length,
                    elapsedNanos / 1e9,
                    sorted.length / (elapsedNanos / 1e9),
                    percentileMillis(sorted, 0.50),
                    percentileMillis(sorted, 0.90),
                    percentileMillis(sorted, 0.99),
                    percentileMillis(sorted, 0.999),
                    sorted[sorted.length - 1] / 1e6,
                    byStatus,
                    errors);
        }
    }

    /** The {@code p} percentile, in milliseconds, of latencies in nanoseconds sorted ascending (nearest rank). */
    static double percentileMillis(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    static String token(HttpClient http, String base, String client, String secret)
            throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(base + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher matcher =
                Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value pairs, got " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }
}
