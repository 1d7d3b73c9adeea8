package org.interlink.content;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/** The content_banks and content_entries tables. */
@Repository
class ContentRows {

    private static final String ENTRY_COLUMNS = "e.id, e.bank_id, b.name AS bank_name, e.signal_type, e.signal,"
            + " e.quality, e.labels, e.source, e.added_by, e.added_at, e.enabled, e.version,"
            + " e.evidence_id IS NOT NULL AS evidence";
    private static final String BANK_COLUMNS = "b.id, b.name, b.owner, b.classification, b.audience, b.countries,"
            + " b.negative, b.labels, b.created_by, b.created_at,"
            + " (SELECT count(*) FROM content_entries e WHERE e.bank_id = b.id) AS entries";

    private final NamedParameterJdbcTemplate jdbc;

    ContentRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the name is taken. */
    boolean insertBank(Bank bank) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", bank.id());
        p.put("name", bank.name());
        p.put("owner", bank.owner());
        p.put("classification", bank.access().classification().ordinal());
        p.put("audience", bank.access().audience().name());
        p.put("countries", bank.access().countries().stream().sorted().toArray(String[]::new));
        p.put("negative", bank.negative());
        p.put("labels", bank.labels().toArray(String[]::new));
        p.put("createdBy", bank.createdBy());
        p.put("createdAt", utc(bank.createdAt()));
        return jdbc.update(
                        "INSERT INTO content_banks (id, name, owner, classification, audience, countries, negative,"
                                + " labels, created_by, created_at) VALUES (:id, :name, :owner, :classification,"
                                + " :audience, :countries, :negative, :labels, :createdBy, :createdAt)"
                                + " ON CONFLICT (name) DO NOTHING",
                        p)
                == 1;
    }

    /** The banks the viewer may see, by name (the access policy in SQL, so nothing hidden is read or counted). */
    List<Bank> banksVisibleTo(Viewer viewer) {
        return jdbc.query(
                "SELECT " + BANK_COLUMNS + " FROM content_banks b WHERE " + AccessSql.predicate("b")
                        + " ORDER BY b.name",
                AccessSql.parameters(viewer),
                ContentRows::bank);
    }

    Optional<Bank> bank(String id) {
        return jdbc
                .query(
                        "SELECT " + BANK_COLUMNS + " FROM content_banks b WHERE b.id = :id",
                        Map.of("id", id),
                        ContentRows::bank)
                .stream()
                .findFirst();
    }

    /** The new entry's id, or empty when the bank already holds this signal. */
    Optional<Long> insertEntry(
            String bankId,
            SignalType type,
            String signal,
            @Nullable Integer quality,
            List<String> labels,
            String source,
            String addedBy,
            Instant addedAt) {
        Map<String, Object> p = new HashMap<>();
        p.put("bankId", bankId);
        p.put("type", type.wire());
        p.put("signal", signal);
        p.put("quality", quality);
        p.put("labels", labels.toArray(String[]::new));
        p.put("source", source);
        p.put("addedBy", addedBy);
        p.put("addedAt", utc(addedAt));
        return jdbc
                .query(
                        "INSERT INTO content_entries (bank_id, signal_type, signal, quality, labels, source, added_by,"
                                + " added_at) VALUES (:bankId, :type, :signal, :quality, :labels, :source, :addedBy,"
                                + " :addedAt) ON CONFLICT (bank_id, signal_type, signal) DO NOTHING RETURNING id",
                        p,
                        (rs, row) -> rs.getLong(1))
                .stream()
                .findFirst();
    }

    Optional<Entry> entry(long id) {
        return jdbc
                .query(
                        "SELECT " + ENTRY_COLUMNS + " FROM content_entries e JOIN content_banks b ON b.id = e.bank_id"
                                + " WHERE e.id = :id",
                        Map.of("id", id),
                        ContentRows::entry)
                .stream()
                .findFirst();
    }

    /** A page of a bank's entries after {@code afterId}, by id. */
    List<Entry> entries(String bankId, long afterId, int limit) {
        return jdbc.query(
                "SELECT " + ENTRY_COLUMNS + " FROM content_entries e JOIN content_banks b ON b.id = e.bank_id"
                        + " WHERE e.bank_id = :bankId AND e.id > :after ORDER BY e.id LIMIT :limit",
                Map.of("bankId", bankId, "after", afterId, "limit", limit),
                ContentRows::entry);
    }

    /** Sets the flag, raising the version when it changes; false when it already had that value. */
    boolean setEnabled(long id, boolean enabled) {
        return jdbc.update(
                        "UPDATE content_entries SET enabled = :enabled, version = version + 1"
                                + " WHERE id = :id AND enabled <> :enabled",
                        Map.of("id", id, "enabled", enabled))
                == 1;
    }

    /** One entry as the indexes keep it, with its bank's owner, restriction and kind. */
    Optional<IndexedEntry> indexed(long id) {
        return jdbc.query(INDEXED + " WHERE e.id = :id", Map.of("id", id), ContentRows::indexed).stream()
                .findFirst();
    }

    /** Every entry, streamed (the indexes' start-up load). */
    void forEachIndexed(Consumer<IndexedEntry> action) {
        jdbc.query(INDEXED + " WHERE TRUE", Map.of(), rs -> {
            action.accept(indexed(rs, 0));
        });
    }

    private static final String INDEXED = "SELECT e.id, e.bank_id, b.name AS bank_name, b.owner, b.classification,"
            + " b.audience, b.countries, b.negative, e.signal_type, e.signal, e.labels, e.source, e.enabled, e.version"
            + " FROM content_entries e JOIN content_banks b ON b.id = e.bank_id";

    private static IndexedEntry indexed(ResultSet rs, int row) throws SQLException {
        return new IndexedEntry(
                rs.getLong("id"),
                rs.getString("bank_id"),
                rs.getString("bank_name"),
                rs.getString("owner"),
                restriction(rs),
                rs.getBoolean("negative"),
                SignalType.valueOf(rs.getString("signal_type").toUpperCase(java.util.Locale.ROOT)),
                rs.getString("signal"),
                List.of(strings(rs.getArray("labels"))),
                rs.getString("source"),
                rs.getBoolean("enabled"),
                rs.getLong("version"));
    }

    private static Bank bank(ResultSet rs, int row) throws SQLException {
        return new Bank(
                rs.getString("id"),
                rs.getString("name"),
                rs.getString("owner"),
                restriction(rs),
                rs.getBoolean("negative"),
                List.of(strings(rs.getArray("labels"))),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getLong("entries"));
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        int q = rs.getInt("quality");
        Integer quality = rs.wasNull() ? null : q;
        return new Entry(
                rs.getLong("id"),
                rs.getString("bank_id"),
                rs.getString("bank_name"),
                rs.getString("signal_type"),
                rs.getString("signal"),
                quality,
                List.of(strings(rs.getArray("labels"))),
                rs.getString("source"),
                rs.getString("added_by"),
                rs.getObject("added_at", OffsetDateTime.class).toInstant(),
                rs.getBoolean("enabled"),
                rs.getLong("version"),
                rs.getBoolean("evidence"));
    }

    private static Restriction restriction(ResultSet rs) throws SQLException {
        return new Restriction(
                Classification.values()[rs.getInt("classification")],
                Audience.valueOf(rs.getString("audience")),
                Set.copyOf(Arrays.asList(strings(rs.getArray("countries")))));
    }

    private static String[] strings(@Nullable Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
