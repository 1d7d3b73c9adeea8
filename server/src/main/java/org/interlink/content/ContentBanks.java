package org.interlink.content;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.ConflictException;
import org.interlink.common.CursorPage;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.matching.pdq.PdqHasher;
import org.interlink.messaging.AttachmentName;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hash banks and their entries under the access policy: a bank belongs to a bureau or the GS and carries the usual
 * restriction; an entry is visible exactly when its bank is. A bank or entry the viewer may not see is answered as
 * missing (404) on every path, and the refusal is audited. Only the bank's owner adds, disables and re-enables
 * entries. Every operation is audited with its purpose.
 */
@Service
public class ContentBanks {

    static final int MAX_NAME = 100;
    static final int MAX_SOURCE = 500;
    static final int MAX_PAGE = 500;

    private final ContentRows rows;
    private final KeptEvidence evidence;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Autowired
    ContentBanks(ContentRows rows, KeptEvidence evidence, AuditLog audit, ApplicationEventPublisher events) {
        this(rows, evidence, audit, events, Clock.systemUTC());
    }

    ContentBanks(
            ContentRows rows, KeptEvidence evidence, AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.rows = rows;
        this.evidence = evidence;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Who may see a bank: {@code classification} (default OFFICIAL), {@code audience} (default ALL), countries. */
    public record AccessRequest(
            @Nullable String classification,
            @Nullable String audience,
            @Nullable List<String> countries) {}

    /** A new bank: {@code name} is required and unique; {@code negative} marks known-benign hashes. */
    public record NewBank(
            @Nullable String name,
            @Nullable List<String> labels,
            @Nullable AccessRequest access,
            @Nullable Boolean negative) {}

    /**
     * A new entry given as a signal.
     *
     * @param signalType {@code pdq}, {@code md5}, {@code sha256} or {@code url}
     * @param quality a PDQ hash's quality (0–100), when known; below 50 it is refused
     */
    public record NewEntry(
            @Nullable String signalType,
            @Nullable String signal,
            @Nullable List<String> labels,
            @Nullable String source,
            @Nullable Integer quality) {}

    /**
     * The entries a file gave, and what was not stored and why (e.g. a PDQ hash of quality under 50).
     */
    public record Added(List<Entry> entries, List<String> notes) {}

    /** An uploaded file, hashed here; stored (encrypted) only when kept as evidence. */
    public record UploadedFile(
            byte[] bytes,
            @Nullable String contentType,
            @Nullable String fileName) {}

    @Transactional
    public Bank create(Viewer viewer, NewBank request, String purpose) {
        List<FieldError> errors = new ArrayList<>();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("name", "required, 1 to " + MAX_NAME + " characters, no control characters"));
        }
        List<String> labels = Taxonomy.check(request.labels(), "labels", errors);
        Restriction access = access(request.access(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Bank bank = new Bank(
                UUID.randomUUID().toString(),
                name,
                viewer.bureau(),
                access,
                Boolean.TRUE.equals(request.negative()),
                labels,
                viewer.actor(),
                clock.instant(),
                0);
        if (!rows.insertBank(bank)) {
            throw new ConflictException(409, "A bank named '" + name + "' exists already");
        }
        audit.record(entry(viewer, Operation.CREATE, "content-bank", bank.id(), purpose, Outcome.SUCCESS));
        return bank;
    }

    /** The banks the viewer may see, by name. */
    @Transactional
    public List<Bank> banks(Viewer viewer, String purpose) {
        List<Bank> banks = rows.banksVisibleTo(viewer);
        audit.record(entry(viewer, Operation.LIST, "content-bank", "", purpose, Outcome.SUCCESS));
        return banks;
    }

    @Transactional(noRollbackFor = NotFoundException.class) // the refusal's audit row must commit
    public Bank bank(Viewer viewer, String id, String purpose) {
        Bank bank = visibleBank(viewer, id, purpose, Operation.READ);
        audit.record(entry(viewer, Operation.READ, "content-bank", id, purpose, Outcome.SUCCESS));
        return bank;
    }

    /** A page of the bank's entries, by id; the cursor is the last id of the previous page. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public CursorPage<Entry> entries(Viewer viewer, String bankId, @Nullable String cursor, int limit, String purpose) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_PAGE);
        }
        long after = 0;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = Long.parseLong(cursor.strip());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("cursor", "is not a cursor this list gave out");
            }
        }
        visibleBank(viewer, bankId, purpose, Operation.LIST);
        List<Entry> found = rows.entries(bankId, after, limit + 1);
        List<Entry> page = found.stream().limit(limit).toList();
        audit.record(entry(viewer, Operation.LIST, "content-entry", bankId, purpose, Outcome.SUCCESS));
        return new CursorPage<>(
                page, found.size() > limit ? Long.toString(page.getLast().id()) : null);
    }

    @Transactional(noRollbackFor = NotFoundException.class)
    public Entry entry(Viewer viewer, long id, String purpose) {
        Entry entry = visibleEntry(viewer, id, purpose, Operation.READ);
        audit.record(entry(viewer, Operation.READ, "content-entry", Long.toString(id), purpose, Outcome.SUCCESS));
        return entry;
    }

    /** Adds one signal to a bank of the viewer's bureau. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public Entry add(Viewer viewer, String bankId, NewEntry request, String purpose) {
        List<FieldError> errors = new ArrayList<>();
        SignalType type = SignalType.parse(request.signalType());
        if (type == null) {
            errors.add(new FieldError("signalType", "must be one of pdq, md5, sha256, url"));
        }
        String signal = null;
        if (request.signal() == null || request.signal().isBlank()) {
            errors.add(new FieldError("signal", "required"));
        } else if (type != null) {
            try {
                signal = Signals.normalise(type, request.signal());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("signal", e.getMessage()));
            }
        }
        Integer quality = request.quality();
        if (quality != null && (type != SignalType.PDQ || quality < 0 || quality > 100)) {
            errors.add(new FieldError("quality", "only for pdq, 0 to 100"));
        } else if (quality != null && quality < PdqHasher.MIN_QUALITY) {
            errors.add(new FieldError(
                    "quality", "is below " + PdqHasher.MIN_QUALITY + ": too featureless to match, not stored"));
        }
        List<String> labels = Taxonomy.check(request.labels(), "labels", errors);
        String source = source(request.source(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        Bank bank = ownBank(viewer, bankId, purpose);
        SignalType known = type;
        return insert(viewer, bank, known, signal, quality, labels, source, purpose)
                .orElseThrow(() -> new ConflictException(409, "The bank holds this " + known.wire() + " already"));
    }

    /**
     * Hashes a file and adds its signals to a bank of the viewer's bureau: MD5 and SHA-256 always, PDQ when it is an
     * image whose hash has quality 50 or more. A signal the bank holds already is skipped; when it holds them all, 409.
     * The file itself is kept only with {@code keepEvidence}: encrypted as message attachments are, linked to the new
     * entries, committed with them or not at all.
     */
    @Transactional(noRollbackFor = NotFoundException.class)
    public Added addFile(
            Viewer viewer,
            String bankId,
            UploadedFile file,
            @Nullable List<String> labels,
            @Nullable String source,
            boolean keepEvidence,
            String purpose) {
        List<FieldError> errors = new ArrayList<>();
        List<String> checked = Taxonomy.check(labels, "labels", errors);
        String from = source(source, errors);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        FileHashes hashes = FileHashes.of(file.bytes(), file.contentType(), file.fileName());
        Bank bank = ownBank(viewer, bankId, purpose);
        // Sealed before the entries, so that a conflict below rolls the file back too.
        UUID kept = keepEvidence
                ? evidence.keep(
                        bank.id(),
                        file.bytes(),
                        AttachmentName.sanitise(file.fileName()),
                        viewer.actor(),
                        clock.instant())
                : null;
        List<Entry> added = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (hashes.pdq() != null && !hashes.pdq().usable()) {
            notes.add("pdq not stored: quality " + hashes.pdq().quality() + " is below " + PdqHasher.MIN_QUALITY
                    + " (too featureless to match reliably)");
        }
        if (hashes.pdq() != null && hashes.pdq().usable()) {
            insert(
                            viewer,
                            bank,
                            SignalType.PDQ,
                            hashes.pdq().hash().hex(),
                            hashes.pdq().quality(),
                            checked,
                            from,
                            purpose)
                    .ifPresent(added::add);
        }
        insert(viewer, bank, SignalType.MD5, hashes.md5(), null, checked, from, purpose)
                .ifPresent(added::add);
        insert(viewer, bank, SignalType.SHA256, hashes.sha256(), null, checked, from, purpose)
                .ifPresent(added::add);
        if (added.isEmpty()) {
            throw new ConflictException(409, "The bank holds this file's hashes already");
        }
        if (kept != null) {
            evidence.link(kept, added.stream().map(Entry::id).toList());
            added = added.stream().map(e -> rows.entry(e.id()).orElseThrow()).toList();
        }
        return new Added(added, notes);
    }

    /**
     * The file an entry was hashed from, when it was kept as evidence: visible exactly when the entry is; a hidden
     * entry, or one without evidence, is answered as missing. The disclosure is audited ({@code EXPORT}) with its
     * purpose.
     */
    @Transactional(noRollbackFor = NotFoundException.class)
    public EvidenceFile evidence(Viewer viewer, long entryId, String purpose) {
        visibleEntry(viewer, entryId, purpose, Operation.EXPORT);
        KeptEvidence.Stored stored = evidence.ofEntry(entryId).orElse(null);
        if (stored == null) {
            audit.record(entry(
                    viewer, Operation.EXPORT, "content-evidence", Long.toString(entryId), purpose, Outcome.NOT_FOUND));
            throw new NotFoundException("entry", Long.toString(entryId));
        }
        audit.record(
                entry(viewer, Operation.EXPORT, "content-evidence", Long.toString(entryId), purpose, Outcome.SUCCESS));
        return new EvidenceFile(
                stored.name(), stored.sealed().size(), stored.sealed().sha256(), out -> {
                    if (!evidence.open(stored, out)) {
                        throw new IOException("evidence of entry " + entryId + " does not match its checksum");
                    }
                });
    }

    /**
     * A kept file to send: its sanitised name, plaintext size and SHA-256 (hex), and its content, decrypted as it is
     * written (the checksum is checked first, so nothing of a damaged file is sent).
     */
    public record EvidenceFile(AttachmentName name, long size, String sha256, Writer content) {

        public interface Writer {
            void writeTo(OutputStream out) throws IOException;
        }
    }

    /** Disables (a false positive) or re-enables an entry of a bank of the viewer's bureau. */
    @Transactional(noRollbackFor = NotFoundException.class)
    public Entry setEnabled(Viewer viewer, long id, @Nullable Boolean enabled, String purpose) {
        if (enabled == null) {
            throw new InvalidInputException("enabled", "required: true or false");
        }
        Entry entry = visibleEntry(viewer, id, purpose, Operation.UPDATE);
        ownBank(viewer, entry.bankId(), purpose);
        if (rows.setEnabled(id, enabled)) {
            events.publishEvent(new EntryChanged(id));
        }
        audit.record(entry(viewer, Operation.UPDATE, "content-entry", Long.toString(id), purpose, Outcome.SUCCESS));
        return rows.entry(id).orElseThrow();
    }

    /** The new entry, or empty when the bank holds this signal already. */
    private Optional<Entry> insert(
            Viewer viewer,
            Bank bank,
            SignalType type,
            String signal,
            @Nullable Integer quality,
            List<String> labels,
            String source,
            String purpose) {
        return rows.insertEntry(bank.id(), type, signal, quality, labels, source, viewer.actor(), clock.instant())
                .map(id -> created(viewer, id, purpose));
    }

    private Entry created(Viewer viewer, long id, String purpose) {
        events.publishEvent(new EntryChanged(id));
        audit.record(entry(viewer, Operation.CREATE, "content-entry", Long.toString(id), purpose, Outcome.SUCCESS));
        return rows.entry(id).orElseThrow();
    }

    /** The bank if the viewer may see it; otherwise audited and answered as missing. */
    private Bank visibleBank(Viewer viewer, String id, String purpose, Operation operation) {
        Bank bank = rows.bank(id)
                .filter(b -> AccessPolicy.maySee(viewer, b.owner(), b.access()))
                .orElse(null);
        if (bank == null) {
            audit.record(entry(viewer, operation, "content-bank", id, purpose, Outcome.NOT_FOUND));
            throw new NotFoundException("bank", id);
        }
        return bank;
    }

    private Entry visibleEntry(Viewer viewer, long id, String purpose, Operation operation) {
        Entry entry = rows.entry(id)
                .filter(e -> rows.bank(e.bankId())
                        .map(b -> AccessPolicy.maySee(viewer, b.owner(), b.access()))
                        .orElse(false))
                .orElse(null);
        if (entry == null) {
            audit.record(entry(viewer, operation, "content-entry", Long.toString(id), purpose, Outcome.NOT_FOUND));
            throw new NotFoundException("entry", Long.toString(id));
        }
        return entry;
    }

    /** A bank the viewer may see and whose bureau it acts for; another bureau's visible bank is 403. */
    private Bank ownBank(Viewer viewer, String id, String purpose) {
        Bank bank = visibleBank(viewer, id, purpose, Operation.UPDATE);
        if (!bank.owner().equals(viewer.bureau())) {
            throw new ConflictException(403, "Only the bank's owner (" + bank.owner() + ") changes its entries");
        }
        return bank;
    }

    private static String source(@Nullable String source, List<FieldError> errors) {
        String text = source == null ? "" : source.strip();
        if (text.length() > MAX_SOURCE || text.chars().anyMatch(Character::isISOControl)) {
            errors.add(new FieldError("source", "at most " + MAX_SOURCE + " characters, no control characters"));
        }
        return text;
    }

    private static Restriction access(@Nullable AccessRequest request, List<FieldError> errors) {
        if (request == null) {
            return Restriction.OPEN;
        }
        Classification classification = Classification.OFFICIAL;
        if (request.classification() != null) {
            try {
                classification =
                        Classification.valueOf(request.classification().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("access.classification", "must be OFFICIAL, RESTRICTED or CONFIDENTIAL"));
            }
        }
        Audience audience = Audience.ALL;
        if (request.audience() != null) {
            try {
                audience = Audience.valueOf(request.audience().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("access.audience", "must be ALL, ONLY or EXCEPT"));
            }
        }
        List<String> countries = request.countries() == null ? List.of() : request.countries();
        for (int i = 0; i < countries.size(); i++) {
            if (countries.get(i) == null || !countries.get(i).strip().matches("[A-Za-z]{2}")) {
                errors.add(new FieldError("access.countries[" + i + "]", "must be an ISO 3166-1 alpha-2 code"));
            }
        }
        if (audience == Audience.ALL && !countries.isEmpty()) {
            errors.add(new FieldError("access.countries", "must be empty when the audience is ALL"));
        } else if (audience != Audience.ALL && countries.isEmpty()) {
            errors.add(new FieldError("access.countries", "name at least one country for ONLY or EXCEPT"));
        }
        if (!errors.isEmpty()) {
            return Restriction.OPEN;
        }
        return new Restriction(
                classification,
                audience,
                Set.copyOf(countries.stream().map(String::strip).toList()));
    }

    private static AuditEntry entry(
            Viewer viewer, Operation operation, String type, String id, String purpose, Outcome outcome) {
        return new AuditEntry(viewer.actor(), viewer.bureau(), operation, type, id, purpose, outcome);
    }
}
