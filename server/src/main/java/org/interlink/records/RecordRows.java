package org.interlink.records;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.interlink.access.AccessSql;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The records table and its companions (versions, photos), in SQL. Lists and counts filter by the access policy in
 * the query ({@link AccessSql}), so they never page through items the viewer may not see.
 */
@Repository
class RecordRows {

    static final String COLUMNS = "id, kind, owner, classification, audience, countries, external_id, version,"
            + " body::text AS body, label, status, country, categories, review_by, review_due_since, created_at,"
            + " created_by, updated_at, updated_by, change_purpose";

    /** Sorts after every id character: the upper bound of a kind's id range. */
    private static final String AFTER_ALL_IDS = "~";

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;

    RecordRows(NamedParameterJdbcTemplate jdbc, JdbcTemplate plain) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(plain.getDataSource());
        cursor.setFetchSize(1_000);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
    }

    static final RowMapper<StoredRecord> MAPPER = RecordRows::map;

    private static StoredRecord map(ResultSet rs, int n) throws SQLException {
        return new StoredRecord(
                rs.getString("id"),
                RecordKind.valueOf(rs.getString("kind")),
                rs.getString("owner"),
                new Restriction(
                        Classification.values()[rs.getInt("classification")],
                        Audience.valueOf(rs.getString("audience")),
                        Set.copyOf(strings(rs.getArray("countries")))),
                rs.getString("external_id"),
                rs.getLong("version"),
                rs.getString("body"),
                rs.getString("label"),
                rs.getString("status"),
                rs.getString("country"),
                strings(rs.getArray("categories")),
                rs.getDate("review_by").toLocalDate(),
                instant(rs.getTimestamp("review_due_since")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                rs.getString("change_purpose"));
    }

    private static List<String> strings(@Nullable Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    Optional<StoredRecord> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM records WHERE id = :id", Map.of("id", id), MAPPER).stream()
                .findFirst();
    }

    /** The row, locked until the transaction ends: replace and delete decide on the version they see. */
    Optional<StoredRecord> lock(String id) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM records WHERE id = :id FOR UPDATE", Map.of("id", id), MAPPER)
                .stream()
                .findFirst();
    }

    Optional<String> idOfExternal(RecordKind kind, String owner, String externalId) {
        return jdbc
                .queryForList(
                        "SELECT id FROM records WHERE kind = :kind AND owner = :owner AND external_id = :external",
                        Map.of("kind", kind.name(), "owner", owner, "external", externalId),
                        String.class)
                .stream()
                .findFirst();
    }

    /** Serialises writers of external ids of one kind until the transaction ends (see {@link ImportWriter}). */
    void lockExternalIds(RecordKind kind) {
        jdbc.getJdbcTemplate().queryForList(ImportWriter.LOCK, kind.name());
    }

    void insert(StoredRecord r, String search) {
        jdbc.update(
                "INSERT INTO records (id, kind, owner, classification, audience, countries, external_id, version,"
                        + " body, label, search, status, country, categories, review_by, created_at, created_by,"
                        + " updated_at, updated_by, change_purpose) VALUES (:id, :kind, :owner, :classification,"
                        + " :audience, :countries, :externalId, :version, CAST(:body AS jsonb), :label, :search,"
                        + " :status, :country, :categories, :reviewBy, :createdAt, :createdBy, :updatedAt,"
                        + " :updatedBy, :changePurpose)",
                parameters(r, search));
    }

    /** Keeps the current version in the history, then writes the next one over it. */
    void replace(StoredRecord current, StoredRecord next, String search) {
        keepVersion(current.id());
        jdbc.update(
                "UPDATE records SET owner = :owner, classification = :classification, audience = :audience,"
                        + " countries = :countries, external_id = :externalId, version = :version,"
                        + " body = CAST(:body AS jsonb), label = :label, search = :search, status = :status,"
                        + " country = :country, categories = :categories, review_by = :reviewBy,"
                        + " review_due_since = NULL, updated_at = :updatedAt, updated_by = :updatedBy,"
                        + " change_purpose = :changePurpose WHERE id = :id",
                parameters(next, search));
    }

    /** Extends the review date: a new version with the same body. */
    void extendReview(StoredRecord current, java.time.LocalDate reviewBy, Instant at, String by, String reason) {
        keepVersion(current.id());
        jdbc.update(
                "UPDATE records SET version = version + 1, review_by = :reviewBy, review_due_since = NULL,"
                        + " body = jsonb_set(body, '{reviewBy}', to_jsonb(CAST(:reviewBy AS text))),"
                        + " updated_at = :at, updated_by = :by, change_purpose = :reason WHERE id = :id",
                Map.of("id", current.id(), "reviewBy", reviewBy, "at", utc(at), "by", by, "reason", reason));
    }

    private void keepVersion(String id) {
        jdbc.update(
                "INSERT INTO record_versions (record_id, version, owner, classification, audience, countries, body,"
                        + " review_by, changed_at, changed_by, change_purpose) SELECT id, version, owner,"
                        + " classification, audience, countries, body, review_by, updated_at, updated_by,"
                        + " change_purpose FROM records WHERE id = :id",
                Map.of("id", id));
    }

    /** Erases the record, its photos and every earlier version: nothing of its personal data is left. */
    void erase(String id) {
        jdbc.update("DELETE FROM record_versions WHERE record_id = :id", Map.of("id", id));
        jdbc.update("DELETE FROM records WHERE id = :id", Map.of("id", id));
    }

    private static Map<String, Object> parameters(StoredRecord r, String search) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", r.id());
        p.put("kind", r.kind().name());
        p.put("owner", r.owner());
        p.put("classification", r.restriction().classification().ordinal());
        p.put("audience", r.restriction().audience().name());
        p.put("countries", r.restriction().countries().stream().sorted().toArray(String[]::new));
        p.put("externalId", r.externalId());
        p.put("version", r.version());
        p.put("body", r.body());
        p.put("label", r.label());
        p.put("search", search);
        p.put("status", r.status());
        p.put("country", r.country());
        p.put("categories", r.categories().toArray(String[]::new));
        p.put("reviewBy", r.reviewBy());
        p.put("createdAt", utc(r.createdAt()));
        p.put("createdBy", r.createdBy());
        p.put("updatedAt", utc(r.updatedAt()));
        p.put("updatedBy", r.updatedBy());
        p.put("changePurpose", r.changePurpose());
        return p;
    }

    // ---------------------------------------------------------------- lists

    /** One page, newest first, of what the viewer may see; the cursor is the last id of the previous page. */
    List<StoredRecord> page(Viewer viewer, RecordFilter filter, int limit, @Nullable String cursor) {
        Map<String, Object> p = new HashMap<>(AccessSql.parameters(viewer));
        String where = where(viewer, filter, p);
        p.put("low", filter.kind().idPrefix());
        p.put("high", cursor == null ? filter.kind().idPrefix() + AFTER_ALL_IDS : cursor);
        p.put("limit", limit);
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM records r WHERE r.id > :low AND r.id < :high AND " + where
                        + " ORDER BY r.id DESC LIMIT :limit",
                p,
                MAPPER);
    }

    /**
     * The page before {@code before} (an id), newest first, of what the viewer may see: the records just newer than
     * it, read upwards and turned round.
     */
    List<StoredRecord> pageBefore(Viewer viewer, RecordFilter filter, int limit, String before) {
        Map<String, Object> p = new HashMap<>(AccessSql.parameters(viewer));
        String where = where(viewer, filter, p);
        p.put("low", before);
        p.put("high", filter.kind().idPrefix() + AFTER_ALL_IDS);
        p.put("limit", limit);
        List<StoredRecord> page = new java.util.ArrayList<>(jdbc.query(
                "SELECT " + COLUMNS + " FROM records r WHERE r.id > :low AND r.id < :high AND " + where
                        + " ORDER BY r.id LIMIT :limit",
                p,
                MAPPER));
        java.util.Collections.reverse(page);
        return page;
    }

    /** Of these ids, the records of the filter the viewer may see, in no particular order. */
    List<StoredRecord> visibleAmong(Viewer viewer, RecordFilter filter, List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<String, Object> p = new HashMap<>(AccessSql.parameters(viewer));
        String where = where(viewer, filter, p);
        p.put("ids", ids.toArray(String[]::new));
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM records r WHERE r.id = ANY(CAST(:ids AS text[])) AND " + where, p, MAPPER);
    }

    long count(Viewer viewer, RecordFilter filter) {
        Map<String, Object> p = new HashMap<>(AccessSql.parameters(viewer));
        String where = where(viewer, filter, p);
        Long count = jdbc.queryForObject("SELECT count(*) FROM records r WHERE " + where, p, Long.class);
        return count == null ? 0 : count;
    }

    /** Every record the viewer may see, streamed with a cursor: constant memory. Call inside a transaction. */
    void stream(Viewer viewer, RecordFilter filter, Consumer<StoredRecord> consumer) {
        Map<String, Object> p = new HashMap<>(AccessSql.parameters(viewer));
        String where = where(viewer, filter, p);
        streaming.query(
                "SELECT " + COLUMNS + " FROM records r WHERE " + where + " ORDER BY r.id",
                p,
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> consumer.accept(map(rs, 0)));
    }

    /** Every record of the kind, no access filter: for other modules' indexes. Call inside a transaction. */
    void streamAll(RecordKind kind, Consumer<StoredRecord> consumer) {
        streaming.query(
                "SELECT " + COLUMNS + " FROM records WHERE kind = :kind ORDER BY id",
                Map.of("kind", kind.name()),
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> consumer.accept(map(rs, 0)));
    }

    private static String where(Viewer viewer, RecordFilter filter, Map<String, Object> p) {
        StringBuilder where = new StringBuilder("r.kind = :kind AND ").append(AccessSql.predicate("r"));
        p.put("kind", filter.kind().name());
        if (filter.text() != null) {
            String[] words = filter.text().split("\\s+");
            for (int i = 0; i < words.length && i < 5; i++) {
                where.append(" AND r.search LIKE :word").append(i).append(" ESCAPE '\\'");
                p.put(
                        "word" + i,
                        "%" + words[i].replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            }
        }
        if (filter.country() != null) {
            where.append(" AND r.country = :country");
            p.put("country", filter.country());
        }
        if (filter.status() != null) {
            where.append(" AND r.status = :status");
            p.put("status", filter.status());
        }
        if (filter.category() != null) {
            where.append(" AND :category = ANY(r.categories)");
            p.put("category", filter.category());
        }
        if (filter.updatedSince() != null) {
            where.append(" AND r.updated_at >= :since");
            p.put("since", utc(filter.updatedSince()));
        }
        if (filter.mine()) {
            where.append(" AND r.owner = :viewerBureau");
        }
        if (filter.reviewDue()) {
            where.append(" AND r.review_due_since IS NOT NULL");
        }
        return where.toString();
    }

    // ---------------------------------------------------------------- history

    /** Earlier versions, oldest first (the current version is the record itself). */
    List<Version> versions(String id) {
        return jdbc.query(
                "SELECT version, body::text AS body, changed_at, changed_by, change_purpose FROM record_versions"
                        + " WHERE record_id = :id ORDER BY version",
                Map.of("id", id),
                (rs, n) -> new Version(
                        rs.getLong("version"),
                        rs.getString("body"),
                        rs.getTimestamp("changed_at").toInstant(),
                        rs.getString("changed_by"),
                        rs.getString("change_purpose")));
    }

    /** One version of a record: its body and who wrote it, when and why. */
    record Version(long version, String body, Instant at, String by, String purpose) {}

    // ---------------------------------------------------------------- photos

    List<Photo> photos(String id) {
        return jdbc.query(
                "SELECT n, content_type, length(bytes) AS size, added_at FROM record_photos WHERE record_id = :id"
                        + " ORDER BY n",
                Map.of("id", id),
                (rs, n) -> new Photo(
                        rs.getInt("n"),
                        rs.getString("content_type"),
                        rs.getLong("size"),
                        rs.getTimestamp("added_at").toInstant()));
    }

    Optional<byte[]> photo(String id, int n) {
        return jdbc
                .query(
                        "SELECT bytes FROM record_photos WHERE record_id = :id AND n = :n",
                        Map.of("id", id, "n", n),
                        (rs, i) -> rs.getBytes(1))
                .stream()
                .findFirst();
    }

    int addPhoto(String id, String contentType, byte[] bytes, Instant at, String by) {
        Integer n = jdbc.queryForObject(
                "SELECT coalesce(max(n), 0) + 1 FROM record_photos WHERE record_id = :id",
                Map.of("id", id),
                Integer.class);
        Map<String, Object> p = new HashMap<>();
        p.put("id", id);
        p.put("n", n);
        p.put("type", contentType);
        p.put("bytes", bytes);
        p.put("at", utc(at));
        p.put("by", by);
        jdbc.update(
                "INSERT INTO record_photos (record_id, n, content_type, bytes, added_at, added_by)"
                        + " VALUES (:id, :n, :type, :bytes, :at, :by)",
                p);
        return n == null ? 1 : n;
    }

    int deletePhoto(String id, int n) {
        return jdbc.update("DELETE FROM record_photos WHERE record_id = :id AND n = :n", Map.of("id", id, "n", n));
    }

    record Photo(int n, String contentType, long size, Instant addedAt) {}

    // ---------------------------------------------------------------- retention

    /** Marks the records whose review date has passed; answers how many. */
    int markReviewDue(java.time.LocalDate today, Instant now) {
        return jdbc.update(
                "UPDATE records SET review_due_since = :now WHERE review_by < :today AND review_due_since IS NULL",
                Map.of("today", today, "now", utc(now)));
    }

    /** Records marked before {@code cutoff} and still untouched: the retention job deletes them. */
    List<StoredRecord> overdue(Instant cutoff, int limit) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM records WHERE review_due_since < :cutoff ORDER BY id LIMIT :limit",
                Map.of("cutoff", utc(cutoff), "limit", limit),
                MAPPER);
    }

    List<String> ids(RecordKind kind, String owner, String externalIdPrefix) {
        return new ArrayList<>(jdbc.queryForList(
                "SELECT external_id FROM records WHERE kind = :kind AND owner = :owner AND external_id LIKE :prefix",
                Map.of("kind", kind.name(), "owner", owner, "prefix", externalIdPrefix + "%"),
                String.class));
    }
}
