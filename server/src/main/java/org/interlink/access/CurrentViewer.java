package org.interlink.access;

import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The viewer of the request being served, as the security filters authenticated it. */
public final class CurrentViewer {

    private CurrentViewer() {}

    /** The signed-in viewer; only call behind authentication (every {@code /api/v1} path and every signed-in page). */
    public static Viewer get() {
        return find().orElseThrow(() -> new IllegalStateException("no signed-in viewer on this request"));
    }

    public static Optional<Viewer> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Viewer viewer) {
            return Optional.of(viewer);
        }
        return Optional.empty();
    }
}
