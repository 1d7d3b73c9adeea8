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
 * Writes one batch of imported records in the caller's transaction: {@code COPY} into a temporary staging table, then
 * one statement updates the records whose body changed (keeping their previous version in the history) and one inserts
 * the new ones. Records are matched by {@code (kind, owner, externalId)}, so a repeated import changes nothing.
 *
 * <p>Guarded by {@code bench/…/RecordImportBench}: a million travel documents at well over 20,000 per second.
 */
@Component
class ImportWriter {

    /** Imports of one kind run one batch at a time, so two imports cannot both insert the same external id. */
    private static final String LOCK = "SELECT pg_advisory_xact_lock(hashtext('records-import:' || ?))";

    private static final String STAGING = "CREATE TEMP TABLE record_staging (id text, kind text, owner text,"
            + " classification smallint, audience text, countries text[], external_id text, body jsonb, label text,"
            + " search text, status text, country text, categories text[], review_by date, created_at timestamptz,"
            + " created_by text, change_purpose text) ON COMMIT DROP";

    private static final String UPDATE_CHANGED = "WITH changed AS (SELECT r.id AS rid, s.* FROM record_staging s"
            + " JOIN records r ON r.kind = s.kind AND r.owner = s.owner AND r.external_id = s.external_id"
            + " WHERE r.body <> s.body),"
            + " kept AS (INSERT INTO record_versions (record_id, version, owner, classification, audience, countries,"
            + " body, review_by, changed_at, changed_by, change_purpose) SELECT r.id, r.version, r.owner,"
            + " r.classification, r.audience, r.countries, r.body, r.review_by, r.updated_at, r.updated_by,"
            + " r.change_purpose FROM records r JOIN changed c ON r.id = c.rid)"
            + " UPDATE records r SET classification = c.classification, audience = c.audience,"
            + " countries = c.countries, version = r.version + 1, body = c.body, label = c.label, search = c.search,"
            + " status = c.status, country = c.country, categories = c.categories, review_by = c.review_by,"
            + " review_due_since = NULL, updated_at = c.created_at, updated_by = c.created_by,"
            + " change_purpose = c.change_purpose FROM changed c WHERE r.id = c.rid"
            + " RETURNING r.id, r.external_id, r.owner, r.version";

    private static final String INSERT_NEW = "INSERT INTO records (id, kind, owner, classification, audience,"
            + " countries, external_id, version, body, label, search, status, country, categories, review_by,"
            + " created_at, created_by, updated_at, updated_by, change_purpose) SELECT id, kind, owner,"
            + " classification, audience, countries, external_id, 1, body, label, search, status, country,"
            + " categories, review_by, created_at, created_by, created_at, created_by, change_purpose"
            + " FROM record_staging ON CONFLICT (kind, owner, external_id) DO NOTHING"
            + " RETURNING id, external_id, owner, version";

    private final JdbcTemplate jdbc;
    private final DataSource dataSource;

    ImportWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.dataSource = jdbc.getDataSource();
    }

    /** One line that passed its rules, for an owner. */
    record Row(Validated record, String owner, String actor) {

        String key() {
            return owner + "\u0000" + record.common().externalId();
        }
    }

    /** A record the batch created or changed, at its new version. */
    record Written(String id, Row row, long version, boolean created) {}

    /** Writes the batch (external ids unique within it) in the caller's transaction; answers what changed. */
    List<Written> write(RecordKind kind, List<Row> batch, String purpose, Instant now) {
        if (batch.isEmpty()) {
            return List.of();
        }
        jdbc.queryForList(LOCK, kind.name());
        jdbc.execute(STAGING);
        copy(batch, purpose, now);
        jdbc.execute("ANALYZE record_staging");
        Map<String, Row> byKey = new HashMap<>();
        batch.forEach(row -> byKey.put(row.key(), row));
        List<Written> written = new ArrayList<>();
        jdbc.query(UPDATE_CHANGED, rs -> {
            written.add(new Written(
                    rs.getString(1), byKey.get(rs.getString(3) + "\u0000" + rs.getString(2)), rs.getLong(4), false));
        });
        jdbc.query(INSERT_NEW, rs -> {
            written.add(new Written(
                    rs.getString(1), byKey.get(rs.getString(3) + "\u0000" + rs.getString(2)), rs.getLong(4), true));
        });
        return written;
    }

    private void copy(List<Row> batch, String purpose, Instant now) {
        StringBuilder text = new StringBuilder(batch.size() * 400);
        String at = now.toString();
        for (Row row : batch) {
            Validated v = row.record();
            Restriction access = v.common().access();
            field(text, Ids.next(v.kind())).append('\t');
            field(text, v.kind().name()).append('\t');
            field(text, row.owner()).append('\t');
            text.append(access.classification().ordinal()).append('\t');
            field(text, access.audience().name()).append('\t');
            field(text, array(access.countries().stream().sorted().toList())).append('\t');
            field(text, v.common().externalId()).append('\t');
            field(text, RecordJson.write(v.body())).append('\t');
            field(text, v.label()).append('\t');
            field(text, v.search()).append('\t');
            field(text, v.status()).append('\t');
            field(text, v.country()).append('\t');
            field(text, array(v.categories())).append('\t');
            field(text, v.common().reviewBy().toString()).append('\t');
            field(text, at).append('\t');
            field(text, row.actor()).append('\t');
            field(text, purpose).append('\n');
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection
                    .unwrap(PGConnection.class)
                    .getCopyAPI()
                    .copyIn(
                            "COPY record_staging (id, kind, owner, classification, audience, countries, external_id,"
                                    + " body, label, search, status, country, categories, review_by, created_at,"
                                    + " created_by, change_purpose) FROM STDIN",
                            new StringReader(text.toString()));
        } catch (SQLException | java.io.IOException e) {
            throw new IllegalStateException("COPY into the staging table failed", e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** A value in COPY's text format: backslash, tab, newline and carriage return escaped; null as \N. */
    static StringBuilder field(StringBuilder out, @org.jspecify.annotations.Nullable String value) {
        if (value == null) {
            return out.append("\\N");
        }
        for (int i = 0; i < value.length(); i++) {
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
