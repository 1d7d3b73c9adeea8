package org.interlink.messaging;

import java.time.Instant;

/** A recipient bureau opened a message for the first time: the sender's read receipt (published after commit). */
public record MessageRead(String messageId, String from, String bureau, Instant readAt) {}
