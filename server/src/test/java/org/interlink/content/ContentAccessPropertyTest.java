package org.interlink.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Over random (owner, restriction, viewer): a bank or entry the viewer may not see never shows on any path — the list
 * of banks (nor its count of entries), the bank, its entries, the entry, a change to it, a lookup, the HMA lookup — and
 * every refusal is the 404 of a missing item. The expected visibility is worked out here from the rules of
 * docs/ARCHITECTURE.md, not by calling the access policy.
 */
@IntegrationTest
class ContentAccessPropertyTest {

    static final String[] OWNERS = {"DE", "IT", "ES"};
    static final String[] COUNTRIES = {"FR", "DE", "IT", "ES", "PT"};
    static final String[] CLASSIFICATIONS = {"OFFICIAL", "RESTRICTED", "CONFIDENTIAL"};
    static final String[] AUDIENCES = {"ALL", "ONLY", "EXCEPT"};

    @LocalServerPort
    int port;

    @Test
    void aBankOrEntryTheViewerMayNotSeeNeverAppearsOnAnyPath() {
        ApiClient api = new ApiClient(port);
        Random random = new Random(20261207);
        String missingBank = api.getReply("/api/v1/content/banks/" + UUID.randomUUID(), api.bearer("ncb-fr"))
                .text();
        String missingEntry = api.getReply("/api/v1/content/entries/999999999", api.bearer("ncb-fr"))
                .text();
        int hidden = 0;
        for (int trial = 0; trial < 14; trial++) {
            String owner = OWNERS[random.nextInt(OWNERS.length)];
            String classification = CLASSIFICATIONS[random.nextInt(CLASSIFICATIONS.length)];
            String audience = AUDIENCES[random.nextInt(AUDIENCES.length)];
            List<String> countries = new ArrayList<>();
            if (!audience.equals("ALL")) {
                for (String c : COUNTRIES) {
                    if (random.nextInt(3) == 0) {
                        countries.add(c);
                    }
                }
                if (countries.isEmpty()) {
                    countries.add(COUNTRIES[random.nextInt(COUNTRIES.length)]);
                }
            }
            String name = "property " + UUID.randomUUID();
            ApiClient.Reply created = api.postJson(
                    "/api/v1/content/banks",
                    api.bearer("ncb-" + owner.toLowerCase()),
                    "{\"name\": \"" + name + "\", \"access\": {\"classification\": \"" + classification
                            + "\", \"audience\": \"" + audience + "\", \"countries\": "
                            + countries.stream().map(c -> "\"" + c + "\"").toList() + "}}");
            assertThat(created.status()).as(created.text()).isEqualTo(201);
            String bank = created.json().get("id").asString();
            String md5 = HexFormat.of().formatHex(UUID.randomUUID().toString().getBytes(), 0, 16);
            ApiClient.Reply added = api.postJson(
                    "/api/v1/content/banks/" + bank + "/entries",
                    api.bearer("ncb-" + owner.toLowerCase()),
                    "{\"signalType\": \"md5\", \"signal\": \"" + md5 + "\"}");
            assertThat(added.status()).as(added.text()).isEqualTo(201);
            long entry = added.json().get("entries").get(0).get("id").asLong();

            List<String> viewers = new ArrayList<>(List.of(COUNTRIES));
            viewers.add("GS");
            for (String viewer : viewers) {
                boolean expected = maySee(viewer, owner, classification, audience, countries);
                String token = api.bearer(viewer.equals("GS") ? "gs" : "ncb-" + viewer.toLowerCase());
                String what = viewer + " on " + owner + "'s " + classification + " " + audience + " " + countries;
                if (!expected) {
                    hidden++;
                }

                String list = api.getReply("/api/v1/content/banks", token).text();
                assertThat(list.contains(bank)).as("list: " + what).isEqualTo(expected);
                assertThat(list.contains(name)).as("list names: " + what).isEqualTo(expected);

                check(api.getReply("/api/v1/content/banks/" + bank, token), expected, missingBank, what + " (bank)");
                check(
                        api.getReply("/api/v1/content/banks/" + bank + "/entries", token),
                        expected,
                        missingBank,
                        what + " (entries)");
                check(
                        api.getReply("/api/v1/content/entries/" + entry, token),
                        expected,
                        missingEntry,
                        what + " (entry)");
                if (!expected) {
                    check(
                            ContentIntegrationTest.patch(api, token, entry, false),
                            false,
                            missingEntry,
                            what + " (change)");
                    check(
                            api.postJson(
                                    "/api/v1/content/banks/" + bank + "/entries",
                                    token,
                                    "{\"signalType\": \"md5\", \"signal\": \"" + "e".repeat(32) + "\"}"),
                            false,
                            missingBank,
                            what + " (add)");
                }

                ApiClient.Reply lookup = api.postJson(
                        "/api/v1/content/lookups",
                        token,
                        "{\"signals\": [{\"signalType\": \"md5\", \"signal\": \"" + md5 + "\"}]}");
                JsonNode result = lookup.json().get("results").get(0);
                assertThat(result.get("outcome").asString())
                        .as("lookup: " + what)
                        .isEqualTo(expected ? "HIT" : "NO_HIT");
                assertThat(lookup.text().contains(bank))
                        .as("lookup names: " + what)
                        .isEqualTo(expected);

                String hma = api.getReply("/m/lookup?signal_type=md5&signal=" + md5, token)
                        .text();
                assertThat(hma.contains(name)).as("HMA: " + what).isEqualTo(expected);
                if (!expected) {
                    assertThat(hma).isEqualTo("{}");
                }
            }
        }
        assertThat(hidden).as("the random cases include hidden banks").isGreaterThan(5);
    }

    private static void check(ApiClient.Reply reply, boolean visible, String missing, String what) {
        if (visible) {
            assertThat(reply.status()).as(what + ": " + reply.text()).isEqualTo(200);
        } else {
            assertThat(reply.status()).as(what).isEqualTo(404);
            assertThat(withoutInstance(reply.text())).as(what).isEqualTo(withoutInstance(missing));
        }
    }

    /** The problem's {@code instance} names the path asked for; everything else must be the same. */
    private static String withoutInstance(String body) {
        return body.replaceAll("\"instance\":\"[^\"]*\",?", "");
    }

    /** docs/ARCHITECTURE.md's rules; every demo client holds RESTRICTED clearance, the GS client CONFIDENTIAL. */
    private static boolean maySee(
            String viewer, String owner, String classification, String audience, List<String> countries) {
        if (viewer.equals("GS") || viewer.equals(owner)) {
            return true;
        }
        if (classification.equals("CONFIDENTIAL")) {
            return false;
        }
        return switch (audience) {
            case "ALL" -> true;
            case "ONLY" -> countries.contains(viewer);
            default -> !countries.contains(viewer);
        };
    }
}
