package org.interlink.screening;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.ConflictException;
import org.interlink.common.CursorPage;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up of hits: the searcher's bureau and the record owner's list them, and either confirms one (with the action
 * taken) or dismisses it as a false positive (with a reason code). A dismissed pair is not raised again until the
 * record changes. A silent hit is the owner's alone.
 */
@Service
public class HitDesk {

    /** Why a hit is dismissed, so false positives can be counted and the matching tuned. */
    public static final Set<String> DISMISS_REASONS = Set.of(
            "DIFFERENT_PERSON", "DIFFERENT_DOCUMENT", "DIFFERENT_VEHICLE", "RECORD_OUTDATED", "DUPLICATE", "OTHER");

    static final int MAX_PAGE = 200;

    private final HitRows rows;
    private final AuditLog audit;
    private final Clock clock;

    @Autowired
    HitDesk(HitRows rows, AuditLog audit) {
        this(rows, audit, Clock.systemUTC());
    }

    HitDesk(HitRows rows, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the hits the viewer may see that pass the filter; the cursor continues the same filter's list. */
    @Transactional
    public CursorPage<Hit> list(Viewer viewer, HitFilter filter, @Nullable String cursor, int limit, String purpose) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
        List<HitRows.StoredHit> found = rows.visibleTo(
                viewer.bureau(),
                viewer.isGeneralSecretariat(),
                filter,
                decode(cursor, filter.order()),
                clock.instant(),
                limit + 1);
        boolean more = found.size() > limit;
        List<Hit> page = found.stream().limit(limit).map(HitRows.StoredHit::hit).toList();
        audit.record(
                new AuditEntry(viewer.actor(), viewer.bureau(), Operation.LIST, "hit", "", purpose, Outcome.SUCCESS));
        return new CursorPage<>(page, more ? encode(page.getLast(), filter.order()) : null);
    }

    @Transactional(noRollbackFor = NotFoundException.class) // the refusal's audit row must commit
    public Hit get(Viewer viewer, String id, String purpose) {
        Hit hit = visible(viewer, id, purpose, Operation.READ);
        audit.record(entry(viewer, Operation.READ, id, purpose, Outcome.SUCCESS));
        return hit;
    }

    /** The owner or the searcher confirms the hit, saying what was done. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public Hit confirm(Viewer viewer, String id, @Nullable String actionTaken, String purpose) {
        if (actionTaken == null || actionTaken.isBlank() || actionTaken.length() > 1000) {
            throw new InvalidInputException("actionTaken", "say what was done (at most 1000 characters)");
        }
        return decide(viewer, id, "CONFIRMED", actionTaken.strip(), purpose);
    }

    /** The owner or the searcher dismisses the hit as a false positive; the pair is not raised again. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public Hit dismiss(Viewer viewer, String id, @Nullable String reason, @Nullable String note, String purpose) {
        if (reason == null || !DISMISS_REASONS.contains(reason)) {
            throw new InvalidInputException("reason", "must be one of " + new java.util.TreeSet<>(DISMISS_REASONS));
        }
        String text = note == null || note.isBlank() ? reason : reason + ": " + note.strip();
        if (text.length() > 1000) {
            throw new InvalidInputException("note", "at most 1000 characters");
        }
        Hit hit = decide(viewer, id, "DISMISSED", text, purpose);
        rows.find(id).ifPresent(rows::remember);
        return hit;
    }

    private Hit decide(Viewer viewer, String id, String status, String note, String purpose) {
        visible(viewer, id, purpose, Operation.UPDATE);
        Instant now = clock.instant();
        if (!rows.decide(id, status, viewer.actor() + " (" + viewer.bureau() + ")", now, note)) {
            throw new ConflictException(409, "The hit was already confirmed or dismissed");
        }
        audit.record(entry(viewer, Operation.UPDATE, id, purpose, Outcome.SUCCESS));
        return rows.find(id).orElseThrow().hit();
    }

    /** The hit if the viewer may see it; otherwise audited and answered as missing. */
    private Hit visible(Viewer viewer, String id, String purpose, Operation operation) {
        Hit hit = rows.find(id)
                .filter(stored -> stored.visibleTo(viewer))
                .map(HitRows.StoredHit::hit)
                .orElse(null);
        if (hit == null) {
            audit.record(entry(viewer, operation, id, purpose, Outcome.NOT_FOUND));
            throw new NotFoundException("hit", id);
        }
        return hit;
    }

    private static AuditEntry entry(Viewer viewer, Operation operation, String id, String purpose, Outcome outcome) {
        return new AuditEntry(viewer.actor(), viewer.bureau(), operation, "hit", id, purpose, outcome);
    }

    /** Base64 of "order|key|id": a cursor of one order is refused by the other. */
    private static String encode(Hit last, HitFilter.Order order) {
        Instant key = order == HitFilter.Order.DEADLINE ? last.deadline() : last.createdAt();
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString((order + "|" + key + "|" + last.id()).getBytes(StandardCharsets.UTF_8));
    }

    private static HitRows.@Nullable Cursor decode(@Nullable String cursor, HitFilter.Order order) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", 3);
            if (parts.length == 3 && parts[0].equals(order.name())) {
                return new HitRows.Cursor(Instant.parse(parts[1]), parts[2]);
            }
        } catch (RuntimeException e) {
            // answered below, as any other cursor this list did not give out
        }
        throw new InvalidInputException("cursor", "is not a cursor this list gave out");
    }
}
