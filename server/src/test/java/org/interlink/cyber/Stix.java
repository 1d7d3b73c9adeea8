package org.interlink.cyber;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.interlink.ApiClient;
import tools.jackson.databind.JsonNode;

/** Builds STIX test objects and talks to the cyber API, for the integration tests. */
final class Stix {

    static final String TLP_AMBER = "marking-definition--f88d31f6-486f-44da-b317-01333bde0b82";
    static final String TLP2_AMBER = "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421";
    static final String TLP2_AMBER_STRICT = "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003";
    static final String TLP_RED = "marking-definition--5e57c739-391a-4eb3-b6be-7d15ca92d5ed";
    static final String TLP2_RED = "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1";
    static final String TLP2_GREEN = "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb";
    static final String TLP_WHITE = "marking-definition--613f2e26-407d-48c7-9eca-b8e91df99dc9";

    private Stix() {}

    static String id(String type) {
        return type + "--" + UUID.randomUUID();
    }

    /** A domain no other test uses. */
    static String domain() {
        return "c" + UUID.randomUUID().toString().replace("-", "").substring(0, 12) + ".example";
    }

    static String bundle(String... objects) {
        return "{\"type\":\"bundle\",\"id\":\"" + id("bundle") + "\",\"objects\":[" + String.join(",", objects) + "]}";
    }

    /**
     * An indicator of {@code [domain-name:value = 'value']}, valid from now, version {@code modified}; {@code extra}
     * is appended to its properties (starting with a comma).
     */
    static String indicator(String id, String pattern, String modified, String extra) {
        return "{\"type\":\"indicator\",\"spec_version\":\"2.1\",\"id\":\"" + id
                + "\",\"created\":\"2026-01-01T00:00:00.000Z\","
                + "\"modified\":\"" + modified + "\",\"pattern\":\"" + pattern + "\",\"pattern_type\":\"stix\","
                + "\"valid_from\":\"" + Instant.now().minusSeconds(60) + "\"" + extra + "}";
    }

    static String markings(String... ids) {
        return ",\"object_marking_refs\":[\"" + String.join("\",\"", ids) + "\"]";
    }

    static String only(String... countries) {
        return ",\"x_interlink_access\":{\"audience\":\"ONLY\",\"countries\":[\"" + String.join("\",\"", countries)
                + "\"]}";
    }

    static ApiClient.Reply importBundle(ApiClient api, String client, String bundle) {
        return api.postJson("/api/v1/cyber/bundles", api.bearer(client), bundle);
    }

    static JsonNode check(ApiClient api, String client, String... values) {
        StringBuilder body = new StringBuilder("{\"values\":[");
        for (int i = 0; i < values.length; i++) {
            body.append(i == 0 ? "" : ",").append('"').append(values[i]).append('"');
        }
        ApiClient.Reply reply = api.postJson(
                "/api/v1/cyber/checks", api.bearer(client), body.append("]}").toString());
        if (reply.status() != 200) {
            throw new AssertionError("check: " + reply.status() + " " + reply.text());
        }
        return reply.json();
    }

    /** Polls until {@code done} holds or five seconds pass: the check index follows each commit asynchronously. */
    static JsonNode eventually(Supplier<JsonNode> call, Predicate<JsonNode> done) {
        Instant until = Instant.now().plusSeconds(5);
        JsonNode last = call.get();
        while (!done.test(last) && Instant.now().isBefore(until)) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            last = call.get();
        }
        return last;
    }
}
