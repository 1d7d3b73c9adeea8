package org.interlink.access;

import java.util.Collection;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * An authenticated person or machine client, whose principal is the {@link Viewer} every read path hands to the access
 * policy. Authorities are {@code ROLE_<role>}.
 */
public final class ViewerAuthentication extends AbstractAuthenticationToken {

    private final Viewer viewer;

    public ViewerAuthentication(Viewer viewer) {
        super(authorities(viewer));
        this.viewer = viewer;
        setAuthenticated(true);
    }

    private static Collection<GrantedAuthority> authorities(Viewer viewer) {
        return viewer.roles().stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Viewer getPrincipal() {
        return viewer;
    }

    @Override
    public String getName() {
        return viewer.actor();
    }
}
