package org.interlink.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A property-based fuzzer over the live OpenAPI document: every operation it lists gets a seeded, bounded set of
 * malformed requests (malformed JSON, a wrong type for each schema field, strings over every limit, deeply nested
 * values, NUL characters, invalid UTF-8 and bad escapes in the query string, path and body, bad path values, bad form
 * encoding), with a national system's bearer token and without one. Whatever the input, the answer is never a 5xx, and
 * every 4xx is {@code application/problem+json} with its title and status, naming the field of a 400.
 *
 * <p>Why a generator over the OpenAPI document rather than Jazzer: the document is the contract national systems code
 * against, so walking it reaches every operation (a new one is fuzzed without touching this test) and knows each
 * field's type, which is what "a wrong type per field" needs; the requests are deterministic (seeded), so a failure
 * replays exactly, and the run is bounded (about 40 requests per operation and token) so it fits the build. Jazzer's
 * coverage-guided search finds deeper parser bugs but needs its agent and a corpus per entry point, and in JUnit
 * regression mode it only replays that corpus. Requests go over a raw socket because the edge cases (raw invalid
 * UTF-8 and bad escapes in the request line) are exactly what a well-behaved HTTP client refuses to send.
 */
@IntegrationTest
class ApiFuzzIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final long SEED = 20261207L;
    private static final int HUGE = 70_000;
    private static final int DEPTH = 5_000;

    @LocalServerPort
    int port;

    record Sent(String method, String target, String contentType, byte[] body, String what) {}

    record Answer(int status, String contentType, String body) {}

    @Test
    void noInputGetsA5xxOrABareError() {
        ApiClient api = new ApiClient(port);
        JsonNode doc = JSON.readTree(api.get("/v3/api-docs", null).body());
        String token = api.bearer("ncb-fr");
        Random random = new Random(SEED);
        Map<String, String> ids = firstIds(api, doc, token);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                operations++;
                for (Sent request : malformed(
                        doc, path.getKey(), op.getKey().toUpperCase(Locale.ROOT), op.getValue(), ids, random)) {
                    for (String bearer : new String[] {token, null}) {
                        sent++;
                        Answer answer = send(port, request, bearer);
                        String fault = fault(request.method(), answer);
                        if (fault != null) {
                            failures.add(request.method() + " " + shorten(request.target()) + " [" + request.what()
                                    + (bearer == null ? ", no token" : "") + "] → " + answer.status() + " "
                                    + answer.contentType() + " " + fault + " " + shorten(answer.body()));
                        }
                    }
                }
            }
        }
        assertThat(operations).as("operations in the OpenAPI document").isGreaterThan(40);
        assertThat(failures)
                .as(
                        "of %d malformed requests, these got a 5xx or an error that is not problem+json naming the field",
                        sent)
                .isEmpty();
    }

    /** Why the answer breaks the contract, or null when it keeps it. */
    static String fault(String method, Answer answer) {
        if (answer.status() >= 500) {
            return "server error";
        }
        if (answer.status() < 400) {
            return null;
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "not problem+json";
        }
        if (method.equals("HEAD")) {
            return null; // the same answer as GET, without its body
        }
        JsonNode body;
        try {
            body = JSON.readTree(answer.body());
        } catch (RuntimeException e) {
            return "not JSON";
        }
        if (!body.path("title").isString() || body.path("status").asInt() != answer.status()) {
            return "no title or wrong status";
        }
        if (answer.status() == 400) {
            JsonNode errors = body.path("errors");
            if (!errors.isArray()
                    || errors.isEmpty()
                    || errors.get(0).path("field").asString("").isBlank()) {
                return "a 400 naming no field";
            }
        }
        return null;
    }

    /** The seeded malformed requests for one operation. */
    static List<Sent> malformed(
            JsonNode doc, String template, String method, JsonNode op, Map<String, String> ids, Random random) {
        List<Sent> out = new ArrayList<>();
        // Reads reach a real item; writes only if they take a body, and only with bodies that must be refused before
        // anything changes, so the demo data the other tests share stays as it is.
        String path = fill(template, op, "1", method.equals("GET") ? ids : Map.of());
        String real = op.has("requestBody") ? fill(template, op, "1", ids) : path;
        boolean hasBody = !method.equals("GET")
                && !method.equals("DELETE")
                && !method.equals("HEAD")
                && !method.equals("OPTIONS");
        List<String> contentTypes = new ArrayList<>();
        op.path("requestBody").path("content").properties().forEach(e -> contentTypes.add(e.getKey()));
        if (contentTypes.isEmpty()) {
            contentTypes.add("application/json");
        }
        String json = contentTypes.contains("application/json") ? "application/json" : contentTypes.getFirst();

        // Bad path values, including a bad escape, invalid UTF-8, a NUL and a huge one.
        for (String bad : List.of("%zz", "%C3%28", "%FF", "%00", "..%2F..%2Fetc", "-1", "x".repeat(5_000), "%E2%82")) {
            if (template.contains("{")) {
                out.add(new Sent(
                        method, fill(template, op, bad, Map.of()), json, hasBody ? bytes("{}") : null, "path " + bad));
            }
        }
        // The query string: invalid UTF-8 (escaped and raw), a bad escape, a NUL, and wrong types per parameter.
        out.add(new Sent(method, path + "?q=%C3%28&name=%FF", null, null, "query invalid UTF-8"));
        out.add(new Sent(method, path + "?q=\u00c3(", null, null, "query raw invalid UTF-8"));
        out.add(new Sent(method, path + "?q=%zz&limit=%", null, null, "query bad escape"));
        out.add(new Sent(method, path + "?q=a%00b&name=%00", null, null, "query NUL"));
        out.add(new Sent(method, path + "?q=" + "x".repeat(HUGE / 10), null, null, "query huge"));
        for (JsonNode parameter : op.path("parameters")) {
            if (!parameter.path("in").asString().equals("query")) {
                continue;
            }
            String name = parameter.path("name").asString();
            for (String value : wrongQueryValues(parameter.path("schema"), random)) {
                out.add(new Sent(method, path + "?" + name + "=" + value, null, null, "query " + name + "=" + value));
            }
        }
        if (!hasBody) {
            return out;
        }
        // Bodies: malformed JSON, deep nesting, invalid UTF-8, NUL, bad form encoding, and per field wrong types,
        // huge strings, nested values and NUL characters.
        for (String contentType : contentTypes) {
            String type = contentType.startsWith("multipart/") ? "application/json" : contentType;
            out.add(new Sent(method, real, type, bytes("{\"a\": [1, 2,"), "malformed JSON as " + type));
            out.add(new Sent(method, real, type, bytes("[".repeat(DEPTH) + "]".repeat(DEPTH)), "deep array"));
            out.add(new Sent(
                    method, real, type, bytes("{\"a\":".repeat(DEPTH) + "1" + "}".repeat(DEPTH)), "deep object"));
            out.add(new Sent(
                    method,
                    real,
                    type,
                    concat(bytes("{\"name\": \""), new byte[] {(byte) 0xC3, 0x28}, bytes("\"}")),
                    "body invalid UTF-8"));
            out.add(new Sent(
                    method, real, type, bytes("{\"name\": \"a\\u0000b\"}\n{\"name\": \"a\u0000\"}"), "body NUL"));
        }
        out.add(new Sent(
                method, real, "application/x-www-form-urlencoded", bytes("a=%zz&b=%C3%28&c=%"), "bad form encoding"));
        out.add(new Sent(
                method,
                real,
                "application/x-ndjson",
                bytes("{\"givenName\":\"a\\u0000\"}\n{\n"),
                "NDJSON with NUL and broken line"));
        JsonNode schema =
                resolve(doc, op.path("requestBody").path("content").path(json).path("schema"));
        int fields = 0;
        for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
            if (fields++ >= 8) {
                break;
            }
            JsonNode type = resolve(doc, field.getValue());
            for (String value : wrongJsonValues(type, random)) {
                String body = "{\"" + field.getKey() + "\": " + value + "}";
                out.add(new Sent(method, path, json, bytes(body), "field " + field.getKey() + "=" + shorten(value)));
            }
        }
        return out;
    }

    private static List<String> wrongQueryValues(JsonNode schema, Random random) {
        return switch (schema.path("type").asString("string")) {
            case "integer", "number" ->
                List.of("abc", "-" + random.nextInt(1_000_000), "99999999999999999999999", "1e400");
            case "boolean" -> List.of("maybe");
            default -> List.of("%00", "x".repeat(2_000 + random.nextInt(1_000)), "%C0%AF");
        };
    }

    private static List<String> wrongJsonValues(JsonNode schema, Random random) {
        String type = schema.path("type").asString(schema.has("properties") ? "object" : "string");
        String huge = "\"" + "é".repeat(HUGE + random.nextInt(1_000)) + "\"";
        String nested = "{\"a\":".repeat(200) + "[" + random.nextInt() + "]" + "}".repeat(200);
        return switch (type) {
            case "string" -> List.of("{\"x\": 1}", "[\"a\"]", "12345", "true", huge, "\"a\\u0000b\"", nested);
            case "integer", "number" -> List.of("\"abc\"", "{\"x\": 1}", "1e400", "99999999999999999999999999");
            case "boolean" -> List.of("\"yes\"", "{}", "[]");
            case "array" -> List.of("\"a\"", "{\"x\": 1}", "[{\"x\": [\"\\u0000\"]}]", "[" + huge + "]", nested);
            default -> List.of("\"a\"", "[1]", "12", nested, "{\"x\": \"\\u0000\"}");
        };
    }

    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.startsWith("#/components/schemas/")) {
            return doc.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    /**
     * The path with each variable set: its first enumerated value if it has any; for {@code {id}}, the first id the
     * list before it answered, if {@code ids} has one; else {@code value}.
     */
    static String fill(String template, JsonNode op, String value, Map<String, String> ids) {
        Map<String, String> values = new LinkedHashMap<>();
        for (JsonNode parameter : op.path("parameters")) {
            if (parameter.path("in").asString().equals("path")) {
                JsonNode choices = parameter.path("schema").path("enum");
                values.put(
                        parameter.path("name").asString(),
                        choices.isArray() && !choices.isEmpty() ? choices.get(0).asString() : value);
            }
        }
        String path = template.replace("/**", "/anything");
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (!e.getKey().equals("id")) {
                path = path.replace("{" + e.getKey() + "}", e.getValue());
            }
        }
        int id = path.indexOf("/{id}");
        if (id >= 0) {
            path = path.replace("{id}", ids.getOrDefault(path.substring(0, id), value));
        }
        return path.replaceAll("\\{[^}]+}", value);
    }

    /** For each list operation (a GET without variables once enumerations are set), the first item's id. */
    private static Map<String, String> firstIds(ApiClient api, JsonNode doc, String token) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
            JsonNode get = path.getValue().path("get");
            if (get.isMissingNode()) {
                continue;
            }
            String list = fill(path.getKey(), get, "1", Map.of());
            if (list.contains("{")
                    || !list.startsWith("/api/")
                    || !path.getKey().matches("[^{]*(\\{collection})?")) {
                continue;
            }
            ApiClient.Response response = api.get(list + "?limit=1", token);
            if (response.status() == 200 && response.body().startsWith("{")) {
                String id = response.json().path("items").path(0).path("id").asString("");
                if (!id.isEmpty()) {
                    ids.put(list, id);
                }
            }
        }
        return ids;
    }

    /** One HTTP/1.1 exchange over a raw socket: the target's characters go out as ISO-8859-1 bytes, unchecked. */
    static Answer send(int port, Sent request, String token) {
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder()
                    .append(request.method())
                    .append(' ')
                    .append(request.target())
                    .append(" HTTP/1.1\r\n")
                    .append("Host: localhost:")
                    .append(port)
                    .append("\r\n")
                    .append("Accept: application/json\r\n")
                    .append("Connection: close\r\n");
            if (token != null) {
                head.append("Authorization: Bearer ").append(token).append("\r\n");
            }
            byte[] body = request.body() == null ? new byte[0] : request.body();
            if (request.contentType() != null) {
                head.append("Content-Type: ").append(request.contentType()).append("\r\n");
            }
            if (request.body() != null) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return parse(socket.getInputStream().readAllBytes());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + shorten(request.target()) + ": " + e, e);
        }
    }

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String[] lines = head.split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        String contentType = "";
        boolean chunked = false;
        for (String line : lines) {
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("content-type:")) {
                contentType = line.substring("content-type:".length()).strip();
            } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                chunked = true;
            }
        }
        byte[] body = end < 0 ? new byte[0] : java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
        return new Answer(status, contentType, new String(chunked ? dechunk(body) : body, StandardCharsets.UTF_8));
    }

    private static byte[] dechunk(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length) {
            int lineEnd = indexOf(body, i);
            if (lineEnd < 0) {
                break;
            }
            String size = new String(body, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].strip();
            int n = size.isEmpty() ? 0 : Integer.parseInt(size, 16);
            if (n == 0) {
                break;
            }
            out.write(body, lineEnd + 2, Math.min(n, body.length - lineEnd - 2));
            i = lineEnd + 2 + n + 2;
        }
        return out.toByteArray();
    }

    private static int indexOf(byte[] bytes, int from) {
        for (int i = from; i + 1 < bytes.length; i++) {
            if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static String shorten(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…(" + s.length() + ")" : s;
    }
}
