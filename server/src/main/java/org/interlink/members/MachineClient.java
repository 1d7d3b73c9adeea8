package org.interlink.members;

import java.time.Instant;
import java.util.Set;
import org.interlink.access.Classification;
import org.jspecify.annotations.Nullable;

/**
 * A national system that calls the API with OAuth 2.0 client credentials, acting for one bureau. Locked until {@code
 * lockedUntil} after repeated wrong secrets ({@link ClientLockout}).
 */
public record MachineClient(
        String clientId,
        String bureau,
        Set<Role> roles,
        Classification clearance,
        boolean enabled,
        @Nullable Instant lockedUntil) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
