package org.interlink.members;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.interlink.access.Classification;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads and writes the users and clients tables. */
@Repository
class AccountRows {

    private static final String USER_COLUMNS =
            "username, bureau, display_name, roles, clearance, enabled, failed_attempts, locked_until";

    private static final String CLIENT_COLUMNS = "client_id, bureau, roles, clearance, enabled, locked_until";

    private final JdbcTemplate jdbc;

    List<Bureau> bureaus() {
        return jdbc.query(
                "SELECT code, name FROM bureaus ORDER BY code",
                (rs, n) -> new Bureau(rs.getString(1), rs.getString(2)));
    }

    AccountRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserAccount> findUser(String username) {
        return jdbc
                .query("SELECT " + USER_COLUMNS + " FROM users WHERE username = ?", AccountRows::user, username)
                .stream()
                .findFirst();
    }

    /** The user and its password hash, locking the row until the transaction ends (sign-in counts attempts). */
    Optional<Credentials> lockUserForSignIn(String username) {
        return jdbc
                .query(
                        "SELECT " + USER_COLUMNS + ", password_hash FROM users WHERE username = ? FOR UPDATE",
                        (rs, n) -> new Credentials(user(rs, n), rs.getString("password_hash")),
                        username)
                .stream()
                .findFirst();
    }

    List<UserAccount> users(@Nullable String bureau) {
        return bureau == null
                ? jdbc.query("SELECT " + USER_COLUMNS + " FROM users ORDER BY bureau, username", AccountRows::user)
                : jdbc.query(
                        "SELECT " + USER_COLUMNS + " FROM users WHERE bureau = ? ORDER BY username",
                        AccountRows::user,
                        bureau);
    }

    long countUsers(@Nullable String bureau) {
        Long n = bureau == null
                ? jdbc.queryForObject("SELECT count(*) FROM users", Long.class)
                : jdbc.queryForObject("SELECT count(*) FROM users WHERE bureau = ?", Long.class, bureau);
        return n == null ? 0 : n;
    }

    void insertUser(UserAccount user, String passwordHash) {
        jdbc.update(
                "INSERT INTO users (username, bureau, display_name, password_hash, roles, clearance)"
                        + " VALUES (?, ?, ?, ?, ?::text[], ?)",
                user.username(),
                user.bureau(),
                user.displayName(),
                passwordHash,
                textArray(user.roles()),
                user.clearance().ordinal());
    }

    void recordFailedAttempt(String username, int attempts, @Nullable Instant lockedUntil) {
        jdbc.update(
                "UPDATE users SET failed_attempts = ?, locked_until = ? WHERE username = ?",
                attempts,
                lockedUntil == null ? null : OffsetDateTime.ofInstant(lockedUntil, ZoneOffset.UTC),
                username);
    }

    void resetAttempts(String username) {
        jdbc.update("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE username = ?", username);
    }

    /** The session generation of an enabled account ({@link PersonSessions}); empty if disabled or unknown. */
    OptionalLong sessionGeneration(String username) {
        List<Long> found = jdbc.queryForList(
                "SELECT session_generation FROM users WHERE username = ? AND enabled", Long.class, username);
        return found.isEmpty() ? OptionalLong.empty() : OptionalLong.of(found.getFirst());
    }

    /**
     * Enables or disables an account; either way its session generation moves on, so every session signed in before
     * ends. Answers whether the account was in the other state.
     */
    boolean setEnabled(String username, boolean enabled) {
        return jdbc.update(
                        "UPDATE users SET enabled = ?, session_generation = session_generation + 1"
                                + " WHERE username = ? AND enabled <> ?",
                        enabled,
                        username,
                        enabled)
                > 0;
    }

    Optional<ClientCredentials> findClient(String clientId) {
        return jdbc
                .query(
                        "SELECT " + CLIENT_COLUMNS + ", secret_hash FROM clients WHERE client_id = ?",
                        (rs, n) -> new ClientCredentials(client(rs, n), rs.getString("secret_hash")),
                        clientId)
                .stream()
                .findFirst();
    }

    /**
     * Counts a failed secret for a client that is not locked, in one statement so that concurrent failures on any
     * node each count once; the {@code max}-th failure locks it for {@code lock} and starts the count again. Answers
     * whether this failure locked the client.
     */
    boolean recordClientFailure(String clientId, int max, java.time.Duration lock) {
        List<Boolean> locked = jdbc.query(
                "UPDATE clients SET"
                        + " failed_attempts = CASE WHEN failed_attempts + 1 >= ? THEN 0 ELSE failed_attempts + 1 END,"
                        + " locked_until = CASE WHEN failed_attempts + 1 >= ? THEN now() + ? * interval '1 second'"
                        + " ELSE NULL END"
                        + " WHERE client_id = ? AND (locked_until IS NULL OR locked_until <= now())"
                        + " RETURNING locked_until IS NOT NULL",
                (rs, n) -> rs.getBoolean(1),
                max,
                max,
                lock.toSeconds(),
                clientId);
        return !locked.isEmpty() && locked.getFirst();
    }

    /** Forgets a client's failed secrets and lifts its lock; answers whether there was anything to forget. */
    boolean resetClientAttempts(String clientId) {
        return jdbc.update(
                        "UPDATE clients SET failed_attempts = 0, locked_until = NULL"
                                + " WHERE client_id = ? AND (failed_attempts > 0 OR locked_until IS NOT NULL)",
                        clientId)
                > 0;
    }

    List<MachineClient> clients(@Nullable String bureau) {
        String sql = "SELECT " + CLIENT_COLUMNS + " FROM clients";
        return bureau == null
                ? jdbc.query(sql + " ORDER BY bureau, client_id", AccountRows::client)
                : jdbc.query(sql + " WHERE bureau = ? ORDER BY client_id", AccountRows::client, bureau);
    }

    void insertClient(MachineClient client, String secretHash) {
        jdbc.update(
                "INSERT INTO clients (client_id, bureau, secret_hash, roles, clearance) VALUES (?, ?, ?, ?::text[], ?)",
                client.clientId(),
                client.bureau(),
                secretHash,
                textArray(client.roles()),
                client.clearance().ordinal());
    }

    boolean bureauExists(String bureau) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM bureaus WHERE code = ?", Long.class, bureau);
        return n != null && n > 0;
    }

    private static String textArray(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(",", "{", "}"));
    }

    private static UserAccount user(ResultSet rs, int row) throws SQLException {
        OffsetDateTime locked = rs.getObject("locked_until", OffsetDateTime.class);
        return new UserAccount(
                rs.getString("username"),
                rs.getString("bureau"),
                rs.getString("display_name"),
                roles(rs.getArray("roles")),
                Classification.values()[rs.getInt("clearance")],
                rs.getBoolean("enabled"),
                rs.getInt("failed_attempts"),
                locked == null ? null : locked.toInstant());
    }

    private static MachineClient client(ResultSet rs, int row) throws SQLException {
        return new MachineClient(
                rs.getString("client_id"),
                rs.getString("bureau"),
                roles(rs.getArray("roles")),
                Classification.values()[rs.getInt("clearance")],
                rs.getBoolean("enabled"),
                instant(rs.getObject("locked_until", OffsetDateTime.class)));
    }

    private static @Nullable Instant instant(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static Set<Role> roles(Array array) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        for (Object role : (Object[]) array.getArray()) {
            roles.add(Role.valueOf((String) role));
        }
        return roles;
    }

    record Credentials(UserAccount user, String passwordHash) {}

    record ClientCredentials(MachineClient client, String secretHash) {}
}
