package org.interlink.members;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With a password only ({@link PasswordOnly}), a person reaches the page of the next step (enrolment, or the passkey),
 * sign-out and the static assets the page needs, nothing else: every other path is answered with a redirect to that
 * page (303, so a form post is not repeated), whatever the person's roles.
 */
final class EnrolmentGate extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PasswordOnly pending
                && !allowed(pending.next().path, path)) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + pending.next().path);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String step, String path) {
        return path.equals(step)
                || path.startsWith(step + "/")
                || path.equals("/logout")
                || path.equals("/login")
                || path.equals("/error")
                || path.equals("/favicon.ico")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/");
    }
}
