package org.interlink.members;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.interlink.access.Viewer;
import org.interlink.access.ViewerAuthentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;

/** Turns a password-only session into a full sign-in once the second factor is proven, under a new session id. */
final class FullSignIn {

    private static final SecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private FullSignIn() {}

    static void complete(Viewer viewer, HttpServletRequest request, HttpServletResponse response) {
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(new ViewerAuthentication(viewer));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
    }
}
