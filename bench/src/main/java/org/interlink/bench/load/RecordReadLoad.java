package org.interlink.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading one record by id ({@code GET /api/v1/documents/{id}}), open loop at a fixed rate: requests leave when due
 * whatever the server does, latency counts from when each was due. The ids are collected first through the list API
 * (what the client may see), shuffled with a seed, and mixed with 10 % ids that do not exist (answered 404, which must
 * cost the same as a denied read). Every read writes its audit row, committed before the answer.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.interlink.bench.load.RecordReadLoad \
 *   --base http://localhost:18090 --client ncb-fr --kind documents --ids 5000 --rate 500 --warmup 60 --duration 60
 * </pre>
 */
public final class RecordReadLoad {

    private static final Pattern ID = Pattern.compile("\"id\":\"([a-z]{3}_[0-9A-Z]{26})\"");
    private static final Pattern CURSOR = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");

    private RecordReadLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadGenerator.options(args);
        String base = options.getOrDefault("base", "http://localhost:18090");
        String kind = options.getOrDefault("kind", "documents");
        int wanted = Integer.parseInt(options.getOrDefault("ids", "5000"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "500"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "60"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "60"));
        HttpClient http = LoadGenerator.httpClient();
        String token = LoadGenerator.token(
                http, base, options.getOrDefault("client", "ncb-fr"), options.getOrDefault("secret", "demo"));

        List<String> paths = new ArrayList<>();
        String cursor = null;
        while (paths.size() < wanted) {
            String url = base + "/api/v1/" + kind + "?limit=200" + (cursor == null ? "" : "&cursor=" + cursor);
            String page = http.send(
                            HttpRequest.newBuilder(URI.create(url))
                                    .header("Authorization", "Bearer " + token)
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            Matcher ids = ID.matcher(page);
            while (ids.find() && paths.size() < wanted) {
                paths.add("/api/v1/" + kind + "/" + ids.group(1));
            }
            Matcher next = CURSOR.matcher(page);
            if (!next.find()) {
                break;
            }
            cursor = next.group(1);
        }
        Random random = new Random(42);
        String prefix = kind.substring(0, 3) + "_";
        for (int i = paths.size() / 9; i > 0; i--) {
            StringBuilder missing = new StringBuilder(prefix + "01");
            for (int c = 0; c < 24; c++) {
                missing.append("0123456789ABCDEFGHJKMNPQRSTVWXYZ".charAt(random.nextInt(32)));
            }
            paths.add("/api/v1/" + kind + "/" + missing);
        }
        java.util.Collections.shuffle(paths, random);
        System.out.printf("%d paths (%d existing), %s%n", paths.size(), paths.size() - paths.size() / 10, base);

        System.out.printf("warming up %d s, rising to %d req/s …%n", warmup, rate);
        HttpConnections connections = new HttpConnections(URI.create(base), LoadGenerator.connections(options));
        String headers = "Authorization: Bearer " + token + "\r\nX-Purpose: load test\r\n";
        IntFunction<HttpConnections.Request> requests =
                i -> HttpConnections.Request.get(paths.get(i % paths.size()), headers);
        LoadGenerator.ramp(connections, requests, rate, warmup);
        System.out.printf("measuring %d s at %d req/s …%n", duration, rate);
        LoadGenerator.run(connections, requests, rate, duration).print(duration);
    }
}
