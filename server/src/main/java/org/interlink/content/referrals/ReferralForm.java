package org.interlink.content.referrals;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The page's form for a new referral, turned into the API's JSON body so the page and the API share one check.
 *
 * <p>Public: the pages' templates read it.
 *
 * @param toKind {@code bureau} or {@code platform}
 * @param hashes one per line, {@code type:value} (e.g. {@code pdq:f8f8…})
 * @param labels and {@code entries}, separated by commas or new lines
 */
public record ReferralForm(
        @Nullable String kind,
        @Nullable String toKind,
        @Nullable String bureau,
        @Nullable String platform,
        @Nullable String contact,
        @Nullable String url,
        @Nullable String item,
        @Nullable String grounds,
        @Nullable String hashes,
        @Nullable String labels,
        @Nullable String entries,
        @Nullable String classification,
        @Nullable String audience,
        @Nullable String countries,
        @Nullable Boolean send) {

    /**
     * A new removal order to a platform, sent on creation, holding the signals, labels and bank entries of a lookup's
     * matches when it is built from them (all null for a blank form).
     */
    static ReferralForm fromMatches(@Nullable String hashes, @Nullable String labels, @Nullable String entries) {
        return new ReferralForm(
                "REMOVAL_ORDER",
                "platform",
                null,
                null,
                null,
                null,
                null,
                null,
                hashes,
                labels,
                entries,
                "OFFICIAL",
                "ALL",
                null,
                true);
    }

    /** Public: the template reads it. */
    public boolean sendNow() {
        return Boolean.TRUE.equals(send);
    }

    ObjectNode toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode body = f.objectNode();
        put(body, "kind", kind);
        ObjectNode to = body.putObject("to");
        if ("bureau".equals(toKind)) {
            put(to, "bureau", bureau);
        } else {
            put(to, "platform", platform);
            put(to, "contact", contact);
        }
        put(body, "url", url);
        put(body, "item", item);
        put(body, "grounds", grounds);
        ObjectNode evidence = body.putObject("evidence");
        ArrayNode signals = evidence.putArray("hashes");
        for (String line : split(hashes, "\\R")) {
            int colon = line.indexOf(':');
            ObjectNode signal = signals.addObject();
            signal.put(
                    "signalType",
                    colon < 0 ? "" : line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
            signal.put("signal", colon < 0 ? line : line.substring(colon + 1).strip());
        }
        split(labels, "[,\\n]").forEach(evidence.putArray("labels")::add);
        split(entries, "[,\\s]+").forEach(evidence.putArray("entries")::add);
        ObjectNode access = body.putObject("access");
        put(access, "classification", classification);
        put(access, "audience", audience);
        split(countries, "[,;\\s]+").forEach(access.putArray("countries")::add);
        return body;
    }

    private static void put(ObjectNode node, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value);
        }
    }

    private static List<String> split(@Nullable String text, String separator) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(separator))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
