package org.interlink.cyber;

import java.net.URI;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.interlink.access.Audience;
import org.interlink.access.Classification;
import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The feeds table, {@code cyber_feeds}: configuration, the cursor, and the outcome of the last pull. */
@Repository
class Feeds {

    /** How long a claimed pull may run before another node may take the feed over (the node is presumed gone). */
    static final Duration LEASE = Duration.ofMinutes(30);

    private static final String COLUMNS = "id, owner, api_root, collection, auth, token_url, client_id, secret_ref,"
            + " interval_s, enabled, classification, audience, countries, run_as, clearance, added_after,"
            + " next_pull_at, last_pull_at, last_success_at, last_error, last_error_at, objects_pulled";

    private final JdbcTemplate jdbc;

    Feeds(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Feed feed, Instant now) {
        jdbc.update(
                "INSERT INTO cyber_feeds (id, owner, api_root, collection, auth, token_url, client_id, secret_ref,"
                        + " interval_s, enabled, classification, audience, countries, run_as, clearance,"
                        + " next_pull_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::text[], ?, ?, ?, ?)",
                feed.id(),
                feed.owner(),
                feed.apiRoot().toString(),
                feed.collection(),
                feed.auth().type().name(),
                feed.auth().tokenUrl() == null ? null : feed.auth().tokenUrl().toString(),
                feed.auth().clientId(),
                feed.auth().secretRef(),
                (int) feed.interval().toSeconds(),
                feed.enabled(),
                feed.restriction().classification().ordinal(),
                feed.restriction().audience().name(),
                "{" + String.join(",", feed.restriction().countries()) + "}",
                feed.runAs(),
                feed.clearance().ordinal(),
                Timestamp.from(feed.nextPullAt()),
                Timestamp.from(now));
    }

    Optional<Feed> find(UUID id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM cyber_feeds WHERE id = ?", ROW, id).stream()
                .findFirst();
    }

    /** Every feed, or those of one owner bureau, oldest first. */
    List<Feed> list(@Nullable String owner) {
        return owner == null
                ? jdbc.query("SELECT " + COLUMNS + " FROM cyber_feeds ORDER BY created_at, id", ROW)
                : jdbc.query(
                        "SELECT " + COLUMNS + " FROM cyber_feeds WHERE owner = ? ORDER BY created_at, id", ROW, owner);
    }

    /** Changes the schedule of a feed: enabled, and the interval (the next pull is due one interval after the last). */
    void reschedule(UUID id, boolean enabled, Duration interval) {
        jdbc.update(
                "UPDATE cyber_feeds SET enabled = ?, interval_s = ?,"
                        + " next_pull_at = coalesce(last_pull_at, now()) + make_interval(secs => ?) WHERE id = ?",
                enabled,
                (int) interval.toSeconds(),
                (int) interval.toSeconds(),
                id);
    }

    boolean delete(UUID id) {
        return jdbc.update("DELETE FROM cyber_feeds WHERE id = ?", id) == 1;
    }

    /** The enabled feeds due at {@code now} that no pull holds, oldest due first. */
    List<UUID> due(Instant now, int max) {
        return jdbc.queryForList(
                "SELECT id FROM cyber_feeds WHERE enabled AND next_pull_at <= ?"
                        + " AND (pulling_until IS NULL OR pulling_until < ?) ORDER BY next_pull_at LIMIT ?",
                UUID.class,
                Timestamp.from(now),
                Timestamp.from(now),
                max);
    }

    /**
     * Claims a feed for one pull: true for exactly one caller among several nodes and threads, until {@link #release}
     * or the lease passes. The next pull is due one interval from now.
     */
    boolean claim(UUID id, Instant now) {
        return jdbc.update(
                        "UPDATE cyber_feeds SET pulling_until = ?, last_pull_at = ?,"
                                + " next_pull_at = ?::timestamptz + make_interval(secs => interval_s)"
                                + " WHERE id = ? AND (pulling_until IS NULL OR pulling_until < ?)",
                        Timestamp.from(now.plus(LEASE)),
                        Timestamp.from(now),
                        Timestamp.from(now),
                        id,
                        Timestamp.from(now))
                == 1;
    }

    /**
     * Moves the cursor from {@code from} to {@code to} and counts the objects, in the caller's transaction (the one
     * storing the objects): false when the cursor is no longer {@code from}, and the caller must roll back.
     */
    boolean advance(UUID id, @Nullable String from, @Nullable String to, int objects) {
        return jdbc.update(
                        "UPDATE cyber_feeds SET added_after = ?, objects_pulled = objects_pulled + ?"
                                + " WHERE id = ? AND added_after IS NOT DISTINCT FROM ?",
                        to,
                        objects,
                        id,
                        from)
                == 1;
    }

    /** Ends a pull: its outcome, and the feed free for the next. */
    void release(UUID id, Instant now, @Nullable String error) {
        if (error == null) {
            jdbc.update(
                    "UPDATE cyber_feeds SET pulling_until = NULL, last_success_at = ? WHERE id = ?",
                    Timestamp.from(now),
                    id);
        } else {
            jdbc.update(
                    "UPDATE cyber_feeds SET pulling_until = NULL, last_error = ?, last_error_at = ? WHERE id = ?",
                    error.length() > 1000 ? error.substring(0, 1000) : error,
                    Timestamp.from(now),
                    id);
        }
    }

    private static final RowMapper<Feed> ROW = (rs, n) -> new Feed(
            rs.getObject("id", UUID.class),
            rs.getString("owner"),
            URI.create(rs.getString("api_root")),
            rs.getString("collection"),
            new Feed.Auth(
                    Feed.AuthType.valueOf(rs.getString("auth")),
                    rs.getString("token_url") == null ? null : URI.create(rs.getString("token_url")),
                    rs.getString("client_id"),
                    rs.getString("secret_ref")),
            Duration.ofSeconds(rs.getInt("interval_s")),
            rs.getBoolean("enabled"),
            new Restriction(
                    Classification.values()[rs.getInt("classification")],
                    Audience.valueOf(rs.getString("audience")),
                    countries(rs.getArray("countries"))),
            rs.getString("run_as"),
            Classification.values()[rs.getInt("clearance")],
            rs.getString("added_after"),
            instant(rs, "next_pull_at"),
            instant(rs, "last_pull_at"),
            instant(rs, "last_success_at"),
            rs.getString("last_error"),
            instant(rs, "last_error_at"),
            rs.getLong("objects_pulled"));

    private static Set<String> countries(Array array) throws SQLException {
        return Set.of((String[]) array.getArray());
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
