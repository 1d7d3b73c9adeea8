package org.interlink.members;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A signed-in web session ends {@value #HOURS} hours after its sign-in however active it is (CJIS: a session limit
 * beside the 30 minutes idle, {@code server.servlet.session.timeout}). The first signed-in request of a session notes
 * the time; a request past the limit ends the session and is sent to {@code /login?expired}.
 */
final class SessionLifetime extends OncePerRequestFilter {

    static final int HOURS = 12;
    static final Duration LIMIT = Duration.ofHours(HOURS);
    static final String SIGNED_IN_AT = SessionLifetime.class.getName() + ".signedInAt";

    private final Clock clock;

    SessionLifetime(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && signedIn != null && !(signedIn instanceof AnonymousAuthenticationToken)) {
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant since)) {
                session.setAttribute(SIGNED_IN_AT, now);
            } else if (!now.isBefore(since.plus(LIMIT))) {
                session.invalidate();
                SecurityContextHolder.clearContext();
                response.sendRedirect(request.getContextPath() + "/login?expired");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
