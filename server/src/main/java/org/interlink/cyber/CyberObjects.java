package org.interlink.cyber;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
        Map<String, Instant> heldNewest = new HashMap<>();
        jdbc.query(
                "SELECT id, modified, revoked FROM cyber_objects WHERE owner = ? AND id = ANY(?)",
                (ResultSet rs) -> {
                    String id = rs.getString(1);
                    Instant modified = rs.getTimestamp(2).toInstant();
                    held.add(id + " " + modified);
                    heldNewest.merge(id, modified, (a, b) -> a.isAfter(b) ? a : b);
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
        // Each id's latest version, decided here from the versions held and the fresh ones, so that the rows are
        // written flagged and no statement has to look for the latest among the owner's rows afterwards.
        Map<String, BundleReader.Incoming> newest = new HashMap<>();
        for (BundleReader.Incoming object : fresh) {
            newest.merge(object.id(), object, (a, b) -> a.modified().isAfter(b.modified()) ? a : b);
        }
        newest.values().removeIf(object -> {
            Instant before = heldNewest.get(object.id());
            return before != null && before.isAfter(object.modified());
        });
        String[] superseded =
                newest.keySet().stream().filter(heldNewest::containsKey).toArray(String[]::new);
        if (superseded.length > 0) {
            jdbc.update(
                    "UPDATE cyber_objects SET latest = false WHERE owner = ? AND id = ANY(?) AND latest",
                    owner,
                    textArray(superseded));
        }
        Set<BundleReader.Incoming> latest = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        latest.addAll(newest.values());
        insert(fresh, latest, now);
        List<IndicatorSnapshot> indicators = fresh.stream()
                .filter(object -> latest.contains(object) && object.type().equals("indicator"))
                .map(CyberObjects::snapshot)
                .toList();
        return new Stored(fresh.size(), objects.size() - fresh.size(), indicators);
    }

    private void insert(List<BundleReader.Incoming> objects, Set<BundleReader.Incoming> latest, Instant now) {
        jdbc.batchUpdate(
                "INSERT INTO cyber_objects (owner, id, type, modified, latest, classification, audience, countries,"
                        + " tlp, markings, valid_from, valid_until, confidence, revoked, date_added, body)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))",
                objects,
                500,
                (PreparedStatement statement, BundleReader.Incoming object) -> {
                    Connection connection = statement.getConnection();
                    Restriction restriction = object.protection().restriction();
                    statement.setString(1, object.protection().owner());
                    statement.setString(2, object.id());
                    statement.setString(3, object.type());
                    statement.setTimestamp(4, Timestamp.from(object.modified()));
                    statement.setBoolean(5, latest.contains(object));
                    statement.setShort(6, (short) restriction.classification().ordinal());
                    statement.setString(7, restriction.audience().name());
                    statement.setArray(
                            8,
                            connection.createArrayOf(
                                    "text", restriction.countries().toArray()));
                    statement.setShort(9, (short) object.protection().tlp().ordinal());
                    statement.setArray(
                            10,
                            connection.createArrayOf("text", object.markings().toArray()));
                    statement.setTimestamp(11, object.validFrom() == null ? null : Timestamp.from(object.validFrom()));
                    statement.setTimestamp(
                            12, object.validUntil() == null ? null : Timestamp.from(object.validUntil()));
                    statement.setObject(
                            13,
                            object.confidence() == null
                                    ? null
                                    : object.confidence().shortValue());
                    statement.setBoolean(14, object.revoked());
                    statement.setTimestamp(15, Timestamp.from(now));
                    statement.setString(16, BundleReader.JSON.writeValueAsString(object.body()));
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
        return latest(viewer, "indicator", id);
    }

    /** As {@link #indicator}, for an object of any type. */
    Optional<Row> latest(Viewer viewer, String type, String id) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(Protection.parameters(viewer))
                .addValue("id", id)
                .addValue("type", type);
        return named
                .query(
                        "SELECT " + COLUMNS + " FROM cyber_objects c WHERE c.id = :id AND c.latest AND c.type ="
                                + " :type AND " + Protection.predicate("c")
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

    /** The ids among these of which the viewer may see at least one bureau's latest version. */
    Set<String> visibleIds(Viewer viewer, Collection<String> ids) {
        Set<String> visible = new java.util.HashSet<>();
        named.query(
                "SELECT DISTINCT c.id FROM cyber_objects c WHERE c.latest AND c.id = ANY(:ids) AND "
                        + Protection.predicate("c"),
                new MapSqlParameterSource(Protection.parameters(viewer)).addValue("ids", ids.toArray(String[]::new)),
                (ResultSet rs) -> {
                    visible.add(rs.getString(1));
                });
        return visible;
    }

    /**
     * The ids among these that are stored but that the viewer may see no version of: a report shown to the viewer
     * leaves them out of its {@code object_refs}, so that they are as absent as an id stored nowhere.
     */
    Set<String> hiddenIds(Viewer viewer, Collection<String> ids) {
        Set<String> hidden = new java.util.HashSet<>();
        if (ids.isEmpty()) {
            return hidden;
        }
        named.query(
                "SELECT c.id FROM cyber_objects c WHERE c.latest AND c.id = ANY(:ids) GROUP BY c.id"
                        + " HAVING NOT bool_or(" + Protection.predicate("c") + ")",
                new MapSqlParameterSource(Protection.parameters(viewer)).addValue("ids", ids.toArray(String[]::new)),
                (ResultSet rs) -> {
                    hidden.add(rs.getString(1));
                });
        return hidden;
    }

    /** A report as listed: its latest version and the number of its referenced objects the viewer may see. */
    record ListedReport(Row row, long visibleObjects) {}

    /**
     * The latest reports the viewer may see, newest first (date added, then row), after the cursor's report: the
     * {@code (dateAdded, rowId)} of the last one of the previous page, or null.
     */
    List<ListedReport> reports(Viewer viewer, @Nullable Instant afterAdded, long afterRow, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(Protection.parameters(viewer))
                .addValue("afterAdded", afterAdded == null ? null : Timestamp.from(afterAdded))
                .addValue("afterRow", afterRow)
                .addValue("limit", limit);
        return named.query(
                "SELECT " + COLUMNS + ", (SELECT count(DISTINCT o.id) FROM cyber_objects o WHERE o.latest AND o.id IN"
                        + " (SELECT jsonb_array_elements_text(c.body -> 'object_refs')) AND "
                        + Protection.predicate("o") + ") AS visible_objects"
                        + " FROM cyber_objects c WHERE c.type = 'report' AND c.latest AND " + Protection.predicate("c")
                        + (afterAdded == null ? "" : " AND (c.date_added, c.row_id) < (:afterAdded, :afterRow)")
                        + " ORDER BY c.date_added DESC, c.row_id DESC LIMIT :limit",
                parameters,
                (rs, n) -> new ListedReport(row(rs, n), rs.getLong("visible_objects")));
    }

    /** An object as a chooser lists it: its id, type, name (empty for objects without one) and owner. */
    record Found(String id, String type, String name, String owner) {}

    /**
     * Up to {@code limit} objects the viewer may see (latest versions, one per id) whose id or name contains the text,
     * case-insensitive; marking definitions are left out (a report refers to intelligence, not to its markings).
     */
    List<Found> search(Viewer viewer, String text, int limit) {
        String pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return named.query(
                "SELECT DISTINCT ON (c.type, c.id) c.id, c.type, coalesce(c.body ->> 'name', '') AS name, c.owner"
                        + " FROM cyber_objects c WHERE c.latest AND c.type <> 'marking-definition' AND (c.id ILIKE"
                        + " :pattern OR c.body ->> 'name' ILIKE :pattern) AND " + Protection.predicate("c")
                        + " ORDER BY c.type, c.id, (c.owner = :viewerBureau) DESC, c.modified DESC LIMIT :limit",
                new MapSqlParameterSource(Protection.parameters(viewer))
                        .addValue("pattern", pattern)
                        .addValue("limit", limit),
                (rs, n) -> new Found(
                        rs.getString("id"), rs.getString("type"), rs.getString("name"), rs.getString("owner")));
    }

    /** The objects with these ids the viewer may see, one per id, described as {@link #search} does. */
    List<Found> described(Viewer viewer, Collection<String> ids) {
        return named.query(
                "SELECT DISTINCT ON (c.id) c.id, c.type, coalesce(c.body ->> 'name', '') AS name, c.owner"
                        + " FROM cyber_objects c WHERE c.latest AND c.id = ANY(:ids) AND " + Protection.predicate("c")
                        + " ORDER BY c.id, (c.owner = :viewerBureau) DESC, c.modified DESC",
                new MapSqlParameterSource(Protection.parameters(viewer)).addValue("ids", ids.toArray(String[]::new)),
                (rs, n) -> new Found(
                        rs.getString("id"), rs.getString("type"), rs.getString("name"), rs.getString("owner")));
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

    /** What the objects list filters on: a STIX type, a TLP level, words in the id, name or pattern (each optional). */
    record Filter(
            @Nullable String type,
            @Nullable Tlp tlp,
            @Nullable String text) {}

    /**
     * One page of the latest objects the viewer may see, newest first; {@code limit + 1} rows are read so the caller
     * knows whether another page follows.
     */
    List<Row> page(Viewer viewer, Filter filter, int offset, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(Protection.parameters(viewer))
                .addValue("type", filter.type())
                .addValue(
                        "tlp",
                        filter.tlp() == null ? null : (short) filter.tlp().ordinal())
                .addValue("text", filter.text() == null ? null : "%" + likeEscaped(filter.text()) + "%")
                .addValue("offset", offset)
                .addValue("limit", limit + 1);
        String sql = "SELECT " + COLUMNS + " FROM cyber_objects c WHERE c.latest AND " + Protection.predicate("c")
                + (filter.type() == null ? "" : " AND c.type = :type")
                + (filter.tlp() == null ? "" : " AND c.tlp = :tlp")
                + (filter.text() == null
                        ? ""
                        : " AND (c.id ILIKE :text OR c.body->>'name' ILIKE :text OR c.body->>'pattern' ILIKE :text)")
                + " ORDER BY c.date_added DESC, c.row_id DESC OFFSET :offset LIMIT :limit";
        return named.query(sql, parameters, CyberObjects::row);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** Every version of one owner's copy of an object, newest first (the caller already found the latest visible). */
    List<Row> versions(Viewer viewer, String owner, String id) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(Protection.parameters(viewer))
                .addValue("owner", owner)
                .addValue("id", id);
        return named.query(
                "SELECT " + COLUMNS + " FROM cyber_objects c WHERE c.owner = :owner AND c.id = :id AND "
                        + Protection.predicate("c") + " ORDER BY c.modified DESC",
                parameters,
                CyberObjects::row);
    }

    /**
     * The latest relationships the viewer may see with this object at either end, at most {@code limit + 1} (the
     * caller flags the overflow).
     */
    List<Row> relationships(Viewer viewer, String id, int limit) {
        MapSqlParameterSource parameters = new MapSqlParameterSource(Protection.parameters(viewer))
                .addValue("id", id)
                .addValue("limit", limit + 1);
        return named.query(
                "SELECT " + COLUMNS + " FROM cyber_objects c WHERE c.latest AND c.type = 'relationship' AND"
                        + " (c.body->>'source_ref' = :id OR c.body->>'target_ref' = :id) AND "
                        + Protection.predicate("c") + " ORDER BY c.id, c.owner LIMIT :limit",
                parameters,
                CyberObjects::row);
    }

    /** The latest versions the viewer may see of the objects with these ids (every owner's copy). */
    List<Row> latest(Viewer viewer, List<String> ids) {
        MapSqlParameterSource parameters =
                new MapSqlParameterSource(Protection.parameters(viewer)).addValue("ids", ids.toArray(String[]::new));
        return named.query(
                "SELECT " + COLUMNS + " FROM cyber_objects c WHERE c.latest AND c.id = ANY(:ids) AND "
                        + Protection.predicate("c") + " ORDER BY c.id, c.owner",
                parameters,
                CyberObjects::row);
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
        return snapshot(
                row.protection(),
                row.id(),
                row.modified(),
                body,
                values,
                row.validFrom(),
                row.validUntil(),
                row.confidence(),
                row.revoked());
    }

    /** An indicator just imported, as the check index holds it: its pattern was parsed by the reader. */
    static IndicatorSnapshot snapshot(BundleReader.Incoming object) {
        return snapshot(
                object.protection(),
                object.id(),
                object.modified(),
                object.body(),
                object.values(),
                object.validFrom(),
                object.validUntil(),
                object.confidence(),
                object.revoked());
    }

    private static IndicatorSnapshot snapshot(
            Protection protection,
            String id,
            Instant modified,
            ObjectNode body,
            List<StixPattern.Value> values,
            @Nullable Instant statedFrom,
            @Nullable Instant statedUntil,
            @Nullable Integer confidence,
            boolean revoked) {
        Restriction restriction = protection.restriction();
        Instant validFrom = statedFrom == null ? modified : statedFrom;
        return new IndicatorSnapshot(
                protection.owner(),
                id,
                modified,
                restriction.classification().name(),
                restriction.audience().name(),
                restriction.countries(),
                protection.tlp().name(),
                body.path("pattern").asString(""),
                values.stream().map(StixPattern.Value::type).toList(),
                values.stream().map(StixPattern.Value::value).toList(),
                body.path("x_interlink_action").asString(Checks.DEFAULT_ACTION),
                confidence == null ? Decay.DEFAULT_CONFIDENCE : confidence,
                validFrom,
                statedUntil == null ? Decay.validUntil("", validFrom) : statedUntil,
                revoked);
    }

    /** PgJDBC binds a {@code String[]} as a SQL array, for {@code = ANY(?)}. */
    private static Object textArray(String[] values) {
        return values;
    }
}
