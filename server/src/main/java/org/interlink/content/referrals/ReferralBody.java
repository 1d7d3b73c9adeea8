package org.interlink.content.referrals;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.members.Countries;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads and checks the body of {@code POST /api/v1/content/referrals}, collecting every rejected field so one answer
 * lists them all (400 problem+json); nothing is stored unless all pass.
 */
final class ReferralBody {

    static final int MAX_GROUNDS = 4_000;
    static final int MAX_TEXT = 200;
    static final int MAX_URL = 2_048;
    static final int MAX_EVIDENCE = 100;

    /** Hex digits of each hash type; {@code url} is checked as a URL. */
    private static final Map<String, Integer> HEX_LENGTHS = Map.of("pdq", 64, "md5", 32, "sha256", 64);

    private static final Set<String> FIELDS = Set.of("kind", "to", "url", "item", "grounds", "evidence", "access");

    /** A valid body: what the desk stores. */
    record Parsed(
            ReferralKind kind,
            Addressee to,
            @Nullable String url,
            @Nullable String item,
            String grounds,
            Evidence evidence,
            Restriction restriction) {}

    private final Countries countries;
    private final List<FieldError> errors = new ArrayList<>();

    private ReferralBody(Countries countries) {
        this.countries = countries;
    }

    static Parsed parse(@Nullable JsonNode body, Viewer viewer, Countries countries) {
        return new ReferralBody(countries).read(body, viewer);
    }

    private Parsed read(@Nullable JsonNode body, Viewer viewer) {
        if (body == null || !body.isObject()) {
            throw new InvalidInputException("body", "must be a JSON object");
        }
        unknown(body, FIELDS, "");
        ReferralKind kind = kind(body.get("kind"));
        Addressee to = addressee(body.get("to"), viewer);
        String url = url(text(body, "url", "url", MAX_URL), "url");
        String item = text(body, "item", "item", MAX_TEXT);
        if (url == null
                && item == null
                && errors.stream().noneMatch(e -> e.field().equals("url"))) {
            error("url", "is required unless item names the content");
        }
        String grounds = text(body, "grounds", "grounds", MAX_GROUNDS);
        if (grounds == null && errors.stream().noneMatch(e -> e.field().equals("grounds"))) {
            error("grounds", "is required: say why the content is to be removed or reviewed");
        }
        Evidence evidence = evidence(body.get("evidence"));
        Restriction restriction = restriction(body.get("access"));
        if (!errors.isEmpty() || kind == null || to == null || grounds == null) {
            throw new InvalidInputException(errors);
        }
        return new Parsed(kind, to, url, item, grounds, evidence, restriction);
    }

    private @Nullable ReferralKind kind(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            error("kind", "is required: REMOVAL_ORDER or REFERRAL");
            return null;
        }
        try {
            return ReferralKind.valueOf(node.asString("").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error("kind", "must be REMOVAL_ORDER or REFERRAL");
            return null;
        }
    }

    private @Nullable Addressee addressee(@Nullable JsonNode node, Viewer viewer) {
        if (node == null || node.isNull() || !node.isObject()) {
            error("to", "is required: {\"bureau\": \"DE\"} or {\"platform\": \"…\", \"contact\": \"…\"}");
            return null;
        }
        unknown(node, Set.of("bureau", "platform", "contact"), "to.");
        String bureau = text(node, "bureau", "to.bureau", MAX_TEXT);
        String platform = text(node, "platform", "to.platform", MAX_TEXT);
        String contact = text(node, "contact", "to.contact", MAX_TEXT);
        if ((bureau == null) == (platform == null)) {
            error("to", "must name either a bureau or a platform");
            return null;
        }
        if (bureau != null) {
            String code = bureau.toUpperCase(Locale.ROOT);
            if (!code.equals(Viewer.GENERAL_SECRETARIAT) && !countries.isMember(code)) {
                error("to.bureau", "is not a member country's code (e.g. DE) or GS");
                return null;
            }
            if (code.equals(viewer.bureau())) {
                error("to.bureau", "is your own bureau");
                return null;
            }
            if (contact != null) {
                error("to.contact", "is for a platform only");
                return null;
            }
            return Addressee.bureau(code);
        }
        return Addressee.platform(platform, contact);
    }

    private @Nullable String url(@Nullable String text, String path) {
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return text;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        error(path, "must be an absolute http or https URL");
        return null;
    }

    private Evidence evidence(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return Evidence.NONE;
        }
        if (!node.isObject()) {
            error("evidence", "must be {\"hashes\": [...], \"labels\": [...], \"entries\": [...]}");
            return Evidence.NONE;
        }
        unknown(node, Set.of("hashes", "labels", "entries"), "evidence.");
        List<Evidence.Signal> hashes = new ArrayList<>();
        JsonNode list = array(node, "hashes");
        for (int i = 0; list != null && i < list.size(); i++) {
            Evidence.Signal signal = signal(list.get(i), "evidence.hashes[" + i + "]");
            if (signal != null) {
                hashes.add(signal);
            }
        }
        return new Evidence(hashes, texts(node, "labels"), texts(node, "entries"));
    }

    private Evidence.@Nullable Signal signal(JsonNode node, String path) {
        if (!node.isObject()) {
            error(path, "must be {\"signalType\": \"pdq\", \"signal\": \"…\"}");
            return null;
        }
        unknown(node, Set.of("signalType", "signal"), path + ".");
        String type = text(node, "signalType", path + ".signalType", MAX_TEXT);
        String value = text(node, "signal", path + ".signal", MAX_URL);
        if (type == null || value == null) {
            if (type == null) {
                error(path + ".signalType", "is required: pdq, md5, sha256 or url");
            }
            if (value == null) {
                error(path + ".signal", "is required");
            }
            return null;
        }
        type = type.toLowerCase(Locale.ROOT);
        if (type.equals("url")) {
            String url = url(value, path + ".signal");
            return url == null ? null : new Evidence.Signal(type, url);
        }
        Integer digits = HEX_LENGTHS.get(type);
        if (digits == null) {
            error(path + ".signalType", "must be pdq, md5, sha256 or url");
            return null;
        }
        String hex = value.toLowerCase(Locale.ROOT);
        if (hex.length() != digits || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            error(path + ".signal", "must be " + digits + " hexadecimal digits for " + type);
            return null;
        }
        return new Evidence.Signal(type, hex);
    }

    private @Nullable JsonNode array(JsonNode node, String name) {
        JsonNode list = node.get(name);
        if (list == null || list.isNull()) {
            return null;
        }
        if (!list.isArray()) {
            error("evidence." + name, "must be a list");
            return null;
        }
        if (list.size() > MAX_EVIDENCE) {
            error("evidence." + name, "must hold at most " + MAX_EVIDENCE + " items");
            return null;
        }
        return list;
    }

    private List<String> texts(JsonNode node, String name) {
        JsonNode list = array(node, name);
        TreeSet<String> values = new TreeSet<>();
        for (int i = 0; list != null && i < list.size(); i++) {
            JsonNode value = list.get(i);
            String path = "evidence." + name + "[" + i + "]";
            if (!value.isString() || value.asString().isBlank()) {
                error(path, "must be non-empty text");
            } else if (value.asString().strip().length() > MAX_TEXT) {
                error(path, "must be at most " + MAX_TEXT + " characters");
            } else {
                values.add(value.asString().strip());
            }
        }
        return List.copyOf(values);
    }

    private Restriction restriction(@Nullable JsonNode node) {
        if (node == null || node.isNull()) {
            return Restriction.OPEN;
        }
        if (!node.isObject()) {
            error("access", "must be {\"classification\": ..., \"audience\": ..., \"countries\": [...]}");
            return Restriction.OPEN;
        }
        unknown(node, Set.of("classification", "audience", "countries"), "access.");
        Classification classification = Classification.OFFICIAL;
        String c = text(node, "classification", "access.classification", MAX_TEXT);
        if (c != null) {
            try {
                classification = Classification.valueOf(c.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("access.classification", "must be OFFICIAL, RESTRICTED or CONFIDENTIAL");
            }
        }
        Audience audience = Audience.ALL;
        String a = text(node, "audience", "access.audience", MAX_TEXT);
        if (a != null) {
            try {
                audience = Audience.valueOf(a.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                error("access.audience", "must be ALL, ONLY or EXCEPT");
            }
        }
        TreeSet<String> listed = new TreeSet<>();
        JsonNode list = node.get("countries");
        if (list != null && !list.isNull()) {
            if (!list.isArray()) {
                error("access.countries", "must be a list of country codes");
            }
            for (int i = 0; list.isArray() && i < list.size(); i++) {
                String code = list.get(i).asString("").strip().toUpperCase(Locale.ROOT);
                if (countries.isMember(code)) {
                    listed.add(code);
                } else {
                    error("access.countries[" + i + "]", "is not a member country's code (e.g. DE)");
                }
            }
        }
        if (audience == Audience.ALL && !listed.isEmpty()) {
            error("access.countries", "must be empty when the audience is ALL");
            return Restriction.OPEN;
        }
        return new Restriction(classification, audience, listed);
    }

    private void unknown(JsonNode node, Set<String> known, String prefix) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                error(prefix + name, "is not a field here");
            }
        }
    }

    private @Nullable String text(JsonNode node, String name, String path, int max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            error(path, "must be text");
            return null;
        }
        String text = value.asString().strip();
        if (text.length() > max) {
            error(path, "must be at most " + max + " characters");
            return null;
        }
        return text.isEmpty() ? null : text;
    }

    private void error(String field, String message) {
        errors.add(new FieldError(field, message));
    }
}
