package org.interlink.messaging;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A message as a sender wrote it, not yet checked: {@link Messages#send} validates every field at once and names each
 * one it rejects.
 *
 * @param to bureau codes (ISO alpha-2 member codes or {@code GS}), or {@code ["ALL"]}
 * @param priority {@code ROUTINE} (the default) or {@code URGENT}
 * @param classification {@code OFFICIAL} (the default), {@code RESTRICTED} or {@code CONFIDENTIAL}
 * @param audience {@code ALL} (the default), {@code ONLY} or {@code EXCEPT}, with {@code countries}; every recipient
 *     must belong to it
 * @param inReplyTo the id of the message this one answers: the reply joins its thread
 */
public record MessageDraft(
        @Nullable List<@Nullable String> to,
        @Nullable String subject,
        @Nullable String body,
        @Nullable String priority,
        @Nullable String classification,
        @Nullable String audience,
        @Nullable List<@Nullable String> countries,
        @Nullable List<ReferenceDraft> references,
        @Nullable String inReplyTo) {

    /** A reference as written: {@code {"type": "PERSON", "id": "..."}}. */
    public record ReferenceDraft(
            @Nullable String type, @Nullable String id) {}
}
