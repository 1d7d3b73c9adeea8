package org.interlink.messaging.web;

import java.time.Instant;
import java.util.List;
import org.interlink.access.Restriction;
import org.interlink.messaging.AttachmentInfo;
import org.interlink.messaging.MessageDraft;
import org.interlink.messaging.MessageSummary;
import org.interlink.messaging.MessageView;
import org.interlink.messaging.Priority;
import org.interlink.messaging.Receipt;
import org.interlink.messaging.Reference;
import org.jspecify.annotations.Nullable;

/** The JSON bodies of the messaging API, written by hand: the contract of {@code API.md}, Messages. */
final class MessageBodies {

    private MessageBodies() {}

    /**
     * {@code POST /api/v1/messages}: {@code {"to": ["DE"], "subject": "...", "body": "...", "priority": "URGENT",
     * "access": {...}, "references": [{"type": "PERSON", "id": "..."}], "inReplyTo": "..."}}. {@code "to": ["ALL"]}
     * addresses every bureau.
     */
    record SendRequest(
            @Nullable List<@Nullable String> to,
            @Nullable String subject,
            @Nullable String body,
            @Nullable String priority,
            @Nullable AccessRequest access,
            @Nullable List<MessageDraft.ReferenceDraft> references,
            @Nullable String inReplyTo) {

        MessageDraft draft() {
            return new MessageDraft(
                    to,
                    subject,
                    body,
                    priority,
                    access == null ? null : access.classification(),
                    access == null ? null : access.audience(),
                    access == null ? null : access.countries(),
                    references,
                    inReplyTo);
        }
    }

    /** {@code {"classification": "OFFICIAL", "audience": "ALL", "countries": []}}, every field optional. */
    record AccessRequest(
            @Nullable String classification,
            @Nullable String audience,
            @Nullable List<@Nullable String> countries) {}

    record AttachmentBody(int n, String name, String contentType, long size, String sha256, String href) {
        static AttachmentBody of(String messageId, AttachmentInfo info) {
            return new AttachmentBody(
                    info.n(),
                    info.name(),
                    info.contentType(),
                    info.size(),
                    info.sha256(),
                    "/api/v1/messages/" + messageId + "/attachments/" + info.n());
        }
    }

    record MessageBody(
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
            List<AttachmentBody> attachments,
            @Nullable List<Receipt> receipts) {

        static MessageBody of(MessageView m) {
            return new MessageBody(
                    m.id(),
                    m.from(),
                    m.sentBy(),
                    m.to(),
                    m.subject(),
                    m.body(),
                    m.priority(),
                    m.access(),
                    m.references(),
                    m.inReplyTo(),
                    m.threadId(),
                    m.forwardedFrom(),
                    m.sentAt(),
                    m.attachments().stream()
                            .map(a -> AttachmentBody.of(m.id(), a))
                            .toList(),
                    m.receipts());
        }
    }

    /** A line of a list: no body (listing is not reading). {@code read}: whether the viewer's bureau opened it. */
    record SummaryBody(
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
            @Nullable Boolean read) {

        static SummaryBody of(MessageSummary s) {
            return new SummaryBody(
                    s.id(),
                    s.from(),
                    s.sentBy(),
                    s.to(),
                    s.subject(),
                    s.priority(),
                    s.access(),
                    s.sentAt(),
                    s.attachments(),
                    s.threadId(),
                    s.inReplyTo(),
                    s.read());
        }
    }

    record Unread(long unread, boolean capped) {}
}
