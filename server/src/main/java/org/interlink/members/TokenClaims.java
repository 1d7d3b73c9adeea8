package org.interlink.members;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The claims Interlink puts in, and reads from, an access token: {@code bureau} (alpha-2 code or {@code GS}), {@code
 * clearance} and {@code scope} (the client's roles, lower case). A token from an external issuer must carry the same
 * claims. Issuing a token is audited; if the audit row cannot be written, no token is issued.
 */
class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String BUREAU = "bureau";
    static final String CLEARANCE = "clearance";

    private final AccountRows rows;
    private final AuditLog audit;
    private final ClientLockout lockout;

    TokenClaims(AccountRows rows, AuditLog audit, ClientLockout lockout) {
        this.rows = rows;
        this.audit = audit;
        this.lockout = lockout;
    }

    /** Read on every API request: one lookup per scope instead of a lower-cased copy of every role's name. */
    private static final Map<String, Role> ROLES_BY_SCOPE =
            Arrays.stream(Role.values()).collect(Collectors.toUnmodifiableMap(TokenClaims::scope, role -> role));

    static String scope(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public void customize(JwtEncodingContext context) {
        String clientId = context.getRegisteredClient().getClientId();
        MachineClient client = rows.findClient(clientId)
                .map(AccountRows.ClientCredentials::client)
                .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT));
        // A client that asks for no scope gets all of its roles; one that asks for some gets those (the
        // authorization server has already refused any it does not hold).
        Set<String> scopes = context.getAuthorizedScopes().isEmpty()
                ? client.roles().stream().map(TokenClaims::scope).collect(Collectors.toSet())
                : context.getAuthorizedScopes();
        context.getClaims()
                .claim(BUREAU, client.bureau())
                .claim(CLEARANCE, client.clearance().name())
                .claim("scope", List.copyOf(new java.util.TreeSet<>(scopes)));
        try {
            audit.record(new AuditEntry(
                    clientId,
                    client.bureau(),
                    Operation.TOKEN_ISSUED,
                    "client",
                    clientId,
                    "authentication",
                    Outcome.SUCCESS));
            lockout.succeeded(clientId);
        } catch (RuntimeException e) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR, "the token could not be recorded", null), e);
        }
    }

    /** The viewer a bearer token speaks for. */
    static Viewer viewer(Jwt jwt) {
        String bureau = jwt.getClaimAsString(BUREAU);
        String clearance = jwt.getClaimAsString(CLEARANCE);
        if (bureau == null || clearance == null) {
            throw new org.springframework.security.oauth2.jwt.BadJwtException(
                    "token lacks the bureau or clearance claim");
        }
        return new Viewer(jwt.getSubject(), bureau, roles(scopes(jwt)), Classification.valueOf(clearance));
    }

    private static Collection<String> scopes(Jwt jwt) {
        Object scope = jwt.getClaim("scope");
        if (scope instanceof Collection<?> list) {
            List<String> scopes = new ArrayList<>(list.size());
            list.forEach(item -> scopes.add(item.toString()));
            return scopes;
        }
        if (scope instanceof String text) {
            return List.of(text.split(" "));
        }
        return List.of();
    }

    private static Set<String> roles(Collection<String> scopes) {
        Set<String> roles = new HashSet<>();
        for (String scope : scopes) {
            Role role = ROLES_BY_SCOPE.get(scope);
            if (role != null) {
                roles.add(role.name());
            }
        }
        return roles;
    }
}
