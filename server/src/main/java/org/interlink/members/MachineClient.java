package org.interlink.members;

import java.util.Set;
import org.interlink.access.Classification;

/** A national system that calls the API with OAuth 2.0 client credentials, acting for one bureau. */
public record MachineClient(
        String clientId, String bureau, Set<Role> roles, Classification clearance, boolean enabled) {}
