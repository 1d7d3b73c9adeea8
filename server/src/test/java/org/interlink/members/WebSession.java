package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser session without a browser: its own cookies, no redirects followed, forms posted with their CSRF token. */
final class WebSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
    private final int port;

    WebSession(int port) {
        this.port = port;
    }

    /** Posts the sign-in form; answers where the browser is sent ({@code /login?error} on any refusal). */
    String signIn(String user, String password, String code) {
        HttpResponse<String> answer = post("/login", "/login", "username", user, "password", password, "code", code);
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    /** Posts a form found on the page {@code formPage}, with its CSRF token and these name, value pairs. */
    HttpResponse<String> post(String formPage, String path, String... fields) {
        Matcher csrf = CSRF.matcher(get(formPage).body());
        assertThat(csrf.find()).as("the page %s carries a CSRF token", formPage).isTrue();
        StringBuilder form = new StringBuilder("_csrf=").append(encode(csrf.group(1)));
        for (int i = 0; i < fields.length; i += 2) {
            form.append('&').append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** Posts JSON as the pages' scripts do, with the CSRF token of the page {@code page} in its header. */
    HttpResponse<String> postJson(String page, String path, String json) {
        Matcher csrf = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"")
                .matcher(get(page).body());
        assertThat(csrf.find()).as("the page %s carries a CSRF token", page).isTrue();
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("X-CSRF-TOKEN", csrf.group(1))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
