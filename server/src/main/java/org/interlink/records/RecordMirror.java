package org.interlink.records;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The records table seen as a replica: at the centre it reads a record as it is replicated; on a national node it
 * applies replicated versions and deletions to the node's own records table. Applying publishes the same events as a
 * write at the centre ({@link PersonUpdated}, {@link DocumentUpdated}, {@link RecordDeleted}…), so the node's
 * screening indexes follow through the same code as the centre's.
 *
 * <p>Not a Spring bean: the federation module builds one per database. Every method joins the caller's transaction
 * on that database (the node applies a batch and stores its Kafka offsets in one transaction).
 */
public final class RecordMirror {

    /** The change purpose a mirrored version carries on the node: the owner's own reasons stay at the centre. */
    static final String MIRRORED = "mirrored from the centre";

    private final NamedParameterJdbcTemplate jdbc;
    private final RecordRows rows;
    private final ApplicationEventPublisher events;

    public RecordMirror(DataSource dataSource, ApplicationEventPublisher events) {
        this.jdbc = new NamedParameterJdbcTemplate(dataSource);
        this.rows = new RecordRows(jdbc, new JdbcTemplate(dataSource));
        this.events = events;
    }

    /** The current version of a record as it is replicated, or empty when there is no such record. */
    public Optional<MirroredRecord> find(String id) {
        return jdbc
                .query(
                        "SELECT " + RecordRows.COLUMNS + ", search FROM records WHERE id = :id",
                        Map.of("id", id),
                        (rs, n) -> mirrored(RecordRows.MAPPER.mapRow(rs, n), rs.getString("search")))
                .stream()
                .findFirst();
    }

    /** The current versions of these records, by id; ids with no record are absent. */
    public Map<String, MirroredRecord> findAll(java.util.Collection<String> ids) {
        Map<String, MirroredRecord> found = new java.util.HashMap<>();
        jdbc.query(
                "SELECT " + RecordRows.COLUMNS + ", search FROM records WHERE id = ANY(CAST(:ids AS text[]))",
                Map.of("ids", ids.toArray(String[]::new)),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> {
                    MirroredRecord r = mirrored(RecordRows.MAPPER.mapRow(rs, 0), rs.getString("search"));
                    found.put(r.id(), r);
                });
        return found;
    }

    /** Every record held, in id order (constant memory): for comparing a replica with what it should hold. */
    public void forEach(Consumer<MirroredRecord> consumer) {
        new NamedParameterJdbcTemplate(streaming(jdbc))
                .query(
                        "SELECT " + RecordRows.COLUMNS + ", search FROM records ORDER BY id",
                        Map.of(),
                        (org.springframework.jdbc.core.RowCallbackHandler) rs ->
                                consumer.accept(mirrored(RecordRows.MAPPER.mapRow(rs, 0), rs.getString("search"))));
    }

    /** How many records this database holds. */
    public long count() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM records", Map.of(), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Stores a replicated version unless the same or a newer one is already held, and announces it.
     *
     * @return true when stored, false when ignored as not newer
     */
    public boolean apply(MirroredRecord record) {
        List<Long> held = jdbc.queryForList(
                "SELECT version FROM records WHERE id = :id FOR UPDATE", Map.of("id", record.id()), Long.class);
        if (!held.isEmpty() && held.getFirst() >= record.version()) {
            return false;
        }
        StoredRecord stored = stored(record);
        if (!held.isEmpty()) {
            jdbc.update("DELETE FROM records WHERE id = :id", Map.of("id", record.id()));
        }
        rows.insert(stored, record.search());
        events.publishEvent(Snapshots.changed(stored, body(stored), held.isEmpty()));
        return true;
    }

    /**
     * Deletes a record the node may no longer hold (deleted at the centre, or its audience narrowed), and announces
     * it.
     *
     * @return true when a record was deleted
     */
    public boolean remove(String id) {
        List<String> kinds =
                jdbc.queryForList("SELECT kind FROM records WHERE id = :id", Map.of("id", id), String.class);
        if (kinds.isEmpty()) {
            return false;
        }
        jdbc.update("DELETE FROM records WHERE id = :id", Map.of("id", id));
        events.publishEvent(new RecordDeleted(RecordKind.valueOf(kinds.getFirst()), id));
        return true;
    }

    private static MirroredRecord mirrored(StoredRecord r, String search) {
        return new MirroredRecord(
                r.id(),
                r.kind(),
                r.owner(),
                r.restriction(),
                r.externalId(),
                r.version(),
                r.body(),
                r.label(),
                search,
                r.status(),
                r.country(),
                r.categories(),
                r.reviewBy(),
                r.createdAt(),
                r.createdBy(),
                r.updatedAt(),
                r.updatedBy());
    }

    private static StoredRecord stored(MirroredRecord m) {
        return new StoredRecord(
                m.id(),
                m.kind(),
                m.owner(),
                m.restriction(),
                m.externalId(),
                m.version(),
                m.body(),
                m.label(),
                m.status(),
                m.country(),
                m.categories(),
                m.reviewBy(),
                null,
                m.createdAt(),
                m.createdBy(),
                m.updatedAt(),
                m.updatedBy(),
                MIRRORED);
    }

    private static Object body(StoredRecord r) {
        return switch (r.kind()) {
            case PERSON -> RecordJson.read(r.body(), PersonInput.class);
            case DOCUMENT -> RecordJson.read(r.body(), DocumentInput.class);
            case VEHICLE -> RecordJson.read(r.body(), VehicleInput.class);
            case FIREARM -> RecordJson.read(r.body(), FirearmInput.class);
            case ARTWORK -> RecordJson.read(r.body(), ArtworkInput.class);
        };
    }

    private static JdbcTemplate streaming(NamedParameterJdbcTemplate jdbc) {
        JdbcTemplate cursor = new JdbcTemplate(jdbc.getJdbcTemplate().getDataSource());
        cursor.setFetchSize(1_000);
        return cursor;
    }
}
