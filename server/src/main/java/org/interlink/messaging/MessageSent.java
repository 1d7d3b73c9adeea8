package org.interlink.messaging;

import java.time.Instant;
import java.util.List;

/**
 * A message was sent (published after commit).
 *
 * @param to the recipient bureaus the message was delivered to (every bureau but the sender's for "ALL")
 */
public record MessageSent(
        String messageId,
        String from,
        List<String> to,
        Priority priority,
        List<Reference> references,
        Instant sentAt) {}
