package org.interlink.cyber;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * A configured feed and its state.
 *
 * @param apiRoot the remote API root, ending with {@code /}
 * @param restriction what pulled objects without their own {@code x_interlink_access} get
 * @param runAs the user or client who configured the feed; pulls act as them, for the owner bureau
 * @param clearance the configurer's clearance, the pulls' (it decides which marking definitions are known)
 * @param addedAfter the cursor: the last {@code X-TAXII-Date-Added-Last} seen, as the server wrote it
 */
record Feed(
        UUID id,
        String owner,
        URI apiRoot,
        String collection,
        Auth auth,
        Duration interval,
        boolean enabled,
        Restriction restriction,
        String runAs,
        Classification clearance,
        @Nullable String addedAfter,
        Instant nextPullAt,
        @Nullable Instant lastPullAt,
        @Nullable Instant lastSuccessAt,
        @Nullable String lastError,
        @Nullable Instant lastErrorAt,
        long objectsPulled) {

    /** How the client authenticates to the remote server. */
    enum AuthType {
        /** No credentials (a public collection). */
        NONE,
        /** A fixed bearer token, read from {@code interlink.cyber.feeds.secrets.<secretRef>}. */
        BEARER,
        /** OAuth2 client credentials: the secret read as for BEARER, exchanged at {@code tokenUrl} for a token. */
        OAUTH2
    }

    /** The credentials of a feed; the secret itself is never stored, only the name of where it is configured. */
    record Auth(
            AuthType type,
            @Nullable URI tokenUrl,
            @Nullable String clientId,
            @Nullable String secretRef) {}

    /** The objects endpoint of the collection. */
    URI objectsUri() {
        return apiRoot.resolve("collections/" + collection + "/objects/");
    }

    /** Who a pull acts as: the configurer, for the owner bureau, with the right to record data. */
    Viewer viewer() {
        return new Viewer(runAs, owner, java.util.Set.of("EDITOR"), clearance);
    }
}
