package org.interlink.cyber;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import org.interlink.ApiClient;

/** Talks TAXII 2.1 to the server, for the integration tests. */
final class Taxii {

    static final String TAXII = "application/taxii+json;version=2.1";
    static final String ROOT = "/taxii2/interlink/";

    private final ApiClient api;

    Taxii(ApiClient api) {
        this.api = api;
    }

    /** A collection's path by alias: {@code all} or a bureau code. */
    static String collection(String alias) {
        return ROOT + "collections/" + alias + "/";
    }

    /** A query parameter, its name and value encoded (TAXII's {@code match[...]} brackets included). */
    static String param(String name, String value) {
        return URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    ApiClient.Reply get(String client, String path) {
        return get(client, path, TAXII);
    }

    ApiClient.Reply get(String client, String path, String accept) {
        return api.exchange(
                "GET",
                path,
                client == null ? null : api.bearer(client),
                HttpRequest.BodyPublishers.noBody(),
                "Accept",
                accept);
    }

    ApiClient.Reply post(String client, String path, String contentType, String body) {
        return api.exchange(
                "POST",
                path,
                api.bearer(client),
                HttpRequest.BodyPublishers.ofString(body),
                "Accept",
                TAXII,
                "Content-Type",
                contentType);
    }

    /** Adds the objects (JSON texts) to the client's own collection; the status answered. */
    ApiClient.Reply add(String client, String bureau, String... objects) {
        return post(
                client, collection(bureau) + "objects/", TAXII, "{\"objects\":[" + String.join(",", objects) + "]}");
    }

    ApiClient.Reply delete(String client, String path) {
        return api.exchange("DELETE", path, api.bearer(client), HttpRequest.BodyPublishers.noBody(), "Accept", TAXII);
    }
}
