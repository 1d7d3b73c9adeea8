package org.interlink.screening;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.interlink.access.Viewer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The hits and dismissals tables. */
@Repository
class HitRows {

    /** As SIRENE bureaux must answer a hit within 12 hours. */
    static final Duration RESPONSE_TIME = Duration.ofHours(12);

    private static final String COLUMNS =
            "id, created_at, deadline, searcher_bureau, searcher_actor, purpose, location,"
                    + " owner, record_kind, record_id, score, matched, silent, action, status, decided_by, decided_at,"
                    + " decision_note, record_version, traveller_key, summary, page, secretariat_sees";

    /**
     * The hits the General Secretariat may see: those on items it may see. Decided when each hit is raised; true for
     * every record and notice, false for an item whose own protection refuses the General Secretariat.
     */
    static final String SECRETARIAT_SEES = "secretariat_sees";

    private final JdbcTemplate jdbc;

    HitRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insertAll(List<NewHit> hits) {
        if (hits.isEmpty()) {
            return;
        }
        List<Object[]> rows = new ArrayList<>(hits.size());
        for (NewHit hit : hits) {
            rows.add(new Object[] {
                hit.id(),
                utc(hit.createdAt()),
                utc(hit.createdAt().plus(RESPONSE_TIME)),
                hit.searcherBureau(),
                hit.searcherActor(),
                hit.purpose(),
                hit.location(),
                hit.item().owner(),
                hit.item().kind(),
                hit.item().id(),
                hit.item().version(),
                hit.score(),
                hit.item().label(),
                hit.travellerKey(),
                hit.silent(),
                hit.item().action(),
                hit.item().summary(),
                hit.page(),
                hit.secretariatSees()
            });
        }
        jdbc.batchUpdate(
                "INSERT INTO hits (id, created_at, deadline, searcher_bureau, searcher_actor, purpose, location, owner,"
                        + " record_kind, record_id, record_version, score, matched, traveller_key, silent, action, summary, page,"
                        + " secretariat_sees, status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'OPEN')",
                rows);
    }

    /**
     * The hits a bureau may see that pass the filter, in the filter's order: those it raised (not silent) and every hit
     * on its records; for the General Secretariat, every hit on an item it may see ({@link #SECRETARIAT_SEES}).
     *
     * @param after keyset cursor: the sort key (created_at, or deadline) and id of the last hit of the previous page,
     *     or null
     * @param now what "overdue" is measured against
     */
    List<StoredHit> visibleTo(
            String bureau,
            boolean generalSecretariat,
            HitFilter filter,
            @Nullable Cursor after,
            Instant now,
            int limit) {
        StringBuilder where = new StringBuilder(
                generalSecretariat ? SECRETARIAT_SEES : "(owner = ? OR (searcher_bureau = ? AND NOT silent))");
        List<Object> args = new ArrayList<>();
        if (!generalSecretariat) {
            args.add(bureau);
            args.add(bureau);
        }
        if (filter.status() != null) {
            where.append(" AND status = ?");
            args.add(filter.status());
        }
        if (filter.kind() != null) {
            where.append(" AND record_kind = ?");
            args.add(filter.kind());
        }
        if (filter.bureau() != null) {
            where.append(" AND (owner = ? OR searcher_bureau = ?)");
            args.add(filter.bureau());
            args.add(filter.bureau());
        }
        if (filter.overdue()) {
            where.append(" AND status = 'OPEN' AND deadline < ?");
            args.add(utc(now));
        }
        boolean byDeadline = filter.order() == HitFilter.Order.DEADLINE;
        String key = byDeadline ? "deadline" : "created_at";
        if (after != null) {
            where.append(" AND (" + key + ", id) " + (byDeadline ? ">" : "<") + " (?, ?)");
            args.add(utc(after.at()));
            args.add(after.id());
        }
        args.add(limit);
        String direction = byDeadline ? " ASC" : " DESC";
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM hits WHERE " + where + " ORDER BY " + key + direction + ", id" + direction
                        + " LIMIT ?",
                HitRows::map,
                args.toArray());
    }

    Optional<StoredHit> find(String id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM hits WHERE id = ?", HitRows::map, id).stream()
                .findFirst();
    }

    /** Records a decision on an open hit; false when it was already decided. */
    boolean decide(String id, String status, String actor, Instant at, String note) {
        return jdbc.update(
                        "UPDATE hits SET status = ?, decided_by = ?, decided_at = ?, decision_note = ?"
                                + " WHERE id = ? AND status = 'OPEN'",
                        status,
                        actor,
                        utc(at),
                        note,
                        id)
                == 1;
    }

    void remember(StoredHit hit) {
        jdbc.update(
                "INSERT INTO hit_dismissals (traveller_key, record_id, record_version, hit_id) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT DO NOTHING",
                hit.travellerKey(),
                hit.hit().recordId(),
                hit.recordVersion(),
                hit.hit().id());
    }

    /**
     * The items among these whose hit for this traveller was dismissed as a false positive: they are not raised again
     * until the record changes (a new version). One query for all the records a check reaches above the threshold;
     * asked of the database (not a cache) so every node agrees at once.
     */
    Set<WatchedItem> dismissed(String travellerKey, List<WatchedItem> items) {
        if (items.isEmpty()) {
            return Set.of();
        }
        Set<String> versions = new HashSet<>();
        jdbc.query(
                "SELECT record_id, record_version FROM hit_dismissals WHERE traveller_key = ? AND record_id = ANY(?)",
                rs -> {
                    versions.add(rs.getString(1) + "@" + rs.getLong(2));
                },
                travellerKey,
                items.stream().map(WatchedItem::id).distinct().toArray(String[]::new));
        Set<WatchedItem> dismissed = new HashSet<>();
        for (WatchedItem item : items) {
            if (versions.contains(item.id() + "@" + item.version())) {
                dismissed.add(item);
            }
        }
        return dismissed;
    }

    long countOpenFor(String owner) {
        Long n =
                jdbc.queryForObject("SELECT count(*) FROM hits WHERE owner = ? AND status = 'OPEN'", Long.class, owner);
        return n == null ? 0 : n;
    }

    /** A hit and what its row keeps besides: {@code secretariatSees}, whether the General Secretariat may see it. */
    record StoredHit(Hit hit, long recordVersion, String travellerKey, boolean secretariatSees) {

        /** The owner always; the searcher unless silent; the General Secretariat when it may see the item. */
        boolean visibleTo(Viewer viewer) {
            if (viewer.isGeneralSecretariat()) {
                return secretariatSees;
            }
            return hit.owner().equals(viewer.bureau())
                    || (!hit.silent() && hit.searcherBureau().equals(viewer.bureau()));
        }
    }

    /** Where a page ends: the sort key (creation time or deadline) and id of its last hit. */
    record Cursor(Instant at, String id) {}

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static StoredHit map(ResultSet rs, int row) throws SQLException {
        Hit hit = new Hit(
                rs.getString("id"),
                instant(rs, "created_at"),
                instant(rs, "deadline"),
                rs.getString("searcher_bureau"),
                rs.getString("searcher_actor"),
                rs.getString("purpose"),
                rs.getString("location"),
                rs.getString("owner"),
                rs.getString("record_kind"),
                rs.getString("record_id"),
                rs.getDouble("score"),
                rs.getString("matched"),
                rs.getString("summary"),
                rs.getBoolean("silent"),
                rs.getString("action"),
                rs.getString("status"),
                rs.getString("decided_by"),
                instant(rs, "decided_at"),
                rs.getString("decision_note"),
                rs.getString("page"));
        return new StoredHit(
                hit, rs.getLong("record_version"), rs.getString("traveller_key"), rs.getBoolean("secretariat_sees"));
    }
}
