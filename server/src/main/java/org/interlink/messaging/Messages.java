package org.interlink.messaging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.ConflictException;
import org.interlink.common.CursorPage;
import org.interlink.common.CyberReportLinks;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.members.Countries;
import org.interlink.platform.TimeOrderedIds;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Secure messages between bureaus: send, reply, forward, read, list, search, download attachments.
 *
 * <p>A message is visible to its sender bureau, its recipient bureaus (when the access policy also lets the viewer see
 * it: clearance and audience) and the General Secretariat; to anyone else it does not exist (404). Every send, read,
 * list, search and download is audited before it is answered (a send in its own transaction, reads through the
 * group-committing {@link AuditJournal}). A rejected message, or a rejected attachment, leaves nothing stored; a
 * message is visible only once its one transaction commits (its attachments' content is committed just before, and
 * deleted if the message does not follow).
 */
@Service
public class Messages {

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    /** At most this many attachments per message. */
    public static final int MAX_ATTACHMENTS = 10;
    /** At most this many bytes per attachment: 25 MB (MiB). */
    public static final long MAX_ATTACHMENT_BYTES = 25L * 1024 * 1024;

    static final int MAX_SUBJECT = 200;
    static final int MAX_BODY = 100_000;
    static final int MAX_REFERENCES = 20;
    static final int MAX_PAGE = 200;
    static final int UNREAD_CAP = 1000;

    private final CyberReportLinks reports;
    private final MessageRows rows;
    private final AttachmentBlobs blobs;
    private final Countries countries;
    private final AuditLog audit;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    Messages(
            MessageRows rows,
            AttachmentBlobs blobs,
            Countries countries,
            AuditLog audit,
            AuditJournal journal,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            CyberReportLinks reports) {
        this(rows, blobs, countries, audit, journal, events, transactions, reports, Clock.systemUTC());
    }

    Messages(
            MessageRows rows,
            AttachmentBlobs blobs,
            Countries countries,
            AuditLog audit,
            AuditJournal journal,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            CyberReportLinks reports,
            Clock clock) {
        this.rows = rows;
        this.reports = reports;
        this.blobs = blobs;
        this.countries = countries;
        this.audit = audit;
        this.journal = journal;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The outcome of a send.
     *
     * @param replayed true when the {@code Idempotency-Key} had already sent this message: nothing new was sent
     */
    public record Sent(MessageView message, boolean replayed) {}

    /** An attachment ready to be streamed to its downloader, after its checksum was verified. */
    public record Download(AttachmentInfo info, AttachmentName name, Writer content) {

        /** Writes the decrypted content. */
        @FunctionalInterface
        public interface Writer {
            void writeTo(OutputStream out) throws IOException;
        }
    }

    // --- sending ---------------------------------------------------------------------------------------------------

    /**
     * Sends a message (a reply when {@code draft.inReplyTo()} is set) with its attachments.
     *
     * @param idempotencyKey optional; the same key from the same bureau answers the first message instead of sending
     *     again, and a different message under a used key is refused (422)
     * @throws InvalidInputException naming every rejected field
     * @throws AttachmentRejectedException for too many, too large or disallowed attachments
     */
    public Sent send(
            Viewer sender, MessageDraft draft, List<Upload> uploads, @Nullable String idempotencyKey, String purpose) {
        try {
            String key = checkKey(idempotencyKey);
            Outgoing outgoing = validate(sender, draft, null);
            List<Inspected> attachments = inspect(uploads);
            return dispatch(sender, outgoing, attachments, key, purpose);
        } catch (InvalidInputException | AttachmentRejectedException | ConflictException e) {
            recordFailure(sender, purpose);
            throw e;
        }
    }

    /**
     * Forwards a message the forwarder may see to other bureaus, as a new message owned by the forwarder's bureau: the
     * forwarder's comment, then the original (with its attachments and references). Its classification cannot be
     * lower than the original's. The original stays visible only to its own sender and recipients.
     */
    public Sent forward(
            Viewer forwarder, String originalId, MessageDraft draft, @Nullable String idempotencyKey, String purpose) {
        StoredMessage original = visible(forwarder, originalId)
                .orElseThrow(() -> notFound(forwarder, Operation.SEND, originalId, purpose));
        try {
            String key = checkKey(idempotencyKey);
            Outgoing outgoing =
                    validate(forwarder, forwarding(original, draft, visibleReferences(forwarder, original)), original);
            return dispatch(forwarder, outgoing, List.of(), key, purpose);
        } catch (InvalidInputException | ConflictException e) {
            recordFailure(forwarder, purpose);
            throw e;
        }
    }

    private static MessageDraft forwarding(StoredMessage original, MessageDraft draft, List<Reference> kept) {
        String subject = draft.subject() == null || draft.subject().isBlank()
                ? (original.subject().startsWith("Fwd: ") ? original.subject() : "Fwd: " + original.subject())
                : draft.subject();
        String comment = draft.body() == null ? "" : draft.body().strip();
        String body = (comment.isEmpty() ? "" : comment + "\n\n")
                + "---------- Forwarded message ----------\n"
                + "From: " + original.owner() + " (" + original.sentBy() + ")\n"
                + "Sent: " + original.sentAt() + "\n"
                + "To: " + String.join(", ", original.recipients().asAddressed()) + "\n"
                + "Subject: " + original.subject() + "\n\n"
                + original.body();
        List<MessageDraft.ReferenceDraft> references = new ArrayList<>();
        kept.forEach(r -> references.add(new MessageDraft.ReferenceDraft(r.type(), r.id())));
        if (draft.references() != null) {
            references.addAll(draft.references());
        }
        references.add(new MessageDraft.ReferenceDraft("MESSAGE", original.id().toString()));
        return new MessageDraft(
                draft.to(),
                subject,
                body,
                draft.priority() == null ? original.priority().name() : draft.priority(),
                draft.classification() == null
                        ? original.access().classification().name()
                        : draft.classification(),
                draft.audience(),
                draft.countries(),
                references.stream().distinct().toList(),
                null);
    }

    /** A validated message, ready to store. */
    private record Outgoing(
            Recipients recipients,
            List<String> deliveries,
            String subject,
            String body,
            Priority priority,
            Restriction access,
            List<Reference> references,
            @Nullable StoredMessage parent,
            @Nullable StoredMessage forwarded) {}

    /** An attachment that passed inspection. */
    private record Inspected(Upload upload, AttachmentName name, AttachmentType type, long size, String sha256) {}

    private Sent dispatch(
            Viewer sender, Outgoing outgoing, List<Inspected> attachments, @Nullable String key, String purpose) {
        String hash = requestHash(outgoing, attachments);
        if (key != null) {
            Optional<MessageRows.Idempotency> earlier = rows.findIdempotency(sender.bureau(), key);
            if (earlier.isPresent()) {
                return replay(sender, earlier.get(), hash, purpose);
            }
        }
        // The content first, each blob durable in its file before the message transaction below refers to it, and
        // outside that transaction, which holds the audit chain lock until it commits. Blobs are unreachable until
        // then; if it does not commit, they are deleted (and swept later if even that fails).
        List<AttachmentBlobs.Blob> stored = storeContent(attachments);
        UUID id = TimeOrderedIds.next(); // new messages land at the end of the primary-key index
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Boolean sent;
        try {
            sent = transactions.execute(status -> {
                UUID thread = outgoing.parent() == null ? id : outgoing.parent().threadId();
                long seq = rows.insert(
                        id,
                        sender,
                        outgoing.access(),
                        outgoing.recipients(),
                        outgoing.subject(),
                        outgoing.body(),
                        outgoing.priority(),
                        outgoing.references(),
                        outgoing.parent() == null ? null : outgoing.parent().id(),
                        thread,
                        outgoing.forwarded() == null
                                ? null
                                : outgoing.forwarded().id(),
                        now);
                // A concurrent retry with the same key waits here for the first transaction.
                if (key != null && !rows.claimIdempotency(sender.bureau(), key, hash, id)) {
                    status.setRollbackOnly();
                    return false;
                }
                rows.deliver(seq, outgoing.deliveries());
                for (int i = 0; i < attachments.size(); i++) {
                    Inspected attachment = attachments.get(i);
                    blobs.attach(
                            id,
                            i + 1,
                            attachment.name(),
                            attachment.type().mediaType(),
                            stored.get(i).id());
                }
                List<AuditEntry> entries = new ArrayList<>();
                entries.add(entry(sender, Operation.SEND, "message", id.toString(), purpose, Outcome.SUCCESS));
                if (outgoing.forwarded() != null) {
                    blobs.copyAttachments(outgoing.forwarded().id(), id);
                    entries.add(entry(
                            sender,
                            Operation.DISCLOSE,
                            "message",
                            outgoing.forwarded().id().toString(),
                            purpose,
                            Outcome.SUCCESS));
                }
                audit.recordAll(entries);
                events.publishEvent(new MessageSent(
                        id.toString(),
                        sender.bureau(),
                        outgoing.deliveries(),
                        outgoing.priority(),
                        outgoing.references(),
                        now));
                return true;
            });
        } catch (RuntimeException e) {
            discard(stored);
            throw e;
        }
        if (!Boolean.TRUE.equals(sent)) {
            discard(stored);
            MessageRows.Idempotency earlier = rows.findIdempotency(sender.bureau(), key == null ? "" : key)
                    .orElseThrow(() -> new IllegalStateException("idempotency key vanished"));
            return replay(sender, earlier, hash, purpose);
        }
        return new Sent(view(rows.find(id, sender).orElseThrow(), sender), false);
    }

    /**
     * Encrypts and stores each attachment's content, durable and committed on its own, outside any transaction;
     * nothing refers to it yet. If one fails, those already stored are deleted.
     */
    private List<AttachmentBlobs.Blob> storeContent(List<Inspected> attachments) {
        List<AttachmentBlobs.Blob> stored = new ArrayList<>();
        try {
            for (Inspected attachment : attachments) {
                stored.add(blobs.store(attachment.upload(), attachment.size(), attachment.sha256()));
            }
        } catch (IOException e) {
            discard(stored);
            throw new java.io.UncheckedIOException(e);
        } catch (RuntimeException e) {
            discard(stored);
            throw e;
        }
        return stored;
    }

    /** Deletes content no message came to refer to; a failure here is left to the daily sweep. */
    private void discard(List<AttachmentBlobs.Blob> stored) {
        if (stored.isEmpty()) {
            return;
        }
        try {
            transactions.executeWithoutResult(status -> blobs.deleteUnreferenced(
                    stored.stream().map(AttachmentBlobs.Blob::id).toList()));
        } catch (RuntimeException e) {
            // the sweep in MessagingHousekeeping removes unreferenced blobs after an hour
        }
    }

    private Sent replay(Viewer sender, MessageRows.Idempotency earlier, String hash, String purpose) {
        if (!earlier.requestHash().equals(hash)) {
            throw new ConflictException(
                    422,
                    "This Idempotency-Key was already used for a different message; use a new key for a new"
                            + " message");
        }
        StoredMessage message = rows.find(earlier.messageId(), sender).orElseThrow();
        journal.record(entry(sender, Operation.READ, "message", message.id().toString(), purpose, Outcome.SUCCESS));
        return new Sent(view(message, sender), true);
    }

    private static @Nullable String checkKey(@Nullable String key) {
        if (key == null) {
            return null;
        }
        if (!key.matches("[\\x21-\\x7e]{1,200}")) {
            throw new InvalidInputException(
                    "Idempotency-Key", "must be 1 to 200 visible ASCII characters (a UUID is a good key)");
        }
        return key;
    }

    /** Everything that makes two sends the same message, hashed: a retry must match it exactly. */
    private static String requestHash(Outgoing outgoing, List<Inspected> attachments) {
        MessageDigest sha = AttachmentBlobs.sha256();
        List<String> fields = new ArrayList<>();
        fields.add(String.join(",", outgoing.recipients().asAddressed()));
        fields.add(outgoing.subject());
        fields.add(outgoing.body());
        fields.add(outgoing.priority().name());
        fields.add(outgoing.access().classification().name());
        fields.add(outgoing.access().audience().name());
        fields.add(String.join(",", new TreeSet<>(outgoing.access().countries())));
        outgoing.references().forEach(r -> fields.add(r.type() + ":" + r.id()));
        fields.add(outgoing.parent() == null ? "" : outgoing.parent().id().toString());
        fields.add(outgoing.forwarded() == null ? "" : outgoing.forwarded().id().toString());
        attachments.forEach(a -> fields.add(a.name().value() + ":" + a.sha256()));
        for (String field : fields) {
            byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
            sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
            sha.update(bytes);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    // --- validation ------------------------------------------------------------------------------------------------

    private Outgoing validate(Viewer sender, MessageDraft draft, @Nullable StoredMessage forwarded) {
        List<FieldError> errors = new ArrayList<>();
        Restriction access = access(draft, errors);
        if (forwarded != null
                && access != null
                && access.classification().compareTo(forwarded.access().classification()) < 0) {
            errors.add(new FieldError(
                    "access.classification",
                    "must not be lower than the forwarded message's ("
                            + forwarded.access().classification() + ")"));
        }
        Recipients recipients = recipients(sender, draft.to(), access, errors);
        String subject = draft.subject() == null ? "" : draft.subject().strip();
        if (subject.isEmpty()) {
            errors.add(new FieldError("subject", "is required"));
        } else if (subject.length() > MAX_SUBJECT) {
            errors.add(new FieldError("subject", "must be at most " + MAX_SUBJECT + " characters"));
        } else if (hasControl(subject, false)) {
            errors.add(new FieldError("subject", "must not contain control characters"));
        }
        String body = draft.body() == null ? "" : draft.body();
        if (body.length() > MAX_BODY) {
            errors.add(new FieldError("body", "must be at most " + MAX_BODY + " characters"));
        } else if (hasControl(body, true)) {
            errors.add(new FieldError("body", "must not contain control characters other than tab and line breaks"));
        }
        Priority priority = Priority.ROUTINE;
        if (draft.priority() != null) {
            try {
                priority = Priority.valueOf(draft.priority().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("priority", "must be ROUTINE or URGENT"));
            }
        }
        List<Reference> references = references(sender, draft.references(), errors);
        StoredMessage parent = null;
        if (draft.inReplyTo() != null && !draft.inReplyTo().isBlank()) {
            parent = visible(sender, draft.inReplyTo().trim()).orElse(null);
            if (parent == null) {
                errors.add(new FieldError("inReplyTo", "is not a message you may see"));
            }
        }
        if (!errors.isEmpty() || recipients == null || access == null) {
            throw new InvalidInputException(errors);
        }
        return new Outgoing(
                recipients,
                deliveries(sender, recipients),
                subject,
                body,
                priority,
                access,
                references,
                parent,
                forwarded);
    }

    private @Nullable Restriction access(MessageDraft draft, List<FieldError> errors) {
        Classification classification = Classification.OFFICIAL;
        Audience audience = Audience.ALL;
        int before = errors.size();
        if (draft.classification() != null) {
            try {
                classification =
                        Classification.valueOf(draft.classification().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("access.classification", "must be OFFICIAL, RESTRICTED or CONFIDENTIAL"));
            }
        }
        if (draft.audience() != null) {
            try {
                audience = Audience.valueOf(draft.audience().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("access.audience", "must be ALL, ONLY or EXCEPT"));
            }
        }
        Set<String> listed = new TreeSet<>();
        List<@Nullable String> codes = draft.countries() == null ? List.of() : draft.countries();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            if (countries.isMember(code)) {
                listed.add(code.trim().toUpperCase(Locale.ROOT));
            } else {
                errors.add(new FieldError("access.countries[" + i + "]", "is not a member country"));
            }
        }
        if (audience == Audience.ALL && !listed.isEmpty()) {
            errors.add(new FieldError("access.countries", "must be empty when the audience is ALL"));
        }
        return errors.size() > before ? null : new Restriction(classification, audience, listed);
    }

    private @Nullable Recipients recipients(
            Viewer sender, @Nullable List<@Nullable String> to, @Nullable Restriction access, List<FieldError> errors) {
        if (to == null || to.isEmpty()) {
            errors.add(
                    new FieldError("to", "is required: at least one bureau code (e.g. \"DE\" or \"GS\"), or \"ALL\""));
            return null;
        }
        int before = errors.size();
        boolean all = false;
        Set<String> bureaus = new LinkedHashSet<>();
        for (int i = 0; i < to.size(); i++) {
            String field = "to[" + i + "]";
            String code = to.get(i) == null ? "" : to.get(i).trim().toUpperCase(Locale.ROOT);
            if (code.equals(Recipients.ALL)) {
                all = true;
            } else if (!code.equals(Viewer.GENERAL_SECRETARIAT) && !countries.isMember(code)) {
                errors.add(new FieldError(
                        field, (code.isEmpty() ? "is empty" : code + " is not a member country") + " (or GS, or ALL)"));
            } else if (code.equals(sender.bureau())) {
                errors.add(new FieldError(field, "is your own bureau"));
            } else if (access != null && !inAudience(code, sender, access)) {
                errors.add(
                        new FieldError(field, code + " is outside the audience of the message's access restriction"));
            } else {
                bureaus.add(code);
            }
        }
        if (all && to.size() > 1) {
            errors.add(new FieldError("to", "\"ALL\" cannot be combined with other bureaus"));
        }
        if (errors.size() > before) {
            return null;
        }
        return all ? new Recipients(true, List.of()) : new Recipients(false, List.copyOf(bureaus));
    }

    /** Whether a recipient bureau belongs to the audience (its clearance is checked when someone there reads). */
    private static boolean inAudience(String bureau, Viewer sender, Restriction access) {
        if (bureau.equals(Viewer.GENERAL_SECRETARIAT)) {
            return true;
        }
        Viewer cleared = new Viewer("-", bureau, Set.of(), Classification.CONFIDENTIAL);
        return AccessPolicy.maySee(cleared, sender.bureau(), access);
    }

    /** Every bureau the message is delivered to; for "ALL", every member bureau and the GS, but the sender. */
    private List<String> deliveries(Viewer sender, Recipients recipients) {
        if (!recipients.all()) {
            return recipients.bureaus();
        }
        List<String> all = new ArrayList<>();
        countries.all().forEach(c -> all.add(c.code()));
        all.add(Viewer.GENERAL_SECRETARIAT);
        all.remove(sender.bureau());
        return all;
    }

    private List<Reference> references(
            Viewer sender, @Nullable List<MessageDraft.ReferenceDraft> drafts, List<FieldError> errors) {
        if (drafts == null) {
            return List.of();
        }
        if (drafts.size() > MAX_REFERENCES) {
            errors.add(new FieldError("references", "at most " + MAX_REFERENCES + " references"));
            return List.of();
        }
        List<Reference> references = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            MessageDraft.ReferenceDraft draft = drafts.get(i);
            String type = draft == null || draft.type() == null
                    ? ""
                    : draft.type().trim().toUpperCase(Locale.ROOT);
            String id = draft == null || draft.id() == null ? "" : draft.id().trim();
            if (!Reference.TYPES.contains(type)) {
                errors.add(new FieldError(
                        "references[" + i + "].type", "must be one of " + new TreeSet<>(Reference.TYPES)));
            } else if (!id.matches("[A-Za-z0-9._:-]{1,100}")) {
                errors.add(new FieldError(
                        "references[" + i + "].id", "must be 1 to 100 letters, digits, '.', '_', ':' or '-'"));
            } else if (type.equals(Reference.CYBER_REPORT) && !reports.visible(sender, id)) {
                errors.add(new FieldError("references[" + i + "].id", "no cyber report you may see has this id"));
            } else {
                references.add(new Reference(type, id));
            }
        }
        return references.stream().distinct().toList();
    }

    private static boolean hasControl(String text, boolean allowLineBreaks) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
            if ((c < 0x20 || (c >= 0x7f && c < 0xa0)) && !(allowLineBreaks && lineBreak)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Counts and sizes first (413), then the type of each from its bytes (415), hashing it on the way. Nothing is
     * stored yet.
     */
    private static List<Inspected> inspect(List<Upload> uploads) {
        if (uploads.size() > MAX_ATTACHMENTS) {
            throw AttachmentRejectedException.tooLarge(List.of(new FieldError(
                    "attachment", "at most " + MAX_ATTACHMENTS + " attachments per message, not " + uploads.size())));
        }
        List<FieldError> tooLarge = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            if (uploads.get(i).size() > MAX_ATTACHMENT_BYTES) {
                tooLarge.add(new FieldError("attachment[" + i + "]", "is larger than 25 MB"));
            }
        }
        if (!tooLarge.isEmpty()) {
            throw AttachmentRejectedException.tooLarge(tooLarge);
        }
        List<FieldError> refused = new ArrayList<>();
        List<Inspected> inspected = new ArrayList<>();
        for (int i = 0; i < uploads.size(); i++) {
            Upload upload = uploads.get(i);
            AttachmentName name = AttachmentName.sanitise(upload.fileName());
            try {
                AttachmentType type = FileTypes.detect(upload);
                MessageDigest sha = AttachmentBlobs.sha256();
                long size = 0;
                byte[] buffer = new byte[64 * 1024];
                try (InputStream in = upload.content().open()) {
                    for (int read; (read = in.read(buffer)) > 0; ) {
                        sha.update(buffer, 0, read);
                        size += read;
                        if (size > MAX_ATTACHMENT_BYTES) {
                            throw AttachmentRejectedException.tooLarge(
                                    List.of(new FieldError("attachment[" + i + "]", "is larger than 25 MB")));
                        }
                    }
                }
                inspected.add(
                        new Inspected(upload, name, type, size, HexFormat.of().formatHex(sha.digest())));
            } catch (FileTypes.Refused e) {
                refused.add(new FieldError("attachment[" + i + "]", name.value() + " " + e.getMessage()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        if (!refused.isEmpty()) {
            throw AttachmentRejectedException.unsupported(refused);
        }
        return inspected;
    }

    // --- reading ---------------------------------------------------------------------------------------------------

    /**
     * Opens a message: the first open by anyone of a recipient bureau is that bureau's read receipt. Audited.
     *
     * @throws NotFoundException when there is no such message or the viewer may not see it
     */
    public MessageView open(Viewer viewer, String id, String purpose) {
        StoredMessage message = visible(viewer, id).orElseThrow(() -> notFound(viewer, Operation.READ, id, purpose));
        recordConsultation(viewer, message, entry(viewer, Operation.READ, "message", id, purpose, Outcome.SUCCESS));
        return view(message, viewer);
    }

    /**
     * The messages of the thread the message belongs to that the viewer may see, oldest first. Audited as one
     * consultation of the thread.
     */
    public List<MessageSummary> thread(Viewer viewer, String id, String purpose) {
        StoredMessage message = visible(viewer, id).orElseThrow(() -> notFound(viewer, Operation.LIST, id, purpose));
        journal.record(
                entry(viewer, Operation.LIST, "thread", message.threadId().toString(), purpose, Outcome.SUCCESS));
        return rows.thread(message.threadId(), viewer);
    }

    /** The inbox of the viewer's bureau, newest first. Audited. */
    public CursorPage<MessageSummary> inbox(
            Viewer viewer, int limit, @Nullable String cursor, boolean unreadOnly, String purpose) {
        checkLimit(limit);
        Long before = decodeCursor(cursor);
        journal.record(entry(viewer, Operation.LIST, "inbox", viewer.bureau(), purpose, Outcome.SUCCESS));
        return page(rows.inbox(viewer, before, limit + 1, unreadOnly), limit);
    }

    /** The messages the viewer's bureau sent, newest first. Audited. */
    public CursorPage<MessageSummary> sent(Viewer viewer, int limit, @Nullable String cursor, String purpose) {
        checkLimit(limit);
        Long before = decodeCursor(cursor);
        journal.record(entry(viewer, Operation.LIST, "sent", viewer.bureau(), purpose, Outcome.SUCCESS));
        return page(rows.sent(viewer, before, limit + 1), limit);
    }

    /**
     * Full-text search over subject and body of every message the viewer may see, newest first. The query follows web
     * search syntax: words, {@code "a phrase"}, {@code or}, {@code -excluded}. Audited (without the query text).
     */
    public CursorPage<MessageSummary> search(
            Viewer viewer, String query, int limit, @Nullable String cursor, String purpose) {
        checkLimit(limit);
        String text = query.strip();
        if (text.isEmpty() || text.length() > 200) {
            throw new InvalidInputException("q", "must be 1 to 200 characters");
        }
        SearchQuery parsed = SearchQuery.parse(text);
        if (parsed.isEmpty()) {
            throw new InvalidInputException("q", "must contain a word or a phrase");
        }
        Long before = decodeCursor(cursor);
        journal.record(entry(viewer, Operation.SEARCH, "message", "", purpose, Outcome.SUCCESS));
        return page(rows.search(viewer, parsed, before, limit + 1), limit);
    }

    /** Unopened messages of the viewer's bureau, counted up to {@value #UNREAD_CAP} (shown as "1000+"). */
    public long unread(Viewer viewer) {
        return rows.unread(viewer, UNREAD_CAP);
    }

    /** The newest message in the viewer's inbox, as the marker live polling starts from. */
    public long newestInInbox(Viewer viewer) {
        return rows.newestInbox(viewer);
    }

    /**
     * Messages that arrived in the viewer's inbox after the marker, newest first (at most 50): live arrival. Audited
     * when there are any (an empty poll reveals nothing).
     */
    public List<MessageSummary> arrivedAfter(Viewer viewer, long marker, String purpose) {
        List<MessageSummary> arrived = rows.arrivedAfter(viewer, marker, 50);
        if (!arrived.isEmpty()) {
            journal.record(entry(viewer, Operation.LIST, "inbox", viewer.bureau(), purpose, Outcome.SUCCESS));
        }
        return arrived;
    }

    /**
     * An attachment of a message the viewer may see, its checksum verified before a byte is sent. Counts as opening
     * the message. Audited.
     *
     * @throws NotFoundException for a message the viewer may not see, exactly as for a missing one
     */
    public Download download(Viewer viewer, String id, int n, String purpose) {
        String object = id + "/" + n;
        StoredMessage message = visible(viewer, id)
                .orElseThrow(() -> notFound(viewer, Operation.DOWNLOAD, "attachment", object, purpose));
        AttachmentBlobs.Stored stored = blobs.find(message.id(), n)
                .orElseThrow(() -> notFound(viewer, Operation.DOWNLOAD, "attachment", object, purpose));
        @Nullable String damage;
        try {
            damage = blobs.verify(stored) ? null : "its content does not match its SHA-256";
        } catch (IOException | RuntimeException e) {
            damage = e.getMessage();
        }
        if (damage != null) {
            log.warn("Attachment {} failed its integrity check and was not sent: {}", object, damage);
            journal.record(entry(viewer, Operation.DOWNLOAD, "attachment", object, purpose, Outcome.FAILED));
            throw new AttachmentDamagedException(object);
        }
        recordConsultation(
                viewer, message, entry(viewer, Operation.DOWNLOAD, "attachment", object, purpose, Outcome.SUCCESS));
        return new Download(stored.info(), new AttachmentName(stored.info().name()), out -> {
            if (!blobs.decrypt(stored, out)) {
                throw new IOException("attachment " + object + " changed while it was being sent");
            }
        });
    }

    /**
     * Audits a read or download. The first one by a recipient bureau also writes its receipt, in one transaction with
     * the audit row; any later one only has its row to write, through the group-committing journal.
     */
    private void recordConsultation(Viewer viewer, StoredMessage message, AuditEntry entry) {
        if (!message.delivered() || message.readAt() != null) {
            journal.record(entry);
            return;
        }
        transactions.executeWithoutResult(status -> {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            if (rows.markRead(message.seq(), viewer, now)) {
                events.publishEvent(new MessageRead(message.id().toString(), message.owner(), viewer.bureau(), now));
            }
            audit.record(entry);
        });
    }

    private Optional<StoredMessage> visible(Viewer viewer, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        return rows.find(uuid, viewer).filter(m -> m.isVisibleTo(viewer));
    }

    private MessageView view(StoredMessage m, Viewer viewer) {
        boolean sees = viewer.isGeneralSecretariat() || viewer.bureau().equals(m.owner());
        return new MessageView(
                m.seq(),
                m.id().toString(),
                m.owner(),
                m.sentBy(),
                m.recipients().asAddressed(),
                m.subject(),
                m.body(),
                m.priority(),
                m.access(),
                visibleReferences(viewer, m),
                m.inReplyTo() == null ? null : m.inReplyTo().toString(),
                m.threadId().toString(),
                m.forwardedFrom() == null ? null : m.forwardedFrom().toString(),
                m.sentAt(),
                blobs.list(m.id()),
                sees ? rows.receipts(m.seq()) : null);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** The message's references without the cyber reports the viewer may not see: those are as if never written. */
    private List<Reference> visibleReferences(Viewer viewer, StoredMessage m) {
        return m.references().stream()
                .filter(r -> !r.type().equals(Reference.CYBER_REPORT) || reports.visible(viewer, r.id()))
                .toList();
    }

    private NotFoundException notFound(Viewer viewer, Operation operation, String id, String purpose) {
        return notFound(viewer, operation, "message", id, purpose);
    }

    /** A denied item is audited and answered exactly as a missing one. */
    private NotFoundException notFound(Viewer viewer, Operation operation, String type, String id, String purpose) {
        journal.record(entry(viewer, operation, type, id, purpose, Outcome.NOT_FOUND));
        return new NotFoundException(type, id);
    }

    private void recordFailure(Viewer sender, String purpose) {
        journal.record(entry(sender, Operation.SEND, "message", "", purpose, Outcome.FAILED));
    }

    private static AuditEntry entry(
            Viewer viewer, Operation operation, String type, String id, String purpose, Outcome outcome) {
        return new AuditEntry(viewer.actor(), viewer.bureau(), operation, type, id, purpose, outcome);
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
    }

    private static CursorPage<MessageSummary> page(List<MessageSummary> fetched, int limit) {
        boolean more = fetched.size() > limit;
        List<MessageSummary> items = more ? fetched.subList(0, limit) : fetched;
        return new CursorPage<>(
                List.copyOf(items), more ? encodeCursor(items.getLast().seq()) : null);
    }

    static String encodeCursor(long seq) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(Long.toString(seq).getBytes(StandardCharsets.US_ASCII));
    }

    private static @Nullable Long decodeCursor(@Nullable String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("cursor", "is not a cursor this list gave");
        }
    }
}
