package org.interlink.messaging;

import java.time.Instant;
import java.util.List;
import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A message as a line of a list (inbox, sent, search): everything but the body, so listing never counts as reading.
 *
 * @param seq the order of sending, for keyset paging
 * @param to the recipient bureaus, or {@code ["ALL"]}
 * @param read for the viewer's bureau as a recipient: whether it opened the message; null when it is not a recipient
 */
public record MessageSummary(
        long seq,
        String id,
        String from,
        String sentBy,
        List<String> to,
        String subject,
        Priority priority,
        Restriction access,
        Instant sentAt,
        int attachments,
        String threadId,
        @Nullable String inReplyTo,
        @Nullable Boolean read) {}
