package org.interlink.bench.load;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;

/**
 * Open-loop load for the messaging API, in the manner of {@link LoadGenerator} (constant arrival rate, latency from
 * the moment a request was due, so stalls are charged):
 *
 * <ul>
 *   <li>{@code --mode send}: {@code POST /api/v1/messages} as multipart with one attachment of {@code --attachment}
 *       bytes (default 1 MiB; a PDF header then random bytes, {@code --bodies} distinct ones, default 16), to bureaus
 *       in turn;
 *   <li>{@code --mode send --attachment 0}: the same messages as JSON, without attachment (the baseline);
 *   <li>{@code --mode get --path /api/v1/countries}: a baseline GET through the same authentication;
 *   <li>{@code --mode inbox}: {@code GET /api/v1/messages?box=inbox&limit=50}, a share {@code --deep} (default 0.2)
 *       of them one to {@code --pages} pages deep (cursors drawn at random below {@code --newest}).
 * </ul>
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar org.interlink.bench.load.MessagingLoad --base http://localhost:18081 \
 *   --client ncb-fr --mode send --rate 50 --warmup 60 --duration 60
 * </pre>
 */
public final class MessagingLoad {

    private MessagingLoad() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = LoadGenerator.options(args);
        String base = options.getOrDefault("base", "http://localhost:8080");
        String mode = options.getOrDefault("mode", "send");
        int rate = Integer.parseInt(options.getOrDefault("rate", "50"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
        HttpClient http = LoadGenerator.httpClient();
        String token = LoadGenerator.token(
                http, base, options.getOrDefault("client", "ncb-fr"), options.getOrDefault("secret", "demo"));
        String auth = "Authorization: Bearer " + token + "\r\nX-Purpose: load test\r\n";
        IntFunction<HttpConnections.Request> requests = switch (mode) {
            case "send" -> sends(auth, options);
            case "inbox" -> inbox(auth, options);
            case "get" -> i -> HttpConnections.Request.get(options.getOrDefault("path", "/api/v1/countries"), auth);
            default -> throw new IllegalArgumentException("--mode send, inbox or get");
        };
        HttpConnections connections = new HttpConnections(URI.create(base), LoadGenerator.connections(options));
        System.out.printf("%s: warming up %d s, rising to %d req/s …%n", mode, warmup, rate);
        LoadGenerator.ramp(connections, requests, rate, warmup);
        System.out.printf("%s: measuring %d s at %d req/s …%n", mode, duration, rate);
        LoadGenerator.run(connections, requests, rate, duration).print(duration);
    }

    private static IntFunction<HttpConnections.Request> sends(String auth, Map<String, String> options) {
        int size = Integer.parseInt(options.getOrDefault("attachment", String.valueOf(1024 * 1024)));
        int distinct = Integer.parseInt(options.getOrDefault("bodies", "16"));
        String[] recipients = options.getOrDefault("to", "DE,IT,ES,NL").split(",");
        Random random = new Random(20261127);
        List<byte[]> bodies = new ArrayList<>();
        String boundary = "bench-boundary-7d1e";
        for (int i = 0; i < distinct && size > 0; i++) {
            byte[] attachment = new byte[size];
            random.nextBytes(attachment);
            byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII);
            System.arraycopy(header, 0, attachment, 0, header.length);
            String message = "{\"to\": [\"" + recipients[i % recipients.length] + "\"], \"subject\": \"Load test "
                    + i + "\", \"body\": \"Request " + i + " about case " + random.nextInt(1_000_000)
                    + "\", \"priority\": \"" + (i % 10 == 0 ? "URGENT" : "ROUTINE") + "\"}";
            ByteArrayOutputStream body = new ByteArrayOutputStream(size + 1024);
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"message\"\r\n"
                            + "Content-Type: application/json\r\n\r\n" + message + "\r\n--" + boundary
                            + "\r\nContent-Disposition: form-data; name=\"attachment\"; filename=\"scan-" + i
                            + ".pdf\"\r\nContent-Type: application/pdf\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(attachment);
            body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            bodies.add(body.toByteArray());
        }
        String path = "/api/v1/messages";
        if (size == 0) { // the baseline: the same message as JSON, without an attachment
            return i -> HttpConnections.Request.post(
                    path,
                    auth + "Content-Type: application/json\r\n",
                    ("{\"to\": [\"" + recipients[i % recipients.length] + "\"], \"subject\": \"Load test " + i
                                    + "\", \"body\": \"Request " + i + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
        }
        String multipart = auth + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n";
        return i -> HttpConnections.Request.post(path, multipart, bodies.get(i % bodies.size()));
    }

    private static IntFunction<HttpConnections.Request> inbox(String auth, Map<String, String> options) {
        double deep = Double.parseDouble(options.getOrDefault("deep", "0.2"));
        long newest = Long.parseLong(options.getOrDefault("newest", "100000"));
        Random random = new Random(20261127);
        return i -> {
            String path = "/api/v1/messages?box=inbox&limit=50";
            if (random.nextDouble() < deep) {
                long before = 1 + (long) (random.nextDouble() * newest);
                path += "&cursor="
                        + Base64.getUrlEncoder()
                                .withoutPadding()
                                .encodeToString(Long.toString(before).getBytes(StandardCharsets.US_ASCII));
            }
            return HttpConnections.Request.get(path, auth);
        };
    }
}
