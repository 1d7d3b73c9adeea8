package org.interlink.messaging;

import java.time.Instant;
import java.util.List;
import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A whole message as its sender, a recipient or the General Secretariat sees it.
 *
 * @param from the sender bureau (the message's owner)
 * @param sentBy the person or national system that sent it
 * @param to the recipient bureaus as addressed, or {@code ["ALL"]} for every bureau
 * @param threadId the id of the first message of the thread
 * @param forwardedFrom the message this one forwards, if it does (the original stays with its own recipients)
 * @param receipts when each recipient bureau first opened it: shown to the sender bureau and the General Secretariat
 *     only, otherwise null
 */
public record MessageView(
        long seq,
        String id,
        String from,
        String sentBy,
        List<String> to,
        String subject,
        String body,
        Priority priority,
        Restriction access,
        List<Reference> references,
        @Nullable String inReplyTo,
        String threadId,
        @Nullable String forwardedFrom,
        Instant sentAt,
        List<AttachmentInfo> attachments,
        @Nullable List<Receipt> receipts) {

    public boolean toAll() {
        return to.equals(List.of(Recipients.ALL));
    }
}
