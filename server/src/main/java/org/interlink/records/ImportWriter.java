package org.interlink.records;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.interlink.access.Restriction;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;

/**
 * Writes one batch of imported records in the caller's transaction. The batch's external ids are looked up with one
 * query (index probes); rows not yet recorded are written with {@code COPY} straight into the records table; rows whose
 * body changed are updated, their previous version kept in the history; identical rows are left alone, so a repeated
 * import changes nothing. Records are matched by {@code (kind, owner, externalId)}. A transaction-scoped advisory lock
 * per kind (also taken by single creates that carry an external id) keeps two writers from inserting the same
 * external id at once.
 *
 * <p>Measured by {@code bench/scripts/records.sh} (a million travel documents); see docs/PERFORMANCE.md.
 */
@Component
class ImportWriter {

    static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('records-import:' || ?))";

    /**
     * The lookup must probe the unique index key by key (a nested loop): a hash join would scan the whole records table
     * once per batch, making a large import quadratic.
     */
    private static final String INDEX_PROBES = "SET LOCAL enable_hashjoin = off; SET LOCAL enable_mergejoin = off";

    private static final String EXISTING = "SELECT r.id, r.owner, r.external_id, r.version, r.body::text"
            + " FROM unnest(?::text[], ?::text[]) AS k(owner, external_id)"
            + " JOIN records r ON r.kind = ? AND r.owner = k.owner AND r.external_id = k.external_id";

    private static final String KEEP_VERSIONS = "INSERT INTO record_versions (record_id, version, owner,"
            + " classification, audience, countries, body, review_by, changed_at, changed_by, change_purpose)"
            + " SELECT id, version, owner, classification, audience, countries, body, review_by, updated_at,"
            + " updated_by, change_purpose FROM records WHERE id = ANY(?::text[])";

    private static final String UPDATE = "UPDATE records SET classification = ?, audience = ?, countries = ?::text[],"
            + " version = version + 1, body = ?::jsonb, label = ?, search = ?, status = ?, country = ?,"
            + " categories = ?::text[], review_by = ?::date, review_due_since = NULL, updated_at = ?::timestamptz,"
            + " updated_by = ?, change_purpose = ? WHERE id = ?";

    private static final String COPY = "COPY records (id, kind, owner, classification, audience, countries,"
            + " external_id, version, body, label, search, status, country, categories, review_by, created_at,"
            + " created_by, updated_at, updated_by, change_purpose) FROM STDIN";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    ImportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    /** One line that passed its rules, for an owner. */
    record Row(Validated record, String owner, String actor) {

        String key() {
            return key(owner, record.common().externalId());
        }

        static String key(String owner, String externalId) {
            return owner + "\u0000" + externalId;
        }
    }

    /** A record the batch created or changed, at its new version. */
    record Written(String id, Row row, long version, boolean created) {}

    private record Existing(String id, long version, String body) {}

    /** Writes the batch (external ids unique within it) in the caller's transaction; answers what changed. */
    List<Written> write(RecordKind kind, List<Row> batch, String purpose, Instant now) {
        if (batch.isEmpty()) {
            return List.of();
        }
        jdbc.queryForList(LOCK, kind.name());
        jdbc.execute(INDEX_PROBES);
        Map<String, Existing> existing = existing(kind, batch);
        List<Written> written = new ArrayList<>();
        List<Written> changed = new ArrayList<>();
        for (Row row : batch) {
            Existing current = existing.get(row.key());
            if (current == null) {
                written.add(new Written(Ids.next(kind), row, 1, true));
            } else if (!RecordJson.read(current.body(), row.record().body().getClass())
                    .equals(row.record().body())) {
                changed.add(new Written(current.id(), row, current.version() + 1, false));
            }
        }
        copy(written, purpose, now);
        update(changed, purpose, now);
        written.addAll(changed);
        return written;
    }

    private Map<String, Existing> existing(RecordKind kind, List<Row> batch) {
        String[] owners = batch.stream().map(Row::owner).toArray(String[]::new);
        String[] externals =
                batch.stream().map(r -> r.record().common().externalId()).toArray(String[]::new);
        Map<String, Existing> existing = new HashMap<>();
        jdbc.query(
                EXISTING,
                rs -> {
                    existing.put(
                            Row.key(rs.getString(2), rs.getString(3)),
                            new Existing(rs.getString(1), rs.getLong(4), rs.getString(5)));
                },
                owners,
                externals,
                kind.name());
        return existing;
    }

    private void update(List<Written> changed, String purpose, Instant now) {
        if (changed.isEmpty()) {
            return;
        }
        jdbc.update(KEEP_VERSIONS, (Object) changed.stream().map(Written::id).toArray(String[]::new));
        String at = now.toString();
        jdbc.batchUpdate(
                UPDATE,
                changed.stream()
                        .map(w -> {
                            Validated v = w.row().record();
                            Restriction access = v.common().access();
                            return new Object[] {
                                access.classification().ordinal(),
                                access.audience().name(),
                                array(access.countries().stream().sorted().toList()),
                                RecordJson.write(v.body()),
                                v.label(),
                                v.search(),
                                v.status(),
                                v.country(),
                                array(v.categories()),
                                v.common().reviewBy().toString(),
                                at,
                                w.row().actor(),
                                purpose,
                                w.id()
                            };
                        })
                        .toList());
    }

    private void copy(List<Written> fresh, String purpose, Instant now) {
        if (fresh.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder(fresh.size() * 400);
        String at = now.toString();
        for (Written w : fresh) {
            Validated v = w.row().record();
            Restriction access = v.common().access();
            field(text, w.id()).append('\t');
            field(text, v.kind().name()).append('\t');
            field(text, w.row().owner()).append('\t');
            text.append(access.classification().ordinal()).append('\t');
            field(text, access.audience().name()).append('\t');
            field(text, array(access.countries().stream().sorted().toList())).append('\t');
            field(text, v.common().externalId()).append('\t');
            text.append("1\t");
            field(text, RecordJson.write(v.body())).append('\t');
            field(text, v.label()).append('\t');
            field(text, v.search()).append('\t');
            field(text, v.status()).append('\t');
            field(text, v.country()).append('\t');
            field(text, array(v.categories())).append('\t');
            field(text, v.common().reviewBy().toString()).append('\t');
            field(text, at).append('\t');
            field(text, w.row().actor()).append('\t');
            field(text, at).append('\t');
            field(text, w.row().actor()).append('\t');
            field(text, purpose).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(text.toString()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("COPY into records failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A value in COPY's text format: backslash, tab, newline and carriage return escaped; null as \N. */
    static StringBuilder field(StringBuilder out, @org.jspecify.annotations.Nullable String value) {
        if (value == null) {
            return out.append("\\N");
        }
        int length = value.length();
        int clean = 0;
        while (clean < length && !needsEscape(value.charAt(clean))) {
            clean++;
        }
        // Most values need no escape at all: copy them in one go (appending char by char was a quarter of an
        // import's CPU).
        if (clean == length) {
            return out.append(value);
        }
        out.append(value, 0, clean);
        for (int i = clean; i < length; i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    private static boolean needsEscape(char c) {
        return c == '\\' || c == '\t' || c == '\n' || c == '\r';
    }

    /** A PostgreSQL array literal of quoted elements. */
    static String array(List<String> values) {
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append('"')
                    .append(values.get(i).replace("\\", "\\\\").replace("\"", "\\\""))
                    .append('"');
        }
        return out.append('}').toString();
    }
}
