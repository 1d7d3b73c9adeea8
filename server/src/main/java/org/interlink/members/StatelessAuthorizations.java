package org.interlink.members;

import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;

/**
 * Keeps no authorizations. Interlink issues only self-contained JWT access tokens by client credentials (no refresh
 * tokens, no authorization codes); the default in-memory service would grow with every token ever issued. A token is
 * found again from itself: its signature is verified and its claims name the client. That is what revocation (RFC
 * 7009, {@code POST /oauth2/revoke}) needs: the authorization server checks that the token belongs to the client
 * asking, and the token saved as invalidated goes to the list of revoked tokens ({@link RevokedTokens}) every node
 * checks.
 */
class StatelessAuthorizations implements OAuth2AuthorizationService {

    private final JwtDecoder tokens;
    private final RegisteredClientRepository clients;
    private final RevokedTokens revoked;

    StatelessAuthorizations(JwtDecoder tokens, RegisteredClientRepository clients, RevokedTokens revoked) {
        this.tokens = tokens;
        this.clients = clients;
        this.revoked = revoked;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> access = authorization.getAccessToken();
        if (access == null || !access.isInvalidated() || !(access.getClaims() != null)) {
            return;
        }
        Object jti = access.getClaims().get("jti");
        Object bureau = access.getClaims().get(TokenClaims.BUREAU);
        if (jti != null && access.getToken().getExpiresAt() != null) {
            revoked.revoke(
                    jti.toString(),
                    authorization.getPrincipalName(),
                    bureau == null ? "-" : bureau.toString(),
                    access.getToken().getExpiresAt());
        }
    }

    @Override
    public void remove(OAuth2Authorization authorization) {}

    @Override
    public @Nullable OAuth2Authorization findById(String id) {
        return null;
    }

    /** The authorization of a valid access token issued here (an invalid, expired or revoked one is not found). */
    @Override
    public @Nullable OAuth2Authorization findByToken(String token, @Nullable OAuth2TokenType tokenType) {
        if (tokenType != null && !OAuth2TokenType.ACCESS_TOKEN.equals(tokenType)) {
            return null;
        }
        Jwt jwt;
        try {
            jwt = tokens.decode(token);
        } catch (JwtException e) {
            return null;
        }
        RegisteredClient client = jwt.getSubject() == null ? null : clients.findByClientId(jwt.getSubject());
        if (client == null) {
            return null;
        }
        OAuth2AccessToken access =
                new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, token, jwt.getIssuedAt(), jwt.getExpiresAt());
        return OAuth2Authorization.withRegisteredClient(client)
                .principalName(jwt.getSubject())
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .token(
                        access,
                        metadata -> metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, jwt.getClaims()))
                .build();
    }
}
