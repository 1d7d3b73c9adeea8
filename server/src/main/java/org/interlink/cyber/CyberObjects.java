package org.interlink.cyber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.interlink.access.Viewer;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.node.ObjectNode;

/**
 * The stored STIX objects ({@code cyber_objects}): every version of each bureau's copy, the latest flagged. Reads that
 * answer a viewer filter with {@link Protection#predicate} in SQL, so hidden objects are never read, counted or paged.
 */
@Repository
class CyberObjects {

    /** The columns {@link #row} reads, unqualified (they resolve to the outermost table of a query). */
    static final String COLUMNS = "row_id, owner, id, type, modified, latest, classification, audience,"
            + " countries, tlp, markings, valid_from, valid_until, confidence, revoked, date_added, body::text AS body";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    CyberObjects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    /** One stored version. */
    record Row(
            long rowId,
            String id,
            String type,
            Instant modified,
            boolean latest,
            Protection protection,
            List<String> markings,
            @Nullable Instant validFrom,
            @Nullable Instant validUntil,
            @Nullable Integer confidence,
            boolean revoked,
            Instant dateAdded,
            String body) {

        String owner() {
            return protection.owner();
        }
    }

    /** What an import did: versions written, versions already held, and the indicators whose latest version changed. */
    record Stored(int created, int unchanged, List<IndicatorSnapshot> indicators) {}

    /** Whether a marking definition with this id is shared and visible to the viewer. */
    boolean markingVisible(Viewer viewer, String id) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(Protection.parameters(viewer)).addValue("id", id);
        Integer found = named.queryForObject(
                "SELECT count(*) FROM cyber_objects c WHERE c.id = :id AND c.type = 'marking-definition' AND "
                        + Protection.predicate("c"),
                parameters,
                Integer.class);
        return found != null && found > 0;
    }

    /**
     * Stores the versions an owner imports, all in the caller's transaction: new versions are added, versions already
     * held are left as they are (an import repeated is harmless), and each object's latest version is flagged.
     *
     * @throws InvalidInputException when a new version follows a revoked one (STIX: a revoked object has no later
     *     versions)
     */
    Stored store(String owner, List<BundleReader.Incoming> objects, Instant now) {
        jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))", Object.class, "cyber " + owner);
        String[] ids =
                objects.stream().map(BundleReader.Incoming::id).distinct().toArray(String[]::new);
        Map<String, Instant> revokedAt = new HashMap<>();
        Set<String> held = new java.util.HashSet<>();
        jdbc.query(
                "SELECT id, modified, revoked FROM cyber_objects WHERE owner = ? AND id = ANY(?)",
                (ResultSet rs) -> {
                    String id = rs.getString(1);
                    Instant modified = rs.getTimestamp(2).toInstant();
                    held.add(id + " " + modified);
                    if (rs.getBoolean(3)) {
                        revokedAt.merge(id, modified, (a, b) -> a.isBefore(b) ? a : b);
                    }
                },
                owner,
                textArray(ids));
        List<FieldError> errors = new ArrayList<>();
        List<BundleReader.Incoming> fresh = new ArrayList<>();
        for (BundleReader.Incoming object : objects) {
            Instant revoked = revokedAt.get(object.id());
            if (revoked != null && object.modified().isAfter(revoked)) {
                errors.add(new FieldError(
                        "objects[" + objects.indexOf(object) + "].modified",
                        object.id() + ": was revoked; STIX allows no new version after a revocation"));
            } else if (!held.contains(object.id() + " " + object.modified())) {
                fresh.add(object);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        insert(fresh, now);
        String[] changed =
                fresh.stream().map(BundleReader.Incoming::id).distinct().toArray(String[]::new);
        jdbc.update(
                "UPDATE cyber_objects SET latest = false WHERE owner = ? AND id = ANY(?) AND latest",
                owner,
                textArray(changed));
        jdbc.update(
                "UPDATE cyber_objects c SET latest = true FROM (SELECT DISTINCT ON (id) row_id FROM cyber_objects"
                        + " WHERE owner = ? AND id = ANY(?) ORDER BY id, modified DESC) m WHERE c.row_id = m.row_id",
                owner,
                textArray(changed));
        List<IndicatorSnapshot> indicators = jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM cyber_objects WHERE owner = ? AND id = ANY(?) AND latest"
                                + " AND type = 'indicator'",
                        CyberObjects::row,
                        owner,
                        textArray(changed))
                .stream()
                .map(CyberObjects::snapshot)
                .toList();
        return new Stored(fresh.size(), objects.size() - fresh.size(), indicators);
    }

    private void insert(List<BundleReader.Incoming> objects, Instant now) {
        jdbc.batchUpdate(
                "INSERT INTO cyber_objects (owner, id, type, modified, latest, classification, audience, countries,"
                        + " tlp, markings, valid_from, valid_until, confidence, revoked, date_added, body)"
                        + " VALUES (?, ?, ?, ?, false, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))",
                objects,
                500,
                (PreparedStatement statement, BundleReader.Incoming object) -> {
                    Connection connection = statement.getConnection();
                    Restriction restriction = object.protection().restriction();
                    statement.setString(1, object.protection().owner());
                    statement.setString(2, object.id());
                    statement.setString(3, object.type());
                    statement.setTimestamp(4, Timestamp.from(object.modified()));
                    statement.setShort(5, (short) restriction.classification().ordinal());
                    statement.setString(6, restriction.audience().name());
                    statement.setArray(
                            7,
                            connection.createArrayOf(
                                    "text", restriction.countries().toArray()));
                    statement.setShort(8, (short) object.protection().tlp().ordinal());
                    statement.setArray(
                            9,
                            connection.createArrayOf("text", object.markings().toArray()));
                    statement.setTimestamp(10, object.validFrom() == null ? null : Timestamp.from(object.validFrom()));
                    statement.setTimestamp(
                            11, object.validUntil() == null ? null : Timestamp.from(object.validUntil()));
                    statement.setObject(
                            12,
                            object.confidence() == null
                                    ? null
                                    : object.confidence().shortValue());
                    statement.setBoolean(13, object.revoked());
                    statement.setTimestamp(14, Timestamp.from(now));
                    statement.setString(15, BundleReader.JSON.writeValueAsString(object.body()));
                });
    }

    /** Every bureau's latest indicators, for building the check index. */
    void forEachIndicator(Consumer<IndicatorSnapshot> action) {
        jdbc.query("SELECT " + COLUMNS + " FROM cyber_objects WHERE latest AND type = 'indicator'", (ResultSet rs) -> {
            action.accept(snapshot(row(rs, 0)));
        });
    }

    /** The latest version of an owner's indicator, for the check index; empty when none is left. */
    Optional<IndicatorSnapshot> latestIndicator(String owner, String id) {
        return jdbc
                .query(
                        "SELECT " + COLUMNS + " FROM cyber_objects WHERE owner = ? AND id = ? AND latest"
                                + " AND type = 'indicator'",
                        CyberObjects::row,
                        owner,
                        id)
                .stream()
                .findFirst()
                .map(CyberObjects::snapshot);
    }

    /**
     * The latest version of the indicator with this STIX id that the viewer may see: the viewer's own copy first, else
     * the most recently modified.
     */
    Optional<Row> indicator(Viewer viewer, String id) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(Protection.parameters(viewer)).addValue("id", id);
        return named
                .query(
                        "SELECT " + COLUMNS + " FROM cyber_objects c WHERE c.id = :id AND c.latest AND c.type ="
                                + " 'indicator' AND " + Protection.predicate("c")
                                + " ORDER BY (c.owner = :viewerBureau) DESC, c.modified DESC, c.owner LIMIT 1",
                        parameters,
                        CyberObjects::row)
                .stream()
                .findFirst();
    }

    /**
     * The objects the viewer may see, in a stable order (id, version, owner): those with the given ids, or all when
     * {@code ids} is empty; of one owner bureau, or of all; the latest versions only, or every version.
     */
    void forEachVisible(
            Viewer viewer, List<String> ids, @Nullable String owner, boolean allVersions, Consumer<Row> action) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(Protection.parameters(viewer))
                .addValue("ids", ids.toArray(String[]::new))
                .addValue("owner", owner);
        String sql = "SELECT " + COLUMNS + " FROM cyber_objects c WHERE " + Protection.predicate("c")
                + (allVersions ? "" : " AND c.latest") + (ids.isEmpty() ? "" : " AND c.id = ANY(:ids)")
                + (owner == null ? "" : " AND c.owner = :owner")
                + " ORDER BY c.id, c.modified, c.owner";
        named.query(sql, parameters, (ResultSet rs) -> {
            action.accept(row(rs, 0));
        });
    }

    /** The number of latest objects of each type the viewer may see. */
    Map<String, Long> counts(Viewer viewer) {
        Map<String, Long> counts = new LinkedHashMap<>();
        named.query(
                "SELECT c.type, count(*) FROM cyber_objects c WHERE c.latest AND " + Protection.predicate("c")
                        + " GROUP BY c.type ORDER BY c.type",
                Protection.parameters(viewer),
                (ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }

    static Row row(ResultSet rs, int rowNumber) throws SQLException {
        Restriction restriction = new Restriction(
                Classification.values()[rs.getShort("classification")],
                Audience.valueOf(rs.getString("audience")),
                new TreeSet<>(Arrays.asList((String[]) rs.getArray("countries").getArray())));
        Timestamp validFrom = rs.getTimestamp("valid_from");
        Timestamp validUntil = rs.getTimestamp("valid_until");
        short confidence = rs.getShort("confidence");
        return new Row(
                rs.getLong("row_id"),
                rs.getString("id"),
                rs.getString("type"),
                rs.getTimestamp("modified").toInstant(),
                rs.getBoolean("latest"),
                new Protection(rs.getString("owner"), restriction, Tlp.values()[rs.getShort("tlp")]),
                List.of((String[]) rs.getArray("markings").getArray()),
                validFrom == null ? null : validFrom.toInstant(),
                validUntil == null ? null : validUntil.toInstant(),
                rs.wasNull() ? null : (int) confidence,
                rs.getBoolean("revoked"),
                rs.getTimestamp("date_added").toInstant(),
                rs.getString("body"));
    }

    static IndicatorSnapshot snapshot(Row row) {
        ObjectNode body = (ObjectNode) BundleReader.JSON.readTree(row.body());
        String pattern = body.path("pattern").asString("");
        List<StixPattern.Value> values;
        try {
            values = StixPattern.parse(pattern).values();
        } catch (StixPattern.Malformed e) {
            values = List.of(); // stored patterns were parsed on import; this keeps a later grammar change harmless
        }
        Restriction restriction = row.protection().restriction();
        Instant validFrom = row.validFrom() == null ? row.modified() : row.validFrom();
        return new IndicatorSnapshot(
                row.owner(),
                row.id(),
                row.modified(),
                restriction.classification().name(),
                restriction.audience().name(),
                restriction.countries(),
                row.protection().tlp().name(),
                pattern,
                values.stream().map(StixPattern.Value::type).toList(),
                values.stream().map(StixPattern.Value::value).toList(),
                body.path("x_interlink_action").asString(Checks.DEFAULT_ACTION),
                row.confidence() == null ? Decay.DEFAULT_CONFIDENCE : row.confidence(),
                validFrom,
                row.validUntil() == null ? Decay.validUntil("", validFrom) : row.validUntil(),
                row.revoked());
    }

    /** PgJDBC binds a {@code String[]} as a SQL array, for {@code = ANY(?)}. */
    private static Object textArray(String[] values) {
        return values;
    }
}
