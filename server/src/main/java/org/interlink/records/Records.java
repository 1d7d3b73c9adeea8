package org.interlink.records;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import org.interlink.access.AccessPolicy;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditJournal;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.ConflictException;
import org.interlink.common.CursorPage;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.interlink.members.Countries;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * The shared databases. Other modules use the public methods: stream every record to build an index at start-up,
 * look a person up by id (their own access check applies), create a person as a notice subject.
 *
 * <p>Every operation for a viewer runs in one transaction with its audit row and its event: a denied or missing
 * record answers {@link NotFoundException} (audited {@code NOT_FOUND}); only the owner bureau changes a record
 * (others get 403 when they may see it, 404 when not); writes need the {@code EDITOR} role.
 */
@Service
public class Records {

    /** Bulk imports commit, and publish one event, per batch of at most this many records. */
    public static final int BATCH_SIZE = 10_000;

    static final int MAX_LIMIT = 200;

    private final RecordRows rows;
    private final AuditLog audit;
    private final AuditJournal consultations;
    private final ApplicationEventPublisher events;
    private final Countries countries;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    Records(
            RecordRows rows,
            AuditLog audit,
            AuditJournal consultations,
            ApplicationEventPublisher events,
            Countries countries,
            PlatformTransactionManager transactionManager) {
        this(rows, audit, consultations, events, countries, transactionManager, Clock.systemUTC());
    }

    Records(
            RecordRows rows,
            AuditLog audit,
            AuditJournal consultations,
            ApplicationEventPublisher events,
            Countries countries,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.consultations = consultations;
        this.events = events;
        this.countries = countries;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    // ------------------------------------------------------------------ API for other modules

    /**
     * Streams every person record, oldest first, with a database cursor (constant memory): for building an index at
     * start-up. No access check and no audit: the consumer applies the access policy to whatever it reveals.
     */
    public void forEachPerson(Consumer<PersonSnapshot> consumer) {
        streamAll(RecordKind.PERSON, r -> consumer.accept(Snapshots.person(r)));
    }

    /** Streams every travel document record, as {@link #forEachPerson}. */
    public void forEachDocument(Consumer<DocumentSnapshot> consumer) {
        streamAll(RecordKind.DOCUMENT, r -> consumer.accept(Snapshots.document(r)));
    }

    /** Streams every vehicle record, as {@link #forEachPerson}. */
    public void forEachVehicle(Consumer<VehicleSnapshot> consumer) {
        streamAll(RecordKind.VEHICLE, r -> consumer.accept(Snapshots.vehicle(r)));
    }

    /**
     * The person with this id, for another module's internal use (e.g. a notice's subject): no access check and no
     * audit row, so the caller must apply {@link AccessPolicy} before showing anything and audit its own operation.
     */
    public Optional<PersonSnapshot> person(String id) {
        if (!Ids.looksLike(RecordKind.PERSON, id)) {
            return Optional.empty();
        }
        return rows.find(id).map(Snapshots::person);
    }

    /**
     * Records a person for the viewer's bureau (e.g. the subject of a notice request given as a whole person), with the
     * same rules, audit row and {@link PersonRecorded} event as {@code POST /api/v1/persons}. Joins the caller's
     * transaction when there is one.
     *
     * @param purpose why, for the audit log and the history (e.g. {@code "notice request"})
     * @throws InvalidInputException naming every rejected field
     * @throws ConflictException 409 when the bureau already recorded the {@code externalId}
     */
    public PersonSnapshot createPerson(Viewer viewer, PersonInput input, String purpose) {
        Validation v = validation();
        Validated validated = PersonRules.validate(input, viewer, v);
        v.throwIfInvalid();
        return Snapshots.person(create(viewer, validated, purpose));
    }

    // ------------------------------------------------------------------ operations behind the API and the pages

    Validation validation() {
        return new Validation(countries, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    }

    /** Parses and validates a body of the kind for this viewer; throws {@link InvalidInputException}. */
    Validated parse(RecordKind kind, String json, Viewer viewer) {
        return RecordJson.parse(kind, json, viewer, validation());
    }

    StoredRecord create(Viewer viewer, Validated validated, String purpose) {
        requireEditor(viewer);
        Instant now = clock.instant();
        String id = Ids.next(validated.kind());
        StoredRecord record = new StoredRecord(
                id,
                validated.kind(),
                viewer.bureau(),
                validated.common().access(),
                validated.common().externalId(),
                1,
                RecordJson.write(validated.body()),
                validated.label(),
                validated.status(),
                validated.country(),
                validated.categories(),
                validated.common().reviewBy(),
                null,
                now,
                viewer.actor(),
                now,
                viewer.actor(),
                purpose);
        return inTransaction(() -> {
            checkHolder(viewer, validated);
            if (record.externalId() != null) {
                rows.lockExternalIds(record.kind());
            }
            if (record.externalId() != null
                    && rows.idOfExternal(record.kind(), record.owner(), record.externalId())
                            .isPresent()) {
                throw externalIdTaken(record.externalId());
            }
            try {
                rows.insert(record, validated.search());
            } catch (DuplicateKeyException e) {
                throw externalIdTaken(record.externalId());
            }
            audit.record(entry(viewer, Operation.CREATE, record.kind(), id, purpose, Outcome.SUCCESS));
            events.publishEvent(Snapshots.changed(record, validated.body(), true));
            return record;
        });
    }

    /**
     * The record, if the viewer may see it; audited as a consultation either way, and answered only once the audit
     * row is durable (group commit: see {@link AuditJournal}).
     */
    StoredRecord read(Viewer viewer, RecordKind kind, String id, String purpose) {
        Optional<StoredRecord> found = visible(viewer, kind, id);
        consultations.record(entry(
                viewer, Operation.READ, kind, id, purpose, found.isPresent() ? Outcome.SUCCESS : Outcome.NOT_FOUND));
        return found.orElseThrow(() -> new NotFoundException(kind.noun(), id));
    }

    /**
     * Replaces the record with a new version, if {@code expectedVersion} is still current (lost-update protection).
     *
     * @throws ConflictException 412 when the record changed since the caller read it
     */
    StoredRecord replace(
            Viewer viewer, RecordKind kind, String id, long expectedVersion, Validated validated, String purpose) {
        requireEditor(viewer);
        Optional<StoredRecord> result = inTransaction(() -> {
            Optional<StoredRecord> current = ownedForChange(viewer, kind, id, Operation.UPDATE, purpose);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            StoredRecord old = current.get();
            if (old.version() != expectedVersion) {
                throw new ConflictException(
                        412,
                        "The " + kind.noun() + " changed since you read it: version " + old.version()
                                + " is current, your If-Match names " + expectedVersion
                                + ". Read it again and reapply your change.");
            }
            checkHolder(viewer, validated);
            StoredRecord next = new StoredRecord(
                    id,
                    kind,
                    old.owner(),
                    validated.common().access(),
                    validated.common().externalId(),
                    old.version() + 1,
                    RecordJson.write(validated.body()),
                    validated.label(),
                    validated.status(),
                    validated.country(),
                    validated.categories(),
                    validated.common().reviewBy(),
                    null,
                    old.createdAt(),
                    old.createdBy(),
                    clock.instant(),
                    viewer.actor(),
                    purpose);
            try {
                rows.replace(old, next, validated.search());
            } catch (DuplicateKeyException e) {
                throw externalIdTaken(next.externalId());
            }
            audit.record(entry(viewer, Operation.UPDATE, kind, id, purpose, Outcome.SUCCESS));
            events.publishEvent(Snapshots.changed(next, validated.body(), false));
            return Optional.of(next);
        });
        return result.orElseThrow(() -> new NotFoundException(kind.noun(), id));
    }

    /**
     * Deletes the record for good, with its history and photos; the audit row keeps its id and, as its purpose, the
     * reason (required, at most 200 characters).
     */
    void delete(Viewer viewer, RecordKind kind, String id, @Nullable String reason) {
        String purpose = deletionReason(reason);
        requireEditor(viewer);
        boolean deleted = inTransaction(() -> {
            Optional<StoredRecord> current = ownedForChange(viewer, kind, id, Operation.DELETE, purpose);
            current.ifPresent(record -> erase(record, viewer.actor(), viewer.bureau(), purpose));
            return current.isPresent();
        });
        if (!deleted) {
            throw new NotFoundException(kind.noun(), id);
        }
    }

    static String deletionReason(@Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "say why the record is deleted for good");
        }
        if (reason.strip().length() > 200) {
            throw new InvalidInputException("reason", "at most 200 characters");
        }
        return reason.strip();
    }

    /** Erases one record in the caller's transaction: history, photos, the row; audit row and event. */
    void erase(StoredRecord record, String actor, String bureau, String purpose) {
        rows.erase(record.id());
        audit.record(new AuditEntry(
                actor, bureau, Operation.DELETE, objectType(record.kind()), record.id(), purpose, Outcome.SUCCESS));
        events.publishEvent(new RecordDeleted(record.kind(), record.id()));
    }

    /** The owner extends a record past its review date, giving a reason; a new version records who and why. */
    StoredRecord extendReview(Viewer viewer, RecordKind kind, String id, LocalDate until, String reason) {
        requireEditor(viewer);
        LocalDate today = validation().today();
        if (!until.isAfter(today) || until.isAfter(today.plusYears(kind.reviewYears()))) {
            throw new InvalidInputException(
                    "reviewBy", "must be after today and at most " + kind.reviewYears() + " years ahead");
        }
        if (reason.isBlank() || reason.length() > 200) {
            throw new InvalidInputException("reason", "is required (at most 200 characters)");
        }
        Optional<StoredRecord> result = inTransaction(() -> {
            Optional<StoredRecord> current = ownedForChange(viewer, kind, id, Operation.REVIEW, reason);
            if (current.isEmpty()) {
                return Optional.<StoredRecord>empty();
            }
            rows.extendReview(current.get(), until, clock.instant(), viewer.actor(), reason.strip());
            audit.record(entry(viewer, Operation.REVIEW, kind, id, reason.strip(), Outcome.SUCCESS));
            StoredRecord next = rows.find(id).orElseThrow();
            events.publishEvent(
                    Snapshots.changed(next, RecordJson.read(next.body(), RecordJson.inputType(kind)), false));
            return Optional.of(next);
        });
        return result.orElseThrow(() -> new NotFoundException(kind.noun(), id));
    }

    /** One page of what the viewer may see, newest first; the list is audited as one consultation. */
    CursorPage<StoredRecord> list(
            Viewer viewer, RecordFilter filter, int limit, @Nullable String cursor, String purpose) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", "must be between 1 and " + MAX_LIMIT);
        }
        String after = cursor == null || cursor.isBlank() ? null : Cursors.decode(cursor, filter.kind());
        return inTransaction(() -> {
            List<StoredRecord> page = rows.page(viewer, filter, limit + 1, after);
            audit.record(entry(viewer, Operation.LIST, filter.kind(), "", purpose, Outcome.SUCCESS));
            boolean more = page.size() > limit;
            List<StoredRecord> items = more ? page.subList(0, limit) : page;
            return new CursorPage<>(
                    List.copyOf(items), more ? Cursors.encode(items.getLast().id()) : null);
        });
    }

    /** How many records of the filter the viewer may see. */
    long count(Viewer viewer, RecordFilter filter) {
        return rows.count(viewer, filter);
    }

    /** Every record of the filter the viewer may see, streamed; the export is audited. */
    void export(Viewer viewer, RecordFilter filter, Consumer<StoredRecord> consumer, String purpose) {
        inTransaction(() -> {
            audit.record(entry(viewer, Operation.EXPORT, filter.kind(), "", purpose, Outcome.SUCCESS));
            rows.stream(viewer, filter, consumer);
            return null;
        });
    }

    /** Every version of a record the viewer may see, oldest first, the current one last. */
    List<RecordRows.Version> history(Viewer viewer, RecordKind kind, String id, String purpose) {
        StoredRecord current = read(viewer, kind, id, purpose);
        List<RecordRows.Version> versions = new java.util.ArrayList<>(rows.versions(id));
        versions.add(new RecordRows.Version(
                current.version(), current.body(), current.updatedAt(), current.updatedBy(), current.changePurpose()));
        return versions;
    }

    /** The record's photos (numbers and types), if the viewer may see the record. */
    List<RecordRows.Photo> photos(Viewer viewer, RecordKind kind, String id, String purpose) {
        read(viewer, kind, id, purpose);
        return rows.photos(id);
    }

    /** One photo's bytes, if the viewer may see the record; audited as a download. */
    byte[] photo(Viewer viewer, RecordKind kind, String id, int n, String purpose) {
        Optional<byte[]> found = visible(viewer, kind, id).flatMap(r -> rows.photo(id, n));
        consultations.record(entry(
                viewer,
                Operation.DOWNLOAD,
                kind,
                id + "/photos/" + n,
                purpose,
                found.isPresent() ? Outcome.SUCCESS : Outcome.NOT_FOUND));
        return found.orElseThrow(() -> new NotFoundException("photo", id));
    }

    /** Adds a photo (JPEG or PNG, checked by content, at most 5 MB) to a person or a work of art the viewer owns. */
    int addPhoto(Viewer viewer, RecordKind kind, String id, byte[] bytes, String purpose) {
        requireEditor(viewer);
        if (kind != RecordKind.PERSON && kind != RecordKind.ARTWORK) {
            throw new NotFoundException("photos of " + kind.noun(), id);
        }
        String type = Photos.contentType(bytes);
        Optional<Integer> added = inTransaction(() -> {
            Optional<StoredRecord> current = ownedForChange(viewer, kind, id, Operation.UPDATE, purpose);
            if (current.isEmpty()) {
                return Optional.<Integer>empty();
            }
            if (rows.photos(id).size() >= Photos.MAX_PHOTOS) {
                throw new InvalidInputException("photo", "a record holds at most " + Photos.MAX_PHOTOS + " photos");
            }
            int n = rows.addPhoto(id, type, bytes, clock.instant(), viewer.actor());
            audit.record(entry(viewer, Operation.UPDATE, kind, id + "/photos/" + n, purpose, Outcome.SUCCESS));
            return Optional.of(n);
        });
        return added.orElseThrow(() -> new NotFoundException(kind.noun(), id));
    }

    // ------------------------------------------------------------------ helpers

    private Optional<StoredRecord> visible(Viewer viewer, RecordKind kind, String id) {
        if (!Ids.looksLike(kind, id)) {
            return Optional.empty();
        }
        return rows.find(id).filter(r -> AccessPolicy.maySee(viewer, r.owner(), r.restriction()));
    }

    /**
     * The record locked for a change by its owner. Answers empty (audited NOT_FOUND) when the viewer may not see it;
     * throws 403 (audited DENIED) when the viewer sees it but is not the owner.
     */
    private Optional<StoredRecord> ownedForChange(
            Viewer viewer, RecordKind kind, String id, Operation operation, String purpose) {
        Optional<StoredRecord> current = Ids.looksLike(kind, id)
                ? rows.lock(id).filter(r -> AccessPolicy.maySee(viewer, r.owner(), r.restriction()))
                : Optional.empty();
        if (current.isEmpty()) {
            audit.record(entry(viewer, operation, kind, id, purpose, Outcome.NOT_FOUND));
            return current;
        }
        if (!current.get().owner().equals(viewer.bureau())) {
            // The refusal is audited in its own transaction: this one rolls back with the exception.
            throw new OwnerOnlyException(entry(viewer, operation, kind, id, purpose, Outcome.DENIED));
        }
        return current;
    }

    private void checkHolder(Viewer viewer, Validated validated) {
        if (validated.body() instanceof DocumentInput document && document.holderPersonId() != null) {
            boolean visible = rows.find(document.holderPersonId())
                    .filter(r -> AccessPolicy.maySee(viewer, r.owner(), r.restriction()))
                    .isPresent();
            if (!visible) {
                throw new InvalidInputException("holderPersonId", "is not a person record you may see");
            }
        }
    }

    private void streamAll(RecordKind kind, Consumer<StoredRecord> consumer) {
        TransactionTemplate readOnly = new TransactionTemplate(transactions.getTransactionManager());
        readOnly.setReadOnly(true);
        readOnly.executeWithoutResult(status -> rows.streamAll(kind, consumer));
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        try {
            return transactions.execute(status -> work.get());
        } catch (OwnerOnlyException e) {
            audit.record(e.entry);
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only the owner bureau may change this record");
        }
    }

    private static void requireEditor(Viewer viewer) {
        if (!viewer.hasRole("EDITOR")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Recording data needs the EDITOR role");
        }
    }

    private static ConflictException externalIdTaken(@Nullable String externalId) {
        return new ConflictException(409, "externalId " + externalId + " is already recorded by your bureau");
    }

    static String objectType(RecordKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    static AuditEntry entry(
            Viewer viewer, Operation operation, RecordKind kind, String id, String purpose, Outcome outcome) {
        return new AuditEntry(viewer.actor(), viewer.bureau(), operation, objectType(kind), id, purpose, outcome);
    }

    /** Carries the audit row of a refused change out of the transaction that rolls back. */
    private static final class OwnerOnlyException extends RuntimeException {
        private final transient AuditEntry entry;

        OwnerOnlyException(AuditEntry entry) {
            super("owner only", null, false, false);
            this.entry = entry;
        }
    }
}
