package org.interlink.members;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * People's second factors: a TOTP secret (sealed at rest) and ten single-use recovery codes (stored as SHA-256 hashes),
 * in the tables {@code second_factors} and {@code recovery_codes}. Callers run these in the sign-in's transaction, with
 * the user's row locked, so two sign-ins with the same code cannot both be accepted.
 */
@Component
class SecondFactors {

    static final int RECOVERY_CODES = 10;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String RECOVERY_ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789"; // no 0/o, 1/l

    private final JdbcTemplate jdbc;
    private final SecretSealer sealer;

    SecondFactors(JdbcTemplate jdbc, SecretSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    /** How a second factor answered. */
    enum Verdict {
        /** The person has none yet: they must enrol before anything else. */
        NOT_ENROLLED,
        ACCEPTED_CODE,
        ACCEPTED_RECOVERY_CODE,
        REFUSED
    }

    /** A new random TOTP secret: 160 bits, the HMAC-SHA1 key size RFC 4226 recommends. */
    static byte[] newSecret() {
        byte[] secret = new byte[20];
        RANDOM.nextBytes(secret);
        return secret;
    }

    boolean isEnrolled(String username) {
        Long n = jdbc.queryForObject("SELECT count(*) FROM second_factors WHERE username = ?", Long.class, username);
        return n != null && n > 0;
    }

    /**
     * Checks a TOTP code (6 digits) or a recovery code and, when it is accepted, uses it up: the code's step becomes the
     * last accepted one, the recovery code is marked used.
     */
    Verdict verify(String username, String code, Instant now) {
        List<Stored> found = jdbc.query(
                "SELECT totp_secret, last_step FROM second_factors WHERE username = ? FOR UPDATE",
                (rs, n) -> new Stored(rs.getBytes(1), rs.getLong(2)),
                username);
        if (found.isEmpty()) {
            return Verdict.NOT_ENROLLED;
        }
        String given = code.strip();
        if (Totp.looksLikeCode(given)) {
            byte[] secret = sealer.open(username, found.getFirst().sealedSecret());
            OptionalLong step =
                    Totp.match(secret, given, Totp.step(now), found.getFirst().lastStep());
            if (step.isEmpty()) {
                return Verdict.REFUSED;
            }
            jdbc.update("UPDATE second_factors SET last_step = ? WHERE username = ?", step.getAsLong(), username);
            return Verdict.ACCEPTED_CODE;
        }
        int used = jdbc.update(
                "UPDATE recovery_codes SET used_at = now() WHERE username = ? AND code_hash = ? AND used_at IS NULL",
                username,
                hash(given));
        return used == 1 ? Verdict.ACCEPTED_RECOVERY_CODE : Verdict.REFUSED;
    }

    /**
     * Stores a confirmed secret and ten new recovery codes, answered once, here, and never again. The step whose code
     * confirmed the secret counts as used.
     *
     * @throws IllegalStateException when the person is enrolled already
     */
    List<String> enrol(String username, byte[] secret, long confirmedStep) {
        int inserted = jdbc.update(
                "INSERT INTO second_factors (username, totp_secret, last_step) VALUES (?, ?, ?)"
                        + " ON CONFLICT (username) DO NOTHING",
                username,
                sealer.seal(username, secret),
                confirmedStep);
        if (inserted == 0) {
            throw new IllegalStateException(username + " has a second factor already");
        }
        List<String> codes = new ArrayList<>(RECOVERY_CODES);
        List<Object[]> rows = new ArrayList<>(RECOVERY_CODES);
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String code = newRecoveryCode();
            codes.add(code);
            rows.add(new Object[] {username, hash(code)});
        }
        jdbc.batchUpdate("INSERT INTO recovery_codes (username, code_hash) VALUES (?, ?)", rows);
        return codes;
    }

    /**
     * Enrols people with one given secret and no recovery codes, in one batch: the demo users, whose secret is printed
     * at start-up ({@link DemoData}).
     */
    void enrolAll(List<String> usernames, byte[] secret) {
        jdbc.batchUpdate(
                "INSERT INTO second_factors (username, totp_secret, last_step) VALUES (?, ?, 0)",
                usernames.stream()
                        .map(u -> new Object[] {u, sealer.seal(u, secret)})
                        .toList());
    }

    /** Forgets a person's second factor and recovery codes; answers whether there was one. */
    boolean reset(String username) {
        return jdbc.update("DELETE FROM second_factors WHERE username = ?", username) > 0;
    }

    /** Ten letters and digits in two groups ({@code abcde-fghij}): 50 bits, typed in place of a code. */
    private static String newRecoveryCode() {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(RECOVERY_ALPHABET.charAt(RANDOM.nextInt(RECOVERY_ALPHABET.length())));
        }
        return code.toString();
    }

    /**
     * The stored form of a recovery code. A fast hash suffices: the codes are random with 50 bits each, not chosen by
     * people, and a guess online costs a sign-in attempt (five lock the account).
     */
    static String hash(String code) {
        String normal = code.replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Stored(byte[] sealedSecret, long lastStep) {}
}
