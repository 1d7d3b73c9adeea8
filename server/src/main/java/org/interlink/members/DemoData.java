package org.interlink.members;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.interlink.access.Classification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo mode: on a fresh embedded database (no users yet), creates a client {@code ncb-xx} and a user {@code
 * officer.xx} for every member bureau, and for the General Secretariat the client {@code gs} and the users {@code
 * reviewer}, {@code auditor} and {@code admin}; prints them at start-up. Never with an external database.
 *
 * <p>Every demo user comes enrolled with the same TOTP secret, {@code interlink.demo.totp-seed} (default {@value
 * #TOTP_SEED}), printed in the banner: one entry in an authenticator app signs in as any of them. The secret is fixed,
 * not random, so the README can name it and a restarted demo keeps working with the same app entry; that is why it is
 * for the demo only (a demo database refuses an external database, see above). Demo users have no recovery codes; an
 * administrator's reset gives them a new secret and codes of their own.
 */
@Component
class DemoData {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The demo users' TOTP secret in Base32 (160 bits), as authenticator apps take it. Demo only. */
    static final String TOTP_SEED = "INTERLINKDEMOTOTPSEEDNOTFORREAL2";

    private final JdbcTemplate jdbc;
    private final AccountRows rows;
    private final Countries countries;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Environment environment;
    private final boolean enabled;
    private final String clientSecret;
    private final String password;
    private final SecondFactors factors;
    private final String totpSeed;
    private volatile boolean freshlySeeded;

    DemoData(
            JdbcTemplate jdbc,
            AccountRows rows,
            Countries countries,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            Environment environment,
            @Value("${interlink.demo.enabled:true}") boolean enabled,
            @Value("${interlink.demo.client-secret:demo}") String clientSecret,
            @Value("${interlink.demo.password:demo}") String password,
            SecondFactors factors,
            @Value("${interlink.demo.totp-seed:" + TOTP_SEED + "}") String totpSeed) {
        this.jdbc = jdbc;
        this.rows = rows;
        this.countries = countries;
        this.passwords = passwords;
        this.transactions = transactions;
        this.environment = environment;
        this.enabled = enabled;
        this.clientSecret = clientSecret;
        this.password = password;
        this.factors = factors;
        this.totpSeed = totpSeed;
    }

    /** True when this database was seeded in demo mode (now or on an earlier start). */
    boolean isDemo() {
        return !jdbc.queryForList("SELECT value FROM settings WHERE name = 'demo'", String.class)
                .isEmpty();
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(0)
    void seedFreshDatabase() {
        if (!enabled || !org.interlink.common.NoExternalDatabase.isEmbedded(environment)) {
            return;
        }
        Boolean seeded = transactions.execute(status -> {
            if (rows.countUsers(null) > 0) {
                return false;
            }
            seed();
            return true;
        });
        freshlySeeded = Boolean.TRUE.equals(seeded);
    }

    /**
     * The demo banner, once every module's demo data is in and the watchlist is built: a start that stops while
     * seeding prints none, so a banner always means a complete demo, ready to use.
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(2000) // after the demo data (orders 10 to 30) and the watchlist build (1000)
    void announce() {
        if (!enabled || !org.interlink.common.NoExternalDatabase.isEmbedded(environment) || !isDemo()) {
            return;
        }
        log.info(
                """

                ==================================================================
                 Interlink demo mode (embedded database {}seeded with demo data)
                 Web UI:   http://localhost:{}  users officer.<xx> (e.g. officer.fr),
                           reviewer, auditor, admin — password '{}'
                 Code:     from an authenticator app with the demo-only TOTP key
                           {}
                           ({}),
                           or: oathtool --totp -b {}
                 API:      POST /oauth2/token, clients ncb-<xx> (e.g. ncb-fr) and gs,
                           secret '{}'
                ==================================================================""",
                freshlySeeded ? "freshly " : "",
                environment.getProperty("local.server.port", "8080"),
                password,
                totpSeed,
                EnrolmentController.otpauthUri("demo", totpSeed),
                totpSeed,
                clientSecret);
    }

    private void seed() {
        // One hash for all demo accounts: bcrypt is slow on purpose, and 400 accounts share one secret anyway.
        String passwordHash = passwords.encode(password);
        String secretHash = passwords.encode(clientSecret);
        List<Object[]> users = new ArrayList<>();
        List<Object[]> clients = new ArrayList<>();
        for (Country country : countries.all()) {
            String code = country.code().toLowerCase(java.util.Locale.ROOT);
            users.add(user(
                    "officer." + code,
                    country.code(),
                    "Officer, NCB " + country.name(),
                    passwordHash,
                    Set.of(Role.OFFICER, Role.EDITOR),
                    Classification.RESTRICTED));
            clients.add(new Object[] {
                "ncb-" + code, country.code(), secretHash, "{EDITOR,OFFICER}", Classification.RESTRICTED.ordinal()
            });
        }
        users.add(user(
                "reviewer",
                "GS",
                "Reviewer, General Secretariat",
                passwordHash,
                Set.of(Role.REVIEWER, Role.OFFICER),
                Classification.CONFIDENTIAL));
        users.add(user(
                "auditor",
                "GS",
                "Auditor, General Secretariat",
                passwordHash,
                Set.of(Role.AUDITOR),
                Classification.CONFIDENTIAL));
        users.add(user(
                "admin",
                "GS",
                "Administrator, General Secretariat",
                passwordHash,
                Set.of(Role.ADMINISTRATOR),
                Classification.OFFICIAL));
        clients.add(new Object[] {
            "gs", "GS", secretHash, "{AUDITOR,EDITOR,OFFICER,REVIEWER}", Classification.CONFIDENTIAL.ordinal()
        });
        jdbc.batchUpdate(
                "INSERT INTO users (username, bureau, display_name, password_hash, roles, clearance)"
                        + " VALUES (?, ?, ?, ?, ?::text[], ?)",
                users);
        jdbc.batchUpdate(
                "INSERT INTO clients (client_id, bureau, secret_hash, roles, clearance) VALUES (?, ?, ?, ?::text[], ?)",
                clients);
        factors.enrolAll(users.stream().map(u -> (String) u[0]).toList(), Base32.decode(totpSeed));
        jdbc.update("INSERT INTO settings (name, value) VALUES ('demo', 'true') ON CONFLICT (name) DO NOTHING");
    }

    private static Object[] user(
            String username, String bureau, String name, String hash, Set<Role> roles, Classification clearance) {
        String array =
                roles.stream().map(Role::name).sorted().collect(java.util.stream.Collectors.joining(",", "{", "}"));
        return new Object[] {username, bureau, name, hash, array, clearance.ordinal()};
    }
}
