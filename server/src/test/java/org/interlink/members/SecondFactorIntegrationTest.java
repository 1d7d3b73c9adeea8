package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.common.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The second factor through the web, as a person meets it: enrolment at the first sign-in before anything else,
 * codes accepted once, wrong codes counted like wrong passwords, recovery codes, the administrator's reset, and the
 * demo users' printed secret.
 */
@IntegrationTest
class SecondFactorIntegrationTest {

    private static final Viewer GS_ADMIN = WebSignInIntegrationTest.GS_ADMIN;
    private static final String PASSWORD = WebSignInIntegrationTest.PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    Members members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SecondFactors factors;

    @Test
    void aPasswordOnlySessionReachesNothingButTheEnrolmentWhateverTheRole() {
        for (Role role : Role.values()) {
            if (role == Role.REVIEWER) {
                continue; // GS only: below
            }
            passwordOnlyReachesOnlyEnrolment(newUser("mfa.gate." + role.name().toLowerCase(), "FR", role));
        }
        passwordOnlyReachesOnlyEnrolment(newUser("mfa.gate.reviewer", "GS", Role.REVIEWER));
    }

    private void passwordOnlyReachesOnlyEnrolment(String user) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(user, PASSWORD, "")).as(user).doesNotContain("/login");
        for (String path : List.of(
                "/",
                "/records",
                "/screening",
                "/hits",
                "/notices",
                "/messages",
                "/admin",
                "/audit",
                "/statistics",
                "/countries",
                "/actuator/metrics")) {
            HttpResponse<String> answer = session.get(path);
            assertThat(answer.statusCode()).as(user + " GET " + path).isEqualTo(303);
            assertThat(answer.headers().firstValue("Location").orElse(""))
                    .as(user + " GET " + path)
                    .endsWith("/mfa/enrol");
        }
        HttpResponse<String> post = session.post("/mfa/enrol", "/admin/users", "username", "x.y.z");
        assertThat(post.statusCode()).as(user + " POST /admin/users").isEqualTo(303);
        assertThat(session.get("/mfa/enrol").statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE actor = ? AND operation = 'SIGN_IN'"
                                + " AND purpose = 'second-factor enrolment'",
                        Long.class,
                        user))
                .isEqualTo(1);
    }

    @Test
    void enrolmentShowsTheSecretConfirmsOneCodeAndShowsTenRecoveryCodesOnce() {
        String user = newUser("mfa.enrol", "FR", Role.OFFICER);
        WebSession session = new WebSession(port);
        session.signIn(user, PASSWORD, "");
        String page = session.get("/mfa/enrol").body();
        String secret = secretOn(page);
        assertThat(page).contains("otpauth://totp/Interlink%3A" + user + "?secret=" + secret + "&amp;issuer=Interlink");
        assertThat(session.get("/mfa/enrol").body())
                .as("the same secret until confirmed")
                .contains(spaced(secret));

        HttpResponse<String> wrong = session.post("/mfa/enrol", "/mfa/enrol", "code", "000000");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("enrol-error");
        assertThat(session.get("/").statusCode()).as("still password only").isEqualTo(303);

        HttpResponse<String> confirmed = session.post("/mfa/enrol", "/mfa/enrol", "code", TotpCodes.now(secret));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(recoveryCodesOn(confirmed.body())).hasSize(10).doesNotHaveDuplicates();
        assertThat(session.get("/").statusCode()).as("signed in fully").isEqualTo(200);
        assertThat(session.get("/mfa/enrol").statusCode()).as("shown once").isEqualTo(302);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM recovery_codes WHERE username = ?", Long.class, user))
                .isEqualTo(10);
        byte[] stored =
                jdbc.queryForObject("SELECT totp_secret FROM second_factors WHERE username = ?", byte[].class, user);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
                .as("sealed, not the secret")
                .doesNotContain(new String(Base32.decode(secret), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE actor = ? AND operation = 'CREATE'"
                                + " AND object_type = 'second-factor' AND object_id = ?",
                        Long.class,
                        user,
                        user))
                .isEqualTo(1);
    }

    @Test
    void aWrongCodeIsAnsweredAsAWrongPasswordCountsOnceAndTheFifthLocks() {
        String user = enrolledUser("mfa.wrong");
        String wrongPassword = new WebSession(port).signIn(user, "wrong", TotpCodes.demo());
        resetCount(user);
        long auditBefore = failures(user);
        String wrongCode = new WebSession(port).signIn(user, PASSWORD, otherCodeThan(TotpCodes.demo()));
        assertThat(wrongCode).isEqualTo(wrongPassword).endsWith("/login?error");
        assertThat(jdbc.queryForObject("SELECT failed_attempts FROM users WHERE username = ?", Integer.class, user))
                .isEqualTo(1);
        assertThat(failures(user)).isEqualTo(auditBefore + 1);
        assertThat(new WebSession(port).signIn(user, PASSWORD, ""))
                .as("no code")
                .endsWith("/login?error");
        for (int i = 0; i < 3; i++) {
            new WebSession(port).signIn(user, PASSWORD, otherCodeThan(TotpCodes.demo()));
        }
        assertThat(failures(user)).isEqualTo(auditBefore + 5);
        assertThat(new WebSession(port).signIn(user, PASSWORD, TotpCodes.demo()))
                .as("locked after five")
                .endsWith("/login?error");
        members.unlock(GS_ADMIN, user);
        assertThat(new WebSession(port).signIn(user, PASSWORD, TotpCodes.demo()))
                .doesNotContain("/login");
    }

    @Test
    void aCodeIsAcceptedOnce() {
        String user = enrolledUser("mfa.replay");
        String code = TotpCodes.demo();
        assertThat(new WebSession(port).signIn(user, PASSWORD, code)).doesNotContain("/login");
        assertThat(new WebSession(port).signIn(user, PASSWORD, code))
                .as("replayed")
                .endsWith("/login?error");
    }

    @Test
    void aRecoveryCodeSignsInOnceAndIsAudited() {
        String user = newUser("mfa.recovery", "FR", Role.OFFICER);
        List<String> codes = enrolThroughThePage(user);
        assertThat(new WebSession(port).signIn(user, PASSWORD, codes.get(3).toUpperCase()))
                .doesNotContain("/login");
        assertThat(new WebSession(port).signIn(user, PASSWORD, codes.get(3)))
                .as("used")
                .endsWith("/login?error");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE actor = ? AND operation = 'SIGN_IN'"
                                + " AND object_type = 'recovery-code'",
                        Long.class,
                        user))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM recovery_codes WHERE username = ? AND used_at IS NOT NULL",
                        Long.class,
                        user))
                .isEqualTo(1);
    }

    @Test
    void anAdministratorsResetIsAuditedWithItsReasonAndForcesEnrolmentAgain() {
        String user = newUser("mfa.reset", "FR", Role.OFFICER);
        enrolThroughThePage(user);
        assertThatThrownBy(() -> members.resetSecondFactor(GS_ADMIN, user, " "))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.errors())
                                .extracting(org.interlink.common.FieldError::field)
                                .containsExactly("reason"));
        Viewer otherBureau = new Viewer("admin.de", "DE", Set.of("ADMINISTRATOR"), Classification.OFFICIAL);
        assertThatThrownBy(() -> members.resetSecondFactor(otherBureau, user, "not mine"))
                .isInstanceOf(org.interlink.common.NotFoundException.class);

        WebSession admin = new WebSession(port);
        admin.signIn("admin", "demo", codeFor("admin"));
        HttpResponse<String> reset =
                admin.post("/admin", "/admin/users/" + user + "/second-factor/reset", "reason", "phone lost");
        assertThat(reset.statusCode()).isEqualTo(302);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE actor = 'admin' AND operation = 'DELETE'"
                                + " AND object_type = 'second-factor' AND object_id = ? AND purpose LIKE '%phone lost'",
                        Long.class, user))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM recovery_codes WHERE username = ?", Long.class, user))
                .isZero();
        WebSession again = new WebSession(port);
        again.signIn(user, PASSWORD, "");
        assertThat(again.get("/").headers().firstValue("Location").orElse("")).endsWith("/mfa/enrol");
    }

    @Test
    void aPasskeyThatDoesNotVerifyIsAFailedSignInAndNothingElseOpensMeanwhile() {
        String user = enrolledUser("mfa.passkey.wrong");
        jdbc.update(
                "INSERT INTO passkeys (credential_id, username, attested_credential_data, sign_count)"
                        + " VALUES ('\\x0102'::bytea, ?, '\\x0304'::bytea, 0)",
                user);
        WebSession session = new WebSession(port);
        assertThat(session.signIn(user, PASSWORD, "")).doesNotContain("/login");
        assertThat(session.get("/").headers().firstValue("Location").orElse("")).endsWith("/mfa/passkey");
        assertThat(session.get("/mfa/enrol").headers().firstValue("Location").orElse(""))
                .endsWith("/mfa/passkey");
        HttpResponse<String> options = session.postJson("/mfa/passkey", "/mfa/passkey/options", "{}");
        assertThat(options.statusCode()).isEqualTo(200);
        assertThat(options.body())
                .contains("\"challenge\":", "\"allowCredentials\":[{\"type\":\"public-key\",\"id\":\"AQI\"}]");
        HttpResponse<String> forged =
                session.postJson("/mfa/passkey", "/mfa/passkey", "{\"id\":\"AQI\",\"type\":\"public-key\"}");
        assertThat(forged.body()).contains("/login?error");
        assertThat(jdbc.queryForObject("SELECT failed_attempts FROM users WHERE username = ?", Integer.class, user))
                .isEqualTo(1);
        assertThat(failures(user)).isEqualTo(1);
        assertThat(session.get("/").statusCode()).as("signed out").isEqualTo(302);
        assertThat(new WebSession(port).signIn(user, PASSWORD, TotpCodes.demo()))
                .as("the code still works")
                .doesNotContain("/login");
    }

    @Test
    void aDemoUserSignsInWithThePrintedSeed() throws Exception {
        WebSession session = new WebSession(port);
        assertThat(session.signIn("officer.fr", "demo", codeFor("officer.fr"))).doesNotContain("/login");
        assertThat(session.get("/").statusCode()).isEqualTo(200);
        assertThat(Files.readString(Path.of("..", "README.md"))).contains(DemoData.TOTP_SEED);
    }

    private String newUser(String name, String bureau, Role role) {
        members.createUser(GS_ADMIN, name, bureau, "Test " + name, PASSWORD, Set.of(role), Classification.OFFICIAL);
        return name;
    }

    /** A new user enrolled with the demo secret. */
    private String enrolledUser(String name) {
        newUser(name, "FR", Role.OFFICER);
        List<String> codes = enrolThroughThePage(name, TotpCodes.DEMO_SEED);
        assertThat(codes).hasSize(10);
        return name;
    }

    private List<String> enrolThroughThePage(String user) {
        return enrolThroughThePage(user, null);
    }

    /**
     * Signs in with the password and enrols with the secret the page shows; with {@code seed}, the stored secret is
     * then replaced by that one (so the test can compute codes with the demo helper).
     */
    private List<String> enrolThroughThePage(String user, @org.jspecify.annotations.Nullable String seed) {
        WebSession session = new WebSession(port);
        session.signIn(user, PASSWORD, "");
        String secret = secretOn(session.get("/mfa/enrol").body());
        List<String> codes = recoveryCodesOn(session.post("/mfa/enrol", "/mfa/enrol", "code", TotpCodes.now(secret))
                .body());
        if (seed != null) {
            jdbc.update("DELETE FROM second_factors WHERE username = ?", user);
            factors.enrolAll(List.of(user), Base32.decode(seed));
        }
        TotpCodes.allowAnotherSignIn(jdbc, user);
        return codes;
    }

    private String codeFor(String user) {
        TotpCodes.allowAnotherSignIn(jdbc, user);
        return TotpCodes.demo();
    }

    private void resetCount(String user) {
        jdbc.update("UPDATE users SET failed_attempts = 0 WHERE username = ?", user);
    }

    private long failures(String user) {
        return jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE actor = ? AND operation = 'SIGN_IN_FAILED'", Long.class, user);
    }

    /** A 6-digit code that is none of the three the server accepts now. */
    private static String otherCodeThan(String code) {
        long now = Totp.step(Instant.now());
        byte[] seed = Base32.decode(TotpCodes.DEMO_SEED);
        for (int n = 0; ; n++) {
            String candidate = String.format("%06d", n);
            if (!candidate.equals(Totp.code(seed, now - 1))
                    && !candidate.equals(Totp.code(seed, now))
                    && !candidate.equals(Totp.code(seed, now + 1))
                    && !candidate.equals(code)) {
                return candidate;
            }
        }
    }

    private static String secretOn(String page) {
        Matcher m = Pattern.compile("id=\"totp-secret\"[^>]*>([A-Z2-7 ]+)<").matcher(page);
        assertThat(m.find()).as("the enrolment page shows the secret").isTrue();
        return m.group(1).replace(" ", "");
    }

    private static String spaced(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    private static List<String> recoveryCodesOn(String page) {
        Matcher m = Pattern.compile("<li>([a-z2-9]{5}-[a-z2-9]{5})</li>").matcher(page);
        List<String> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(m.group(1));
        }
        return codes;
    }
}
