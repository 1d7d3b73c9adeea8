package org.interlink.members;

import java.util.List;
import org.interlink.access.Viewer;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A person who gave the right password but no second factor yet: either they have none and must enrol, or they sign in
 * with a passkey, the step after the password. It grants nothing: no role, and its principal is the user name, not a
 * {@link Viewer}, so no page or service takes it for a signed-in viewer; {@link EnrolmentGate} keeps it on its next
 * step's page, which replaces it with the full sign-in.
 */
final class PasswordOnly extends AbstractAuthenticationToken {

    /** The step still to take, and its page. */
    enum Next {
        ENROL("/mfa/enrol"),
        PASSKEY("/mfa/passkey");

        final String path;

        Next(String path) {
            this.path = path;
        }
    }

    private final Viewer viewer;
    private final Next next;

    PasswordOnly(Viewer viewer, Next next) {
        super(List.of());
        this.viewer = viewer;
        this.next = next;
        setAuthenticated(true);
    }

    /** The viewer this person becomes after the next step. */
    Viewer viewer() {
        return viewer;
    }

    Next next() {
        return next;
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
