package org.interlink.members;

import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** Second-factor codes for tests that sign in as a person, computed as an authenticator app does. */
public final class TotpCodes {

    /** The demo users' TOTP secret (Base32), as printed at start-up. */
    public static final String DEMO_SEED = DemoData.TOTP_SEED;

    private TotpCodes() {}

    /** The code an app shows now for this Base32 secret. */
    public static String now(String base32Secret) {
        return Totp.code(Base32.decode(base32Secret), Totp.step(Instant.now()));
    }

    /** The code an app holding the demo secret shows now. */
    public static String demo() {
        return now(DEMO_SEED);
    }

    /**
     * Forgets the last step accepted for this person, so a test may sign in again within the same 30 seconds (a code is
     * accepted once: {@code SecondFactorIntegrationTest} proves that; the other tests sign in many times a minute).
     */
    public static void allowAnotherSignIn(JdbcTemplate jdbc, String username) {
        jdbc.update("UPDATE second_factors SET last_step = 0 WHERE username = ?", username);
    }
}
