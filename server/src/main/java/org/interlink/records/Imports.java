package org.interlink.records;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.interlink.access.AccessSql;
import org.interlink.access.Viewer;
import org.interlink.audit.AuditEntry;
import org.interlink.audit.AuditLog;
import org.interlink.audit.Operation;
import org.interlink.audit.Outcome;
import org.interlink.common.ConflictException;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.core.type.TypeReference;

/**
 * Bulk imports: NDJSON streamed line by line (never held whole), the UN Security Council Consolidated List, and the
 * demo data. Every line is validated with the same rules as a single create; bad lines are reported with their
 * reasons and the rest kept. Batches of {@value Records#BATCH_SIZE} commit one at a time, each with its audit row, its
 * one event and the import's progress, so the pages can show how far an import has come.
 */
@Service
class Imports {

    static final int MAX_REPORTED = 1_000;
    static final int MAX_LINE_BYTES = 64 * 1024;

    private static final Logger log = LoggerFactory.getLogger(Imports.class);

    private final ImportWriter writer;
    private final Records records;
    private final RecordRows rows;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock = Clock.systemUTC();

    Imports(
            ImportWriter writer,
            Records records,
            RecordRows rows,
            AuditLog audit,
            ApplicationEventPublisher events,
            NamedParameterJdbcTemplate jdbc,
            PlatformTransactionManager transactionManager) {
        this.writer = writer;
        this.records = records;
        this.rows = rows;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Registers an import about to run (committed at once, so its progress is visible); answers its id. */
    String begin(Viewer viewer, RecordKind kind, String source, @Nullable String sourceDate) {
        if (!viewer.hasRole("EDITOR")) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Importing data needs the EDITOR role");
        }
        String id = Ids.next("imp_", clock.millis());
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("id", id);
        p.put("kind", kind.name());
        p.put("owner", viewer.bureau());
        p.put("actor", viewer.actor());
        p.put("source", source);
        p.put("sourceDate", sourceDate);
        p.put("at", RecordRows.utc(clock.instant()));
        jdbc.update(
                "INSERT INTO record_imports (id, kind, owner, actor, source, state, source_date, started_at,"
                        + " progress_at) VALUES (:id, :kind, :owner, :actor, :source, 'RUNNING', :sourceDate, :at, :at)",
                p);
        return id;
    }

    /** Imports NDJSON for the viewer's bureau, one create body per line; answers the report when done. */
    ImportReport importNdjson(Viewer viewer, RecordKind kind, InputStream in, String purpose) {
        String id = begin(viewer, kind, "ndjson", null);
        return runNdjson(id, viewer, kind, in, purpose);
    }

    /** Runs a begun NDJSON import to its end (or failure); the stream is read once, line by line. */
    ImportReport runNdjson(String id, Viewer viewer, RecordKind kind, InputStream in, String purpose) {
        Progress progress = new Progress();
        try (Run run = new Run(id, viewer, kind, purpose, progress)) {
            NdjsonLines lines = new NdjsonLines(in, MAX_LINE_BYTES);
            for (NdjsonLines.Line line = lines.next(); line != null; line = lines.next()) {
                progress.lines(line.number());
                if (line.problem() != null) {
                    progress.reject(line.number(), List.of(new FieldError("line", line.problem())));
                    continue;
                }
                long number = line.number();
                validate(viewer, kind, line.text(), number, progress).ifPresent(row -> run.add(row, number));
            }
            run.finish();
            finish(id, "DONE", null, progress);
        } catch (RuntimeException e) {
            log.warn("Import {} failed", id, e);
            // The message may quote the failed statement with the line's values: never let it fail the save.
            String message = String.valueOf(e.getMessage()).replace('\0', '?');
            finish(
                    id,
                    "FAILED",
                    "The import stopped: " + message.substring(0, Math.min(message.length(), 500)),
                    progress);
        }
        return report(id).orElseThrow();
    }

    private Optional<ImportWriter.Row> validate(
            Viewer viewer, RecordKind kind, String text, long number, Progress progress) {
        Validation v = records.validation();
        try {
            Object input = RecordJson.bind(kind, text);
            Validated validated = RecordJson.validate(kind, input, viewer, v);
            if (validated.common().externalId() == null
                    && v.errors().stream().noneMatch(e -> e.field().equals("externalId"))) {
                v.reject("externalId", "is required in an import (it makes a repeated import change nothing)");
            }
            if (!v.isValid()) {
                progress.reject(number, v.errors());
                return Optional.empty();
            }
            return Optional.of(new ImportWriter.Row(validated, viewer.bureau(), viewer.actor()));
        } catch (InvalidInputException e) {
            progress.reject(number, e.errors());
        } catch (NotIssuerException e) {
            progress.reject(number, List.of(new FieldError("issuingCountry", e.getMessage())));
        }
        return Optional.empty();
    }

    /**
     * Writes rows that passed their rules (the demo data, the UN list) in batches; answers the progress. Rows need
     * unique (owner, externalId) pairs.
     */
    Progress importRows(String id, Viewer viewer, RecordKind kind, Iterable<ImportWriter.Row> source, String purpose) {
        Progress progress = new Progress();
        try (Run run = new Run(id, viewer, kind, purpose, progress)) {
            long n = 0;
            for (ImportWriter.Row row : source) {
                progress.lines(++n);
                run.add(row, n);
            }
            run.finish();
        }
        return progress;
    }

    /**
     * One import's batches: filled by the reading thread, written one at a time by a writer thread, so reading and
     * validating the next batch overlaps with the database writing the previous one. At most one batch is in flight.
     */
    private final class Run implements AutoCloseable {
        private final String id;
        private final Viewer viewer;
        private final RecordKind kind;
        private final String purpose;
        private final Progress progress;
        private final java.util.concurrent.ExecutorService writer =
                java.util.concurrent.Executors.newSingleThreadExecutor(
                        Thread.ofVirtual().factory());
        private Batch batch = new Batch();
        private java.util.concurrent.@Nullable Future<?> pending;

        Run(String id, Viewer viewer, RecordKind kind, String purpose, Progress progress) {
            this.id = id;
            this.viewer = viewer;
            this.kind = kind;
            this.purpose = purpose;
            this.progress = progress;
        }

        void add(ImportWriter.Row row, long line) {
            if (batch.rows.containsKey(row.key())) {
                flush();
            }
            batch.add(row, line);
            if (batch.rows.size() >= Records.BATCH_SIZE) {
                flush();
            }
        }

        void finish() {
            flush();
            awaitPending();
        }

        private void flush() {
            if (batch.rows.isEmpty()) {
                return;
            }
            rejectInvisibleHolders(viewer, batch, progress);
            List<ImportWriter.Row> rows = new ArrayList<>(batch.rows.values());
            batch = new Batch();
            awaitPending();
            pending = writer.submit(() -> write(rows));
        }

        private void write(List<ImportWriter.Row> rows) {
            transactions.executeWithoutResult(status -> {
                List<ImportWriter.Written> written = writer(rows);
                long created =
                        written.stream().filter(ImportWriter.Written::created).count();
                progress.written(created, written.size() - created, rows.size() - written.size());
                audit.record(new AuditEntry(
                        viewer.actor(),
                        viewer.bureau(),
                        Operation.IMPORT,
                        Records.objectType(kind),
                        id,
                        purpose,
                        Outcome.SUCCESS));
                publish(kind, written);
                save(id, "RUNNING", null, progress);
            });
        }

        private List<ImportWriter.Written> writer(List<ImportWriter.Row> rows) {
            return Imports.this.writer.write(kind, rows, purpose, clock.instant());
        }

        private void awaitPending() {
            if (pending == null) {
                return;
            }
            try {
                pending.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while writing a batch", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime
                        ? runtime
                        : new IllegalStateException(e.getCause());
            } finally {
                pending = null;
            }
        }

        @Override
        public void close() {
            writer.shutdown();
        }
    }

    /** A document may name only a holder the importing bureau may see: checked for the whole batch in one query. */
    private void rejectInvisibleHolders(Viewer viewer, Batch batch, Progress progress) {
        Set<String> holders = new HashSet<>();
        batch.rows.values().forEach(row -> {
            if (row.record().body() instanceof DocumentInput d && d.holderPersonId() != null) {
                holders.add(d.holderPersonId());
            }
        });
        if (holders.isEmpty()) {
            return;
        }
        Map<String, Object> p = new java.util.HashMap<>(AccessSql.parameters(viewer));
        p.put("ids", holders.toArray(String[]::new));
        Set<String> visible = new HashSet<>(jdbc.queryForList(
                "SELECT id FROM records r WHERE r.id = ANY(:ids) AND " + AccessSql.predicate("r"), p, String.class));
        batch.rows.entrySet().removeIf(entry -> {
            if (entry.getValue().record().body() instanceof DocumentInput d
                    && d.holderPersonId() != null
                    && !visible.contains(d.holderPersonId())) {
                progress.reject(
                        batch.lines.get(entry.getKey()),
                        List.of(new FieldError("holderPersonId", "is not a person record you may see")));
                return true;
            }
            return false;
        });
    }

    private void publish(RecordKind kind, List<ImportWriter.Written> written) {
        if (written.isEmpty()) {
            return;
        }
        switch (kind) {
            case PERSON ->
                events.publishEvent(new PersonsImported(written.stream()
                        .map(w -> Snapshots.person(
                                w.id(),
                                w.row().owner(),
                                w.row().record().common().access(),
                                (PersonInput) w.row().record().body(),
                                w.version()))
                        .toList()));
            case DOCUMENT ->
                events.publishEvent(new DocumentsImported(written.stream()
                        .map(w -> Snapshots.document(
                                w.id(),
                                w.row().owner(),
                                w.row().record().common().access(),
                                (DocumentInput) w.row().record().body(),
                                w.version()))
                        .toList()));
            case VEHICLE ->
                events.publishEvent(new VehiclesImported(written.stream()
                        .map(w -> Snapshots.vehicle(
                                w.id(),
                                w.row().owner(),
                                w.row().record().common().access(),
                                (VehicleInput) w.row().record().body(),
                                w.version()))
                        .toList()));
            case FIREARM, ARTWORK ->
                events.publishEvent(new RecordsImported(written.stream()
                        .map(w -> new RecordChanged(kind, w.id(), w.version()))
                        .toList()));
        }
    }

    void finish(String id, String state, @Nullable String message, Progress progress) {
        save(id, state, message, progress);
    }

    private void save(String id, String state, @Nullable String message, Progress progress) {
        Map<String, Object> p = new java.util.HashMap<>();
        synchronized (progress) {
            p.put("lines", progress.lines);
            p.put("created", progress.created);
            p.put("updated", progress.updated);
            p.put("unchanged", progress.unchanged);
            p.put("removed", progress.removed);
            p.put("rejected", progress.rejectedCount);
            p.put("rejections", RecordJson.write(List.copyOf(progress.rejected)));
        }
        p.put("id", id);
        p.put("state", state);
        p.put("message", message);
        p.put("now", RecordRows.utc(clock.instant()));
        p.put("finished", "RUNNING".equals(state) ? null : RecordRows.utc(clock.instant()));
        jdbc.update(
                "UPDATE record_imports SET state = :state, message = :message, lines = :lines, created = :created,"
                        + " updated = :updated, unchanged = :unchanged, removed = :removed, rejected = :rejected,"
                        + " rejections = CAST(:rejections AS jsonb), finished_at = :finished, progress_at = :now"
                        + " WHERE id = :id",
                p);
    }

    /** Whether an import of this kind from this source ran to its end (DONE). */
    boolean completed(String source, RecordKind kind) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM record_imports WHERE source = :source AND kind = :kind AND state = 'DONE')",
                Map.of("source", source, "kind", kind.name()),
                Boolean.class));
    }

    /**
     * Marks as FAILED, at once, the imports from {@code source} still RUNNING: for a source that only a starting node
     * imports (the demo data, on an embedded database that one process owns), such an import was cut short by an
     * earlier stop. Answers how many were marked.
     */
    int failInterrupted(String source, String message) {
        return jdbc.update(
                "UPDATE record_imports SET state = 'FAILED', finished_at = :now, message = :message"
                        + " WHERE state = 'RUNNING' AND source = :source",
                Map.of("now", RecordRows.utc(clock.instant()), "source", source, "message", message));
    }

    /**
     * Marks as FAILED the imports still RUNNING that have committed nothing since {@code stalledSince}: the node that ran
     * them stopped (a crash, a restart, a lost connection). Their committed batches stay; the message says to run the
     * import again, which is safe because imports are idempotent by external id. Answers how many were marked.
     */
    int failStalled(Instant stalledSince) {
        return jdbc.update(
                "UPDATE record_imports SET state = 'FAILED', finished_at = :now, message = :message"
                        + " WHERE state = 'RUNNING' AND coalesce(progress_at, started_at) < :since",
                Map.of(
                        "now",
                        RecordRows.utc(clock.instant()),
                        "since",
                        RecordRows.utc(stalledSince),
                        "message",
                        "The import was interrupted (the platform stopped while it ran). The batches committed before"
                                + " are kept; run the same import again to complete it: unchanged lines are left"
                                + " alone."));
    }

    /** The import's report, for its own bureau (or the General Secretariat); others are told it does not exist. */
    ImportReport report(Viewer viewer, String id) {
        Optional<ImportReport> report = report(id)
                .filter(r -> viewer.isGeneralSecretariat() || viewer.bureau().equals(owner(id)));
        return report.orElseThrow(() -> new NotFoundException("import", id));
    }

    private @Nullable String owner(String id) {
        return jdbc
                .queryForList("SELECT owner FROM record_imports WHERE id = :id", Map.of("id", id), String.class)
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The bureau's latest imports, newest first. */
    List<ImportReport> recent(Viewer viewer, int limit) {
        return jdbc.query(
                "SELECT * FROM record_imports WHERE owner = :owner ORDER BY started_at DESC LIMIT :limit",
                Map.of("owner", viewer.bureau(), "limit", limit),
                (rs, n) -> report(rs));
    }

    Optional<ImportReport> report(String id) {
        return jdbc
                .query("SELECT * FROM record_imports WHERE id = :id", Map.of("id", id), (rs, n) -> report(rs))
                .stream()
                .findFirst();
    }

    /**
     * When the newest UN list imported so far was generated, if any. Compared as instants, not as text; a stored value
     * that is not a date (accepted before lists were checked) is ignored rather than blocking every later list.
     */
    Optional<java.time.Instant> lastUnListGenerated() {
        return jdbc
                .queryForList(
                        "SELECT DISTINCT source_date FROM record_imports WHERE source = 'un-consolidated'"
                                + " AND state = 'DONE' AND source_date IS NOT NULL",
                        Map.of(),
                        String.class)
                .stream()
                .map(UnConsolidatedList::generatedAt)
                .flatMap(Optional::stream)
                .max(java.util.Comparator.naturalOrder());
    }

    private static final TypeReference<List<ImportReport.Rejection>> REJECTIONS = new TypeReference<>() {};

    private static ImportReport report(java.sql.ResultSet rs) throws java.sql.SQLException {
        long created = rs.getLong("created");
        long updated = rs.getLong("updated");
        long unchanged = rs.getLong("unchanged");
        java.sql.Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportReport(
                rs.getString("id"),
                rs.getString("kind"),
                rs.getString("source"),
                rs.getString("state"),
                rs.getLong("lines"),
                created + updated + unchanged,
                created,
                updated,
                unchanged,
                rs.getLong("removed"),
                rs.getLong("rejected"),
                RecordJson.MAPPER.readValue(rs.getString("rejections"), REJECTIONS),
                rs.getString("message"),
                rs.getTimestamp("started_at").toInstant(),
                finished == null ? null : finished.toInstant());
    }

    /** Counts of an import so far; the reading and the writing threads both update it. */
    static final class Progress {
        long lines;
        long created;
        long updated;
        long unchanged;
        long removed;
        long rejectedCount;
        final List<ImportReport.Rejection> rejected = new ArrayList<>();

        synchronized void lines(long lines) {
            this.lines = lines;
        }

        synchronized void written(long created, long updated, long unchanged) {
            this.created += created;
            this.updated += updated;
            this.unchanged += unchanged;
        }

        synchronized void reject(long line, List<FieldError> errors) {
            rejectedCount++;
            if (rejected.size() < MAX_REPORTED) {
                rejected.add(new ImportReport.Rejection(line, errors));
            }
        }
    }

    /** The rows of the batch being filled, by (owner, externalId), with their line numbers. */
    private static final class Batch {
        final Map<String, ImportWriter.Row> rows = new LinkedHashMap<>();
        final Map<String, Long> lines = new java.util.HashMap<>();

        void add(ImportWriter.Row row, long line) {
            rows.put(row.key(), row);
            lines.put(row.key(), line);
        }

        void clear() {
            rows.clear();
            lines.clear();
        }
    }

    static ConflictException olderList(java.time.Instant last) {
        return new ConflictException(
                409, "This list is older than the one already imported (generated " + last + "); nothing changed");
    }
}
