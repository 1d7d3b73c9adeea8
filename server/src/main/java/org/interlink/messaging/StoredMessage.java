package org.interlink.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.jspecify.annotations.Nullable;

/**
 * A message row as read for one viewer.
 *
 * @param delivered whether the viewer's bureau is a recipient
 * @param readAt when the viewer's bureau first opened it, if it is a recipient and did
 */
record StoredMessage(
        long seq,
        UUID id,
        String owner,
        String sentBy,
        Restriction access,
        Recipients recipients,
        String subject,
        String body,
        Priority priority,
        List<Reference> references,
        @Nullable UUID inReplyTo,
        UUID threadId,
        @Nullable UUID forwardedFrom,
        Instant sentAt,
        boolean delivered,
        @Nullable Instant readAt) {

    /**
     * The messaging rule, stricter than the access policy alone: the sender bureau and the General Secretariat see a
     * message; a recipient bureau sees it when the access policy also lets the viewer see it (clearance and audience).
     * Anyone else does not, whatever the audience says.
     */
    boolean isVisibleTo(Viewer viewer) {
        if (viewer.isGeneralSecretariat() || viewer.bureau().equals(owner)) {
            return true;
        }
        return delivered && AccessPolicy.maySee(viewer, owner, access);
    }
}
