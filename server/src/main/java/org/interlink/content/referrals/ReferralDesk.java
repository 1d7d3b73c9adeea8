package org.interlink.content.referrals;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.CursorPage;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.members.Countries;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Creates, sends and answers referrals and removal orders. Every step is one transaction with its audit row (with the
 * caller's purpose) and its history row: it happens completely or not at all. A referral the viewer may not see is
 * answered exactly as a missing one (404, audited {@code NOT_FOUND}) on every path.
 */
@Service
class ReferralDesk {

    static final int MAX_LIMIT = 200;
    static final String OBJECT = "referral";

    private final Referrals referrals;
    private final EvidenceEntries entries;
    private final Countries countries;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    ReferralDesk(Referrals referrals, EvidenceEntries entries, Countries countries, AuditLog audit) {
        this(referrals, entries, countries, audit, Clock.systemUTC());
    }

    ReferralDesk(Referrals referrals, EvidenceEntries entries, Countries countries, AuditLog audit, Clock clock) {
        this.referrals = referrals;
        this.entries = entries;
        this.countries = countries;
        this.audit = audit;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** A new draft (or, with {@code send}, a referral sent at once); bad input is refused naming every field. */
    @Transactional
    Referral create(Viewer viewer, @Nullable JsonNode body, boolean send, String purpose) {
        ReferralBody.Parsed parsed = ReferralBody.parse(body, viewer, countries);
        List<String> unknown = entries.unknown(viewer, parsed.evidence().entries(), purpose);
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown.stream()
                    .map(id -> new org.interlink.common.FieldError(
                            "evidence.entries[" + parsed.evidence().entries().indexOf(id) + "]",
                            "is not a bank entry you may see: " + id))
                    .toList());
        }
        Instant at = clock.instant();
        Referral referral = referrals.insert(new Referral(
                UUID.randomUUID(),
                0,
                parsed.kind(),
                ReferralStatus.DRAFT,
                viewer.bureau(),
                parsed.restriction(),
                parsed.to(),
                parsed.url(),
                parsed.item(),
                parsed.grounds(),
                parsed.evidence(),
                at,
                null,
                null,
                null,
                null,
                0));
        step(viewer, referral, Operation.CREATE, "CREATED", null, purpose, at);
        if (send) {
            Referral sent = referral.sent(at);
            referrals.update(sent);
            step(viewer, sent, Operation.SEND, "SENT", null, purpose, at);
            return shown(viewer, sent.saved(), purpose);
        }
        return referral;
    }

    /** Sends a draft: the sender only; an order's hour starts now. */
    @Transactional(noRollbackFor = {NotFoundException.class, NotAPartyException.class})
    Referral send(Viewer viewer, UUID id, String purpose) {
        Referral referral = visibleForUpdate(viewer, id, Operation.SEND, purpose);
        if (!viewer.bureau().equals(referral.owner())) {
            audit.record(entry(viewer, Operation.SEND, id.toString(), purpose, Outcome.DENIED));
            throw new NotAPartyException("only the sending bureau " + referral.owner() + " sends it");
        }
        Instant at = clock.instant();
        Referral sent = referral.sent(at);
        referrals.update(sent);
        step(viewer, sent, Operation.SEND, "SENT", null, purpose, at);
        return shown(viewer, sent.saved(), purpose);
    }

    /** Records that the addressee received it. */
    @Transactional(noRollbackFor = {NotFoundException.class, NotAPartyException.class})
    Referral acknowledge(Viewer viewer, UUID id, @Nullable String note, String purpose) {
        return answer(viewer, id, "ACKNOWLEDGED", note, purpose, Referral::acknowledged);
    }

    /** Records what the addressee did (removed, disabled access, reviewed and kept…): {@code note} is required. */
    @Transactional(noRollbackFor = {NotFoundException.class, NotAPartyException.class})
    Referral act(Viewer viewer, UUID id, @Nullable String note, String purpose) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException("note", "is required: say what was done (e.g. removed, access disabled)");
        }
        return answer(viewer, id, "ACTED", note, purpose, Referral::acted);
    }

    /** One of the addressee's answers, taken by the party that records them, in the order the steps allow. */
    private Referral answer(
            Viewer viewer,
            UUID id,
            String step,
            @Nullable String note,
            String purpose,
            java.util.function.BiFunction<Referral, Instant, Referral> transition) {
        String said = note == null || note.isBlank() ? null : note.strip();
        if (said != null && said.length() > ReferralBody.MAX_TEXT) {
            throw new InvalidInputException("note", "must be at most " + ReferralBody.MAX_TEXT + " characters");
        }
        Referral referral = answerable(viewer, id, purpose);
        Instant at = clock.instant();
        Referral next = transition.apply(referral, at);
        referrals.update(next);
        step(viewer, next, Operation.UPDATE, step, said, purpose, at);
        return shown(viewer, next.saved(), purpose);
    }

    /** One referral, if the viewer may see it, with the evidence the viewer may see; the consultation is audited. */
    @Transactional(noRollbackFor = NotFoundException.class)
    Referral get(Viewer viewer, UUID id, String purpose) {
        return shown(viewer, visible(viewer, id, Operation.READ, purpose), purpose);
    }

    /** The id given in a path, or 404 when it cannot be one: a malformed id names no referral. */
    static UUID id(String text) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            throw new NotFoundException(OBJECT, text);
        }
    }

    List<Step> history(Referral referral) {
        return referrals.history(referral.id());
    }

    /** A page of the referrals the viewer may see, newest first; audited as one consultation. */
    @Transactional
    CursorPage<Referral> list(
            Viewer viewer,
            @Nullable ReferralKind kind,
            @Nullable ReferralStatus status,
            boolean overdue,
            int limit,
            @Nullable String cursor,
            String purpose) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        Long before = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                before = Long.parseLong(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("cursor", "is not a cursor this API gave");
            }
        }
        List<Referral> rows = referrals.list(viewer, kind, status, overdue ? clock.instant() : null, limit + 1, before);
        boolean more = rows.size() > limit;
        List<Referral> page = more ? rows.subList(0, limit) : rows;
        audit.record(entry(viewer, Operation.LIST, "", purpose, Outcome.SUCCESS));
        String next = more
                ? Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(Long.toString(page.getLast().seq()).getBytes(StandardCharsets.UTF_8))
                : null;
        return new CursorPage<>(
                page.stream().map(r -> shown(viewer, r, purpose)).toList(), next);
    }

    /** Removal orders overdue now that concern the viewer's bureau (sent by it or addressed to it). */
    long overdueFor(Viewer viewer) {
        return referrals.countOverdue(viewer.bureau(), clock.instant());
    }

    /** The referral for an export: audited as one; 404 as on every path. */
    @Transactional(noRollbackFor = NotFoundException.class)
    Referral export(Viewer viewer, UUID id, String purpose) {
        return shown(viewer, visible(viewer, id, Operation.EXPORT, purpose), purpose);
    }

    private Referral answerable(Viewer viewer, UUID id, String purpose) {
        Referral referral = visibleForUpdate(viewer, id, Operation.UPDATE, purpose);
        if (!viewer.bureau().equals(referral.answeringBureau())) {
            audit.record(entry(viewer, Operation.UPDATE, id.toString(), purpose, Outcome.DENIED));
            throw new NotAPartyException(
                    referral.to().namesBureau()
                            ? "only the addressed bureau " + referral.answeringBureau() + " answers it"
                            : "only the sending bureau " + referral.owner() + " records the platform's answers");
        }
        return referral;
    }

    private Referral visible(Viewer viewer, UUID id, Operation operation, String purpose) {
        Optional<Referral> found = referrals.find(id).filter(r -> r.visibleTo(viewer));
        return audited(viewer, id, found, operation, purpose);
    }

    private Referral visibleForUpdate(Viewer viewer, UUID id, Operation operation, String purpose) {
        Optional<Referral> found = referrals.findForUpdate(id).filter(r -> r.visibleTo(viewer));
        if (found.isEmpty()) {
            return audited(viewer, id, found, operation, purpose);
        }
        return found.get();
    }

    private Referral audited(Viewer viewer, UUID id, Optional<Referral> found, Operation operation, String purpose) {
        if (found.isEmpty()) {
            audit.record(entry(viewer, operation, id.toString(), purpose, Outcome.NOT_FOUND));
            throw new NotFoundException(OBJECT, id.toString());
        }
        if (operation == Operation.READ || operation == Operation.EXPORT) {
            audit.record(entry(viewer, operation, id.toString(), purpose, Outcome.SUCCESS));
        }
        return found.get();
    }

    /** The referral as this viewer may see it: bank entries of banks the viewer may not see are left out. */
    private Referral shown(Viewer viewer, Referral referral, String purpose) {
        List<String> ids = referral.evidence().entries();
        if (ids.isEmpty()) {
            return referral;
        }
        return referral.showing(referral.evidence().withEntries(entries.visible(viewer, ids, purpose)));
    }

    private void step(
            Viewer viewer,
            Referral referral,
            Operation operation,
            String step,
            @Nullable String note,
            String purpose,
            Instant at) {
        referrals.addStep(referral.id(), new Step(at, viewer.actor(), viewer.bureau(), step, note));
        audit.record(entry(viewer, operation, referral.id().toString(), purpose, Outcome.SUCCESS));
    }

    private static AuditEntry entry(Viewer viewer, Operation operation, String id, String purpose, Outcome outcome) {
        return new AuditEntry(viewer.actor(), viewer.bureau(), operation, OBJECT, id, purpose, outcome);
    }
}
