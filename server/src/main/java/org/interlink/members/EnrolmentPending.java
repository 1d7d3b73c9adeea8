package org.interlink.members;

import java.util.List;
import org.interlink.access.Viewer;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A person who signed in with the right password but has no second factor yet. It grants nothing: no role, and its
 * principal is the user name, not a {@link Viewer}, so no page or service takes it for a signed-in viewer; {@link
 * EnrolmentGate} sends it to the enrolment page, which replaces it with the full sign-in once a code is confirmed.
 */
final class EnrolmentPending extends AbstractAuthenticationToken {

    private final Viewer viewer;

    EnrolmentPending(Viewer viewer) {
        super(List.of());
        this.viewer = viewer;
        setAuthenticated(true);
    }

    /** The viewer this person becomes once enrolled. */
    Viewer viewer() {
        return viewer;
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public String getPrincipal() {
        return viewer.actor();
    }
}
