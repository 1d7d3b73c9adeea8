package org.interlink.members;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.interlink.common.ProblemResponses;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies {@link TokenLimits} to the requests of the authorization server that authenticate a client (every POST:
 * token, revocation, introspection), before the secret is checked. Refused: 429 problem+json with {@code
 * Retry-After}, the same for a right and a wrong secret.
 *
 * <p>A refusal is held for {@code interlink.token-endpoint.refusal-hold} (1 s) before it is answered (the sender was told to wait at least that long anyway):
 * a sender that waits for each answer before the next request, as guessing scripts do, then sends one a second
 * instead of as many as the server can refuse. Unheld, 16 such senders got 1,100 refusals a second, and refusing them
 * took the CPU document checks needed (docs/PERFORMANCE.md, "Wrong secrets"). A held refusal costs a parked virtual
 * thread and a connection; at most {@link #MAX_HELD} are held at once, so they never fill the admission lane, and the
 * rest are answered at once.
 */
final class TokenLimitFilter extends OncePerRequestFilter {

    static final int MAX_HELD = 64;

    private final TokenLimits limits;
    private final Duration hold;
    private final Semaphore held;
    private final Consumer<Duration> pause;

    /** @param hold how long a refusal is held before it is answered (zero: not held) */
    TokenLimitFilter(TokenLimits limits, Duration hold) {
        this(limits, hold, MAX_HELD, TokenLimitFilter::sleep);
    }

    TokenLimitFilter(TokenLimits limits, Duration hold, int maxHeld, Consumer<Duration> pause) {
        this.limits = limits;
        this.hold = hold;
        this.held = new Semaphore(maxHeld);
        this.pause = pause;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
            if (hold.isPositive() && held.tryAcquire()) {
                try {
                    pause.accept(hold);
                } finally {
                    held.release();
                }
            }
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
