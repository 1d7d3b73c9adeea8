package org.interlink.members;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Remembers tokens it has verified until they expire. A national system sends the same token with every request for
 * up to 30 minutes, and verifying an RS256 signature (3072-bit modular exponentiation) is the single largest cost of a
 * document check; a token is immutable, so verifying it once is enough. Expiry is still checked on every use. Bounded:
 * past {@link #MAX_ENTRIES} distinct live tokens, the cache is cleared and refills. A token whose {@code jti} has
 * been revoked ({@link RevokedTokens}) is refused, cached or not.
 */
final class CachingJwtDecoder implements JwtDecoder {

    static final int MAX_ENTRIES = 10_000;

    private final JwtDecoder delegate;
    private final Clock clock;
    private final Predicate<String> revoked;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    CachingJwtDecoder(JwtDecoder delegate, Clock clock, Predicate<String> revoked) {
        this.delegate = delegate;
        this.clock = clock;
        this.revoked = revoked;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt cached = verified.get(token);
        Instant now = clock.instant();
        if (cached != null) {
            if (cached.getExpiresAt() != null && cached.getExpiresAt().isAfter(now)) {
                return notRevoked(cached);
            }
            verified.remove(token);
        }
        Jwt jwt = delegate.decode(token); // verifies signature, expiry and not-before; throws if invalid
        if (jwt.getExpiresAt() != null) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(token, jwt);
        }
        return notRevoked(jwt);
    }

    private Jwt notRevoked(Jwt jwt) {
        if (jwt.getId() != null && revoked.test(jwt.getId())) {
            throw new BadJwtException("the token was revoked");
        }
        return jwt;
    }
}
