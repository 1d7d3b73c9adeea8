package org.interlink.cyber;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/** Reads the JSON of a feed to create or change, every problem named by its field at once. */
final class FeedRequests {

    static final Duration MIN_INTERVAL = Duration.ofMinutes(1);
    static final Duration MAX_INTERVAL = Duration.ofDays(7);
    static final Duration DEFAULT_INTERVAL = Duration.ofHours(1);

    private FeedRequests() {}

    /** What a new feed is: everything but its state. */
    record NewFeed(
            String owner,
            URI apiRoot,
            String collection,
            Feed.Auth auth,
            Duration interval,
            boolean enabled,
            Restriction restriction) {}

    /** A change of schedule; null keeps what the feed has. */
    record Change(@Nullable Boolean enabled, @Nullable Duration interval) {}

    static NewFeed create(JsonNode body, Viewer viewer) {
        List<FieldError> errors = new ArrayList<>();
        String owner = viewer.bureau();
        if (body.has("owner")) {
            String named = body.path("owner").asString("");
            if (!named.matches("[A-Z]{2}")) {
                errors.add(new FieldError("owner", "must be a bureau code, e.g. FR or GS"));
            } else if (!viewer.isGeneralSecretariat() && !named.equals(viewer.bureau())) {
                errors.add(new FieldError("owner", "must be your bureau (" + viewer.bureau() + ")"));
            } else {
                owner = named;
            }
        }
        URI apiRoot = url(body.path("apiRoot"), "apiRoot", errors);
        if (apiRoot != null && !apiRoot.getPath().endsWith("/")) {
            apiRoot = URI.create(apiRoot + "/");
        }
        String collection = body.path("collection").asString("");
        if (!collection.matches("[A-Za-z0-9._~-]{1,128}")) {
            errors.add(new FieldError(
                    "collection", "must be the collection id: 1 to 128 letters, digits, '.', '_', '~' or '-'"));
        }
        Feed.Auth auth = auth(body.path("auth"), errors);
        Duration interval = interval(body.path("intervalSeconds"), errors);
        Boolean enabled = enabled(body.path("enabled"), errors);
        Restriction restriction = restriction(body.path("defaultAccess"), errors);
        if (!errors.isEmpty() || apiRoot == null) {
            throw new InvalidInputException(errors);
        }
        return new NewFeed(
                owner,
                apiRoot,
                collection,
                auth,
                interval == null ? DEFAULT_INTERVAL : interval,
                enabled == null || enabled,
                restriction);
    }

    static Change change(JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        for (String field : body.propertyNames()) {
            if (!field.equals("enabled") && !field.equals("intervalSeconds")) {
                errors.add(new FieldError(field, "cannot be changed: only enabled and intervalSeconds can"));
            }
        }
        Change change =
                new Change(enabled(body.path("enabled"), errors), interval(body.path("intervalSeconds"), errors));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return change;
    }

    private static Feed.Auth auth(JsonNode auth, List<FieldError> errors) {
        if (auth.isMissingNode() || auth.isNull()) {
            return new Feed.Auth(Feed.AuthType.NONE, null, null, null);
        }
        if (!auth.isObject()) {
            errors.add(new FieldError("auth", "must be an object {\"type\": \"NONE\" | \"BEARER\" | \"OAUTH2\", …}"));
            return new Feed.Auth(Feed.AuthType.NONE, null, null, null);
        }
        Feed.AuthType type;
        try {
            type = Feed.AuthType.valueOf(auth.path("type").asString("NONE").toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("auth.type", "must be NONE, BEARER or OAUTH2"));
            return new Feed.Auth(Feed.AuthType.NONE, null, null, null);
        }
        if (type == Feed.AuthType.NONE) {
            return new Feed.Auth(type, null, null, null);
        }
        String secretRef = auth.path("secretRef").asString("");
        if (!secretRef.matches("[a-z0-9][a-z0-9-]{0,63}")) {
            errors.add(new FieldError(
                    "auth.secretRef",
                    "must name the secret's property, " + FeedPuller.SECRETS
                            + "<secretRef>: 1 to 64 lower-case letters, digits or '-'"));
        }
        if (type == Feed.AuthType.BEARER) {
            return new Feed.Auth(type, null, null, secretRef);
        }
        URI tokenUrl = url(auth.path("tokenUrl"), "auth.tokenUrl", errors);
        String clientId = auth.path("clientId").asString("");
        if (clientId.isBlank() || clientId.length() > 200 || clientId.contains(":")) {
            errors.add(new FieldError("auth.clientId", "must be the client id: 1 to 200 characters, no ':'"));
        }
        return new Feed.Auth(type, tokenUrl, clientId, secretRef);
    }

    private static @Nullable URI url(JsonNode node, String field, List<FieldError> errors) {
        String text = node.asString("");
        try {
            URI uri = new URI(text);
            if ((!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()))
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || text.length() > 2048) {
                errors.add(new FieldError(field, "must be an http or https URL without query or fragment"));
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            errors.add(new FieldError(field, "must be an http or https URL: " + e.getReason()));
            return null;
        }
    }

    private static @Nullable Duration interval(JsonNode node, List<FieldError> errors) {
        if (node.isMissingNode()) {
            return null;
        }
        if (!node.isIntegralNumber()
                || node.asLong() < MIN_INTERVAL.toSeconds()
                || node.asLong() > MAX_INTERVAL.toSeconds()) {
            errors.add(new FieldError(
                    "intervalSeconds",
                    "must be a whole number of seconds from " + MIN_INTERVAL.toSeconds() + " to "
                            + MAX_INTERVAL.toSeconds()));
            return null;
        }
        return Duration.ofSeconds(node.asLong());
    }

    private static @Nullable Boolean enabled(JsonNode node, List<FieldError> errors) {
        if (node.isMissingNode()) {
            return null;
        }
        if (!node.isBoolean()) {
            errors.add(new FieldError("enabled", "must be true or false"));
            return null;
        }
        return node.asBoolean();
    }

    private static Restriction restriction(JsonNode node, List<FieldError> errors) {
        if (node.isMissingNode() || node.isNull()) {
            return Restriction.OPEN;
        }
        Set<String> countries = new TreeSet<>();
        node.path("countries").forEach(country -> countries.add(country.asString("")));
        try {
            return new Restriction(
                    Classification.valueOf(node.path("classification").asString("OFFICIAL")),
                    Audience.valueOf(node.path("audience").asString("ALL")),
                    countries);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(
                    "defaultAccess",
                    e.getMessage() != null && !e.getMessage().startsWith("No enum")
                            ? e.getMessage()
                            : "classification must be OFFICIAL, RESTRICTED or CONFIDENTIAL, audience ALL, ONLY or"
                                    + " EXCEPT"));
            return Restriction.OPEN;
        }
    }
}
