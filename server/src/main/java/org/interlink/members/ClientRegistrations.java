package org.interlink.members;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The machine clients as the authorization server sees them: client credentials only, secret checked against its
 * stored hash, scopes named after the client's roles. A disabled or locked client is not found. Clients are managed on the administration page, not here.
 */
class ClientRegistrations implements RegisteredClientRepository {

    static final Duration TOKEN_LIFETIME = Duration.ofMinutes(30);

    private final AccountRows rows;

    ClientRegistrations(AccountRows rows) {
        this.rows = rows;
    }

    @Override
    public void save(RegisteredClient registeredClient) {
        throw new UnsupportedOperationException("clients are created on the administration page");
    }

    @Override
    public @Nullable RegisteredClient findById(String id) {
        return findByClientId(id);
    }

    @Override
    public @Nullable RegisteredClient findByClientId(String clientId) {
        return rows.findClient(clientId)
                // a locked client is not found: refused before its secret is hashed
                .filter(found -> found.client().enabled() && !found.client().isLocked(java.time.Instant.now()))
                .map(found -> RegisteredClient.withId(found.client().clientId())
                        .clientId(found.client().clientId())
                        .clientSecret(found.secretHash())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .scopes(scopes -> found.client().roles().forEach(role -> scopes.add(TokenClaims.scope(role))))
                        .tokenSettings(TokenSettings.builder()
                                .accessTokenTimeToLive(TOKEN_LIFETIME)
                                .build())
                        .build())
                .orElse(null);
    }
}
