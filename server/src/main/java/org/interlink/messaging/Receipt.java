package org.interlink.messaging;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Whether a recipient bureau has opened a message: the time anyone of that bureau first opened it, or null.
 *
 * @param bureau a recipient bureau: alpha-2 code or {@code GS}
 */
public record Receipt(String bureau, @Nullable Instant readAt) {}
