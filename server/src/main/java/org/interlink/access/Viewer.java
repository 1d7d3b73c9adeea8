package org.interlink.access;

import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is looking: a person or a machine client acting for one bureau.
 *
 * @param actor the user name or client id, as written in the audit log
 * @param bureau the bureau acted for: an ISO 3166-1 alpha-2 country code, or {@link #GENERAL_SECRETARIAT}
 * @param roles the roles held (e.g. {@code OFFICER}, {@code REVIEWER})
 * @param clearance the highest classification the viewer may see
 */
public record Viewer(String actor, String bureau, Set<String> roles, Classification clearance) implements Serializable {

    /** The bureau code of the General Secretariat. */
    public static final String GENERAL_SECRETARIAT = "GS";

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean isGeneralSecretariat() {
        return GENERAL_SECRETARIAT.equals(bureau);
    }

    /** The viewer's country, or null for the General Secretariat. */
    public @Nullable String country() {
        return isGeneralSecretariat() ? null : bureau;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
