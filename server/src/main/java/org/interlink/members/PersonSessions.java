package org.interlink.members;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.session.SessionAuthenticationStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The rules of a person's web session: it ends after 30 minutes without a request (the servlet container's timeout,
 * set at sign-in), 12 hours after sign-in whatever its activity, and as soon as the account is disabled, on every
 * node.
 *
 * <p>At sign-in (as a {@link SessionAuthenticationStrategy}) the session is stamped with the person, the time and the
 * account's session generation ({@code users.session_generation}). On every request of a signed-in session the stamp
 * is checked against the clock and against the database: disabling an account moves its generation on, so a session
 * signed in before is refused at its next request on whichever node it reaches. One primary-key read per page
 * request; the machine API (bearer tokens, no session) is not concerned.
 *
 * <p>An ended session is invalidated and audited ({@code SIGN_OUT}, with why as the purpose); the browser is sent to
 * the sign-in page with a message ({@code /login?expired} or {@code /login?ended}); an htmx request gets 401 with
 * {@code HX-Redirect}, so the whole page goes there rather than the sign-in form being swapped into a fragment.
 */
final class PersonSessions extends OncePerRequestFilter implements SessionAuthenticationStrategy {

    /** How long a session may go without a request (the container ends it; also {@code server.servlet.session.timeout}). */
    static final Duration IDLE_LIMIT = Duration.ofMinutes(30);

    /** How long a session may last from sign-in, however active. */
    static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

    static final String STAMP = PersonSessions.class.getName() + ".STAMP";

    /** Who signed in to a session, when, and at which generation of their account's sessions. */
    record Stamp(String username, Instant signedInAt, long generation) implements Serializable {}

    private final Function<String, OptionalLong> generations;
    private final Consumer<AuditEntry> audit;
    private final Clock clock;

    /**
     * @param generations the current session generation of an enabled account, empty for a disabled or missing one
     * @param audit records an ended session ({@code AuditLog::record})
     */
    PersonSessions(Function<String, OptionalLong> generations, Consumer<AuditEntry> audit, Clock clock) {
        this.generations = generations;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void onAuthentication(
            Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        // a password-only sign-in (second factor still to come) is stamped too: the session keeps its stamp when the
        // second factor turns it into the full sign-in (FullSignIn changes the session id, not its attributes)
        Viewer viewer = authentication.getPrincipal() instanceof Viewer full
                ? full
                : authentication instanceof PasswordOnly passwordOnly ? passwordOnly.viewer() : null;
        if (viewer != null) {
            // a generation read after the password check: a disable in between is still seen as "not enabled"
            long generation = generations.apply(viewer.actor()).orElse(-1);
            HttpSession session = request.getSession();
            session.setMaxInactiveInterval((int) IDLE_LIMIT.toSeconds());
            session.setAttribute(STAMP, new Stamp(viewer.actor(), clock.instant(), generation));
        }
    }

    /** Static files are public: a page's scripts and styles need not read the account again. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/")
                || path.equals("/favicon.ico");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof Viewer viewer) {
            Ended ended = check(viewer, session.getAttribute(STAMP));
            if (ended != null) {
                end(viewer, session, ended, request, response);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private enum Ended {
        EXPIRED("/login?expired", "session ended: 12 hours since sign-in"),
        DISABLED("/login?ended", "session ended: account disabled");

        final String page;
        final String purpose;

        Ended(String page, String purpose) {
            this.page = page;
            this.purpose = purpose;
        }
    }

    private @Nullable Ended check(Viewer viewer, @Nullable Object stamped) {
        // a session signed in without a stamp (none is) or for someone else is not trusted: it ends like an old one
        if (!(stamped instanceof Stamp stamp) || !stamp.username().equals(viewer.actor())) {
            return Ended.EXPIRED;
        }
        if (!clock.instant().isBefore(stamp.signedInAt().plus(ABSOLUTE_LIMIT))) {
            return Ended.EXPIRED;
        }
        OptionalLong generation = generations.apply(viewer.actor());
        if (generation.isEmpty() || generation.getAsLong() != stamp.generation()) {
            return Ended.DISABLED;
        }
        return null;
    }

    private void end(
            Viewer viewer, HttpSession session, Ended ended, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyInvalid) {
            // ended meanwhile by a concurrent request of the same session
        }
        SecurityContextHolder.clearContext();
        audit.accept(new AuditEntry(
                viewer.actor(), viewer.bureau(), Operation.SIGN_OUT, "session", "", ended.purpose, Outcome.SUCCESS));
        String page = request.getContextPath() + ended.page;
        if ("true".equals(request.getHeader("HX-Request"))) {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("HX-Redirect", page);
        } else {
            response.sendRedirect(page);
        }
    }
}
