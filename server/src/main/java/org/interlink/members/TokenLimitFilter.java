package org.interlink.members;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.interlink.common.ProblemResponses;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link TokenLimits} to the requests of the authorization server that authenticate a client (every POST:
 * token, revocation, introspection), before the secret is checked. Refused: 429 problem+json with {@code
 * Retry-After}, the same for a right and a wrong secret.
 */
final class TokenLimitFilter extends OncePerRequestFilter {

    private final TokenLimits limits;

    TokenLimitFilter(TokenLimits limits) {
        this.limits = limits;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String clientId = SecurityConfiguration.clientIdOf(request);
        long wait = limits.take(request.getRemoteAddr(), "-".equals(clientId) ? "" : clientId);
        if (wait > 0) {
            response.setHeader("Retry-After", Long.toString(wait));
            ProblemResponses.write(
                    response,
                    429,
                    "Too Many Requests",
                    "Too many requests for this client or from this address; retry after " + wait + " seconds",
                    ",\"retryAfter\":" + wait);
            return;
        }
        chain.doFilter(request, response);
    }
}
