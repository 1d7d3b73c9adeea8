package org.interlink.members;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * With a password only ({@link EnrolmentPending}), a person reaches the enrolment page, sign-out and the static assets
 * the page needs, nothing else: every other path is answered with a redirect to {@value #PATH} (303, so a form post is
 * not repeated), whatever the person's roles.
 */
final class EnrolmentGate extends OncePerRequestFilter {

    static final String PATH = "/mfa/enrol";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof EnrolmentPending
                && !allowed(request.getRequestURI()
                        .substring(request.getContextPath().length()))) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getContextPath() + PATH);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean allowed(String path) {
        return path.equals(PATH)
                || path.equals("/logout")
                || path.equals("/login")
                || path.equals("/error")
                || path.equals("/favicon.ico")
                || path.startsWith("/webjars/")
                || path.startsWith("/css/")
                || path.startsWith("/js/");
    }
}
