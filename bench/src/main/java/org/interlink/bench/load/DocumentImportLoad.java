package org.interlink.bench.load;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Random;

/**
 * Imports N generated travel documents through {@code POST /api/v1/imports/documents}, streamed: the lines are made
 * as the request body is sent, so neither side ever holds the file. Prints the rate and the server's report; run it
 * twice to measure a repeat (every line unchanged). Documents are issued by the client's own country (the importer's
 * rule), 2 % of lines are bad on purpose (unknown status) and must come back rejected.
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.interlink.bench.load.DocumentImportLoad \
 *   --base http://localhost:18090 --client ncb-fr --icao FRA --count 1000000 [--seed 1]
 * </pre>
 */
public final class DocumentImportLoad {

    private DocumentImportLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadGenerator.options(args);
        String base = options.getOrDefault("base", "http://localhost:18090");
        String client = options.getOrDefault("client", "ncb-fr");
        String icao = options.getOrDefault("icao", "FRA");
        long count = Long.parseLong(options.getOrDefault("count", "1000000"));
        long seed = Long.parseLong(options.getOrDefault("seed", "1"));
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        String token = LoadGenerator.token(http, base, client, options.getOrDefault("secret", "demo"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/imports/documents"))
                .timeout(Duration.ofHours(1))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/x-ndjson")
                .header("X-Purpose", "import benchmark")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new Lines(count, icao, seed)))
                .build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        double seconds = (System.nanoTime() - start) / 1e9;
        String body = response.body();
        System.out.printf(
                "%d lines in %.1f s = %.0f lines/s; HTTP %d; report: %s%n",
                count,
                seconds,
                count / seconds,
                response.statusCode(),
                body.length() > 400
                        ? body.substring(0, body.indexOf("\"rejected\"") > 0 ? body.indexOf("\"rejected\"") : 400)
                        : body);
    }

    /** The NDJSON body, generated on the fly. */
    static final class Lines extends InputStream {
        private static final String[] TYPES = {"PASSPORT", "PASSPORT", "PASSPORT", "ID_CARD", "ID_CARD", "VISA"};
        private static final String[] STATUSES = {"STOLEN", "LOST", "LOST", "REVOKED", "INVALIDATED", "STOLEN_BLANK"};

        private final long count;
        private final String icao;
        private final Random random;
        private long line;
        private byte[] current = new byte[0];
        private int position;

        Lines(long count, String icao, long seed) {
            this.count = count;
            this.icao = icao;
            this.random = new Random(seed);
        }

        private boolean fill() {
            if (line >= count) {
                return false;
            }
            line++;
            String status = random.nextInt(50) == 0 ? "MISLAID" : STATUSES[random.nextInt(STATUSES.length)];
            String text = "{\"externalId\":\"BENCH-" + line + "\",\"number\":\"" + (char) ('A' + random.nextInt(26))
                    + (char) ('A' + random.nextInt(26)) + (1_000_000 + random.nextInt(9_000_000)) + "\",\"type\":\""
                    + TYPES[random.nextInt(TYPES.length)] + "\",\"issuingCountry\":\"" + icao + "\",\"status\":\""
                    + status + "\",\"reportedOn\":\"20" + (10 + random.nextInt(15)) + "-0" + (1 + random.nextInt(9))
                    + "-1" + random.nextInt(10) + "\"}\n";
            current = text.getBytes(StandardCharsets.UTF_8);
            position = 0;
            return true;
        }

        @Override
        public int read() {
            if (position >= current.length && !fill()) {
                return -1;
            }
            return current[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= current.length && !fill()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
