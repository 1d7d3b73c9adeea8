package org.interlink.cyber;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Talks TAXII 2.1 to a remote server with the JDK client: {@code application/taxii+json;version=2.1}, a connect and a
 * request timeout, a response read up to a limit and abandoned past it (never buffered whole first), retries with
 * exponential backoff on network errors, 429 and 5xx, and OAuth2 client-credential tokens kept until they expire.
 */
class TaxiiHttp {

    static final String MEDIA_TYPE = "application/taxii+json;version=2.1";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final Duration timeout;
    private final int attempts;
    private final Duration backoff;
    private final int maxBytes;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    /**
     * @param attempts how many times a request is sent at most (1 = no retry)
     * @param backoff the wait before the first retry, doubled before each next
     * @param maxBytes the largest response body read
     */
    TaxiiHttp(Duration timeout, int attempts, Duration backoff, int maxBytes) {
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.timeout = timeout;
        this.attempts = attempts;
        this.backoff = backoff;
        this.maxBytes = maxBytes;
    }

    /** A refusal or failure of the remote server, as recorded on the feed. */
    static final class RemoteException extends Exception {
        RemoteException(String message) {
            super(message);
        }
    }

    /** An answer: its JSON body and headers. */
    record Answer(JsonNode body, HttpResponse<?> response) {
        Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }
    }

    /** GETs a TAXII resource with the feed's credentials ({@code secret} for BEARER and OAUTH2). */
    Answer get(URI uri, Feed.Auth auth, @Nullable String secret) throws RemoteException, InterruptedException {
        boolean renewed = false;
        for (int attempt = 1; ; attempt++) {
            HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                    .timeout(timeout)
                    .header("Accept", MEDIA_TYPE)
                    .GET();
            String bearer = bearer(auth, secret);
            if (bearer != null) {
                request.header("Authorization", "Bearer " + bearer);
            }
            try {
                HttpResponse<InputStream> response =
                        http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
                int status = response.statusCode();
                byte[] body = read(response);
                if (status == 200) {
                    return new Answer(json(body, uri), response);
                }
                if (status == 401 && auth.type() == Feed.AuthType.OAUTH2 && !renewed) {
                    tokens.remove(tokenKey(auth)); // expired early or revoked: one new token, at once
                    renewed = true;
                    attempt--;
                    continue;
                }
                String refused = "HTTP " + status + " from " + uri + detail(body);
                if ((status != 429 && status < 500) || attempt >= attempts) {
                    throw new RemoteException(refused);
                }
            } catch (IOException e) {
                if (e instanceof TooLarge || attempt >= attempts) {
                    throw new RemoteException(describe(e) + " from " + uri);
                }
            }
            Thread.sleep(backoff.multipliedBy(1L << (attempt - 1)));
        }
    }

    private @Nullable String bearer(Feed.Auth auth, @Nullable String secret)
            throws RemoteException, InterruptedException {
        return switch (auth.type()) {
            case NONE -> null;
            case BEARER -> secret;
            case OAUTH2 -> {
                String given = secret == null ? "" : secret;
                Token token = tokens.get(tokenKey(auth));
                if (token == null || token.expired() || !token.secret().equals(given)) {
                    token = token(auth, given);
                    tokens.put(tokenKey(auth), token);
                }
                yield token.value();
            }
        };
    }

    private static String tokenKey(Feed.Auth auth) {
        return auth.tokenUrl() + " " + auth.clientId();
    }

    /**
     * A token, when to stop using it (30 seconds before it expires), and the secret it was given for: another feed
     * of the same client with another secret (a wrong one) must not borrow it.
     */
    private record Token(String value, long until, String secret) {
        boolean expired() {
            return System.nanoTime() - until > 0;
        }
    }

    private Token token(Feed.Auth auth, String secret) throws RemoteException, InterruptedException {
        URI tokenUrl = auth.tokenUrl();
        if (tokenUrl == null) {
            throw new RemoteException("the feed has no tokenUrl");
        }
        String basic =
                Base64.getEncoder().encodeToString((auth.clientId() + ":" + secret).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenUrl)
                .timeout(timeout)
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        for (int attempt = 1; ; attempt++) {
            try {
                HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
                byte[] body = read(response);
                int status = response.statusCode();
                if (status == 200) {
                    JsonNode answer = json(body, tokenUrl);
                    String value = answer.path("access_token").asString("");
                    if (value.isEmpty()) {
                        throw new RemoteException("no access_token from " + tokenUrl);
                    }
                    long seconds = Math.max(0, answer.path("expires_in").asLong(300) - 30);
                    return new Token(
                            value,
                            System.nanoTime() + Duration.ofSeconds(seconds).toNanos(),
                            secret);
                }
                if ((status != 429 && status < 500) || attempt >= attempts) {
                    throw new RemoteException("token refused: HTTP " + status + " from " + tokenUrl + detail(body));
                }
            } catch (IOException e) {
                if (e instanceof TooLarge || attempt >= attempts) {
                    throw new RemoteException(describe(e) + " from " + tokenUrl);
                }
            }
            Thread.sleep(backoff.multipliedBy(1L << (attempt - 1)));
        }
    }

    /**
     * The body, refused on its declared length before any of it is read, else read up to the limit and abandoned
     * there: a server sending more is cut off, not buffered.
     */
    private byte[] read(HttpResponse<InputStream> response) throws IOException {
        try (InputStream in = response.body()) {
            long declared =
                    response.headers().firstValueAsLong("Content-Length").orElse(-1);
            if (declared > maxBytes) {
                throw new TooLarge(declared);
            }
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new TooLarge(-1);
            }
            return bytes;
        }
    }

    /** A response over the limit; not retried, the same request would bring the same. */
    private final class TooLarge extends IOException {
        TooLarge(long declared) {
            super("response "
                    + (declared < 0 ? "over " + maxBytes : declared + "")
                    + " bytes, more than the limit of " + maxBytes);
        }
    }

    private static JsonNode json(byte[] body, URI uri) throws RemoteException {
        try {
            JsonNode node = JSON.readTree(body);
            if (node == null || !node.isObject()) {
                throw new RemoteException("not a JSON object from " + uri);
            }
            return node;
        } catch (JacksonException e) {
            throw new RemoteException("not JSON from " + uri + ": " + e.getOriginalMessage());
        }
    }

    /** The start of an error body (TAXII servers answer an error message), for the feed's last error. */
    private static String detail(byte[] body) {
        String text = new String(body, 0, Math.min(body.length, 300), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ")
                .strip();
        return text.isEmpty() ? "" : ": " + text;
    }

    private static String describe(IOException e) {
        if (e instanceof TooLarge) {
            return e.getMessage();
        }
        String kind = e instanceof java.net.http.HttpTimeoutException
                ? "timeout"
                : e instanceof java.net.ConnectException
                        ? "connection refused"
                        : e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}
