package org.interlink.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * Document checks on an idle server, then the same checks while {@code --senders} clients send wrong secrets to
 * {@code /oauth2/token} as fast as they get answers (closed loop, no credentials), in one run against one server: the
 * first phase is the baseline of the second. Prints each phase's summary (open loop, as {@link LoadGenerator}), the
 * senders' statuses and latency, and the ratio of the checks' p50 and p99 under attack to idle (issue "Security that
 * holds under attack": p50 within 2× of idle).
 *
 * <p>Each wrong-secret request names one of {@code --targets} (client ids, cycled; real ones lock after five failures,
 * unknown ones cost no hash) with a fresh random secret. The checks' token is taken before the senders start.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.interlink.bench.load.WrongSecretLoad \
 *   --base http://localhost:8080 --client ncb-de --secret demo \
 *   --bodies /tmp/document-checks.ndjson --rate 200 --warmup 10 --duration 30 \
 *   --senders 16 [--targets ncb-fr,ncb-it,…]
 * </pre>
 */
public final class WrongSecretLoad {

    private static final String PATH = "/api/v1/screening/documents";

    private WrongSecretLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadGenerator.options(args);
        String base = options.getOrDefault("base", "http://localhost:8080");
        List<byte[]> bodies =
                Files.readAllLines(Path.of(LoadGenerator.required(options, "bodies")), StandardCharsets.UTF_8).stream()
                        .filter(line -> !line.isBlank())
                        .map(line -> line.getBytes(StandardCharsets.UTF_8))
                        .toList();
        int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        int senders = Integer.parseInt(options.getOrDefault("senders", "16"));
        if (senders < 1 || senders > Senders.MAX) {
            throw new IllegalArgumentException("--senders must be 1 to " + Senders.MAX);
        }
        List<String> targets = List.of(options.getOrDefault(
                        "targets",
                        "ncb-fr,ncb-it,ncb-es,ncb-nl,ncb-pl,ncb-pt,ncb-gr,ncb-at,"
                                + "ncb-be,ncb-se,ncb-fi,ncb-dk,ncb-ie,ncb-cz,ncb-hu,ncb-ro")
                .split(","));

        HttpClient http = LoadGenerator.httpClient();
        String token = LoadGenerator.token(
                http, base, options.getOrDefault("client", "ncb-de"), options.getOrDefault("secret", "demo"));
        HttpConnections connections = new HttpConnections(URI.create(base), LoadGenerator.connections(options));
        String headers =
                "Authorization: Bearer " + token + "\r\nContent-Type: application/json\r\nX-Purpose: load test\r\n";
        IntFunction<HttpConnections.Request> checks =
                i -> HttpConnections.Request.post(PATH, headers, bodies.get(i % bodies.size()));

        System.out.printf("warming up %d s, rising to %d document checks/s …%n", warmup, rate);
        System.out.print("warm-up: ");
        LoadGenerator.ramp(connections, checks, rate, warmup).print(warmup);
        System.out.printf("idle: %d s of document checks at %d/s …%nidle: ", duration, rate);
        LoadGenerator.Result idle = LoadGenerator.run(connections, checks, rate, duration);
        idle.print(duration);

        Senders attack = new Senders(http, base, targets);
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int seed = s;
            threads.add(Thread.ofVirtual().start(() -> attack.send(seed)));
        }
        System.out.printf(
                "under attack: %d s of document checks at %d/s, %d senders of wrong secrets …%nunder attack: ",
                duration, rate, senders);
        LoadGenerator.Result attacked = LoadGenerator.run(connections, checks, rate, duration);
        attacked.print(duration);
        attack.stop = true;
        for (Thread t : threads) {
            t.join();
        }
        attack.print(senders);

        double idleP50 = percentile(idle, 0.50);
        double idleP99 = percentile(idle, 0.99);
        double attackP50 = percentile(attacked, 0.50);
        double attackP99 = percentile(attacked, 0.99);
        System.out.printf(
                "document checks p50 %.2f → %.2f ms (%.2f×), p99 %.2f → %.2f ms (%.2f×); target p50 ≤ 2× idle: %s%n",
                idleP50,
                attackP50,
                attackP50 / idleP50,
                idleP99,
                attackP99,
                attackP99 / idleP99,
                attackP50 <= 2 * idleP50 ? "met" : "not met");
    }

    private static double percentile(LoadGenerator.Result result, double p) {
        long[] sorted = result.latencies().clone();
        Arrays.sort(sorted);
        return LoadGenerator.percentileMillis(sorted, p);
    }

    /** Closed-loop senders of wrong client secrets: each sends its next request when the previous one is answered. */
    private static final class Senders {

        private final HttpClient http;
        private final URI token;
        private final List<String> targets;
        private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
        private final AtomicLong failures = new AtomicLong();
        static final int MAX = 64;

        private final long[][] latencies = new long[MAX][];
        private final int[] counts = new int[MAX];
        volatile boolean stop;

        Senders(HttpClient http, String base, List<String> targets) {
            this.http = http;
            this.token = URI.create(base + "/oauth2/token");
            this.targets = targets;
        }

        void send(int sender) {
            SplittableRandom random = new SplittableRandom(sender);
            long[] mine = new long[1 << 16];
            int n = 0;
            while (!stop) {
                String client = targets.get((sender + n) % targets.size());
                String secret = Long.toHexString(random.nextLong());
                String basic =
                        Base64.getEncoder().encodeToString((client + ":" + secret).getBytes(StandardCharsets.UTF_8));
                long start = System.nanoTime();
                try {
                    HttpResponse<Void> answer = http.send(
                            HttpRequest.newBuilder(token)
                                    .header("Authorization", "Basic " + basic)
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());
                    statuses.computeIfAbsent(answer.statusCode(), k -> new AtomicLong())
                            .incrementAndGet();
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                if (n == mine.length) {
                    mine = Arrays.copyOf(mine, n * 2);
                }
                mine[n++] = System.nanoTime() - start;
            }
            synchronized (this) {
                latencies[sender] = mine;
                counts[sender] = n;
            }
        }

        synchronized void print(int senders) {
            long[] all = new long[0];
            for (int s = 0; s < senders; s++) {
                int from = all.length;
                all = Arrays.copyOf(all, from + counts[s]);
                System.arraycopy(latencies[s], 0, all, from, counts[s]);
            }
            Arrays.sort(all);
            Map<Integer, Long> byStatus = new TreeMap<>();
            statuses.forEach((status, count) -> byStatus.put(status, count.get()));
            System.out.printf(
                    "wrong secrets: %d sent by %d senders; latency p50 %.2f ms, p99 %.2f ms; statuses %s; failures %d%n",
                    all.length,
                    senders,
                    all.length == 0 ? 0 : LoadGenerator.percentileMillis(all, 0.50),
                    all.length == 0 ? 0 : LoadGenerator.percentileMillis(all, 0.99),
                    byStatus,
                    failures.get());
        }
    }
}
