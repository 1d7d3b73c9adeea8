package org.interlink.members;

import java.time.Instant;
import java.util.Set;
import org.interlink.access.Classification;
import org.jspecify.annotations.Nullable;

/** A person who signs in to the web UI, acting for one bureau. */
public record UserAccount(
        String username,
        String bureau,
        String displayName,
        Set<Role> roles,
        Classification clearance,
        boolean enabled,
        int failedAttempts,
        @Nullable Instant lockedUntil) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
