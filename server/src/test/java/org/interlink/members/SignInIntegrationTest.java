package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.access.ViewerAuthentication;
import org.interlink.audit.AuditLog;
import org.interlink.audit.AuditVerifier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class SignInIntegrationTest {

    static final Viewer GS_ADMIN =
            new Viewer("admin", Viewer.GENERAL_SECRETARIAT, Set.of("ADMINISTRATOR"), Classification.OFFICIAL);

    @Autowired
    SignInProvider signIn;

    @Autowired
    Members members;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    AccountRows rows;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    SecondFactors factors;

    @Autowired
    Passkeys passkeys;

    @LocalServerPort
    int port;

    private static UsernamePasswordAuthenticationToken attempt(String user, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(user, password);
    }

    private String newUser(String name) {
        members.createUser(
                GS_ADMIN,
                name,
                "FR",
                "Test " + name,
                "correct horse battery",
                Set.of(Role.OFFICER),
                Classification.OFFICIAL);
        return name;
    }

    @Test
    void rightPasswordAndCodeSignInAsTheBureauWithItsRolesAndClearance() {
        String user = newUser("signin.ok");
        factors.enrolAll(java.util.List.of(user), Base32.decode(TotpCodes.DEMO_SEED));
        UsernamePasswordAuthenticationToken attempt = attempt(user, "correct horse battery");
        attempt.setDetails(new SignInDetails(TotpCodes.demo()));
        ViewerAuthentication auth = (ViewerAuthentication) signIn.authenticate(attempt);
        assertThat(auth.getPrincipal().bureau()).isEqualTo("FR");
        assertThat(auth.getPrincipal().roles()).containsExactly("OFFICER");
        assertThat(auth.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_OFFICER");
    }

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        String user = newUser("signin.hash");
        String hash = jdbc.queryForObject("SELECT password_hash FROM users WHERE username = ?", String.class, user);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain("correct horse battery");
    }

    @Test
    void fiveFailedAttemptsLockTheAccountEvenAgainstTheRightPassword() {
        String user = newUser("signin.locked");
        for (int i = 1; i < SignInProvider.MAX_ATTEMPTS; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(user, "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        // a locked account is answered as a wrong password: the answer does not tell that the name exists
        assertThatThrownBy(() -> signIn.authenticate(attempt(user, "wrong")))
                .isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt(user, "correct horse battery")))
                .isInstanceOf(BadCredentialsException.class);
        Long minutes = jdbc.queryForObject(
                "SELECT round(extract(epoch FROM locked_until - now()) / 60) FROM users WHERE username = ?",
                Long.class,
                user);
        assertThat(minutes).isEqualTo(10);

        members.unlock(GS_ADMIN, user);
        assertThat(signIn.authenticate(attempt(user, "correct horse battery")).isAuthenticated())
                .isTrue();
    }

    /**
     * The time of an answer is the time of its password comparison (bcrypt, about 100 ms; the rest is a few
     * milliseconds of database work): a locked account, a disabled one, an unknown name and a wrong password each cost
     * exactly one, so their timing does not tell them apart.
     */
    @Test
    void everyRefusalCostsOnePasswordComparison() {
        String locked = newUser("signin.cost.locked");
        String wrong = newUser("signin.cost.wrong");
        for (int i = 0; i < SignInProvider.MAX_ATTEMPTS; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(locked, "wrong")));
        }
        CountingEncoder counting = new CountingEncoder(passwords);
        SignInProvider provider = new SignInProvider(rows, counting, audit, transactions, factors, passkeys);
        for (var refused : java.util.List.of(
                attempt(locked, "correct horse battery"),
                attempt(locked, "wrong"),
                attempt(wrong, "wrong"),
                attempt("signin.cost.nobody", "wrong"))) {
            counting.comparisons = 0;
            Throwable answer = org.assertj.core.api.Assertions.catchThrowable(() -> provider.authenticate(refused));
            assertThat(counting.comparisons).as(refused.getName()).isEqualTo(1);
            assertThat(answer)
                    .as(refused.getName())
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessage("Bad credentials");
        }
    }

    /** Counts password comparisons. */
    static final class CountingEncoder implements PasswordEncoder {
        private final PasswordEncoder real;
        int comparisons;

        CountingEncoder(PasswordEncoder real) {
            this.real = real;
        }

        @Override
        public String encode(CharSequence raw) {
            return real.encode(raw);
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            comparisons++;
            return real.matches(raw, encoded);
        }
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String user = newUser("signin.reset");
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(user, "wrong")));
        }
        signIn.authenticate(attempt(user, "correct horse battery"));
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn.authenticate(attempt(user, "wrong")))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    @Test
    void unknownUserIsRefusedLikeAWrongPasswordAndAudited() {
        long before = jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE operation = 'SIGN_IN_FAILED' AND actor = 'nobody.here'",
                Long.class);
        assertThatThrownBy(() -> signIn.authenticate(attempt("nobody.here", "x")))
                .isInstanceOf(BadCredentialsException.class);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'SIGN_IN_FAILED' AND actor = 'nobody.here'",
                        Long.class))
                .isEqualTo(before + 1);
    }

    @Test
    void whenTheAuditRowCannotBeWrittenNobodySignsInAndNoTokenIsIssued() {
        String user = newUser("signin.noaudit");
        jdbc.execute("CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS $$"
                + " BEGIN RAISE EXCEPTION 'audit storage failed'; END; $$");
        jdbc.execute(
                "CREATE TRIGGER refuse_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION refuse_audit()");
        try {
            assertThatThrownBy(() -> signIn.authenticate(attempt(user, "correct horse battery")))
                    .isInstanceOf(AuthenticationServiceException.class);
            // A wrong password is not counted either: the attempt and its audit row are one transaction.
            assertThatThrownBy(() -> signIn.authenticate(attempt(user, "wrong")))
                    .isInstanceOf(AuthenticationServiceException.class);
            assertThat(jdbc.queryForObject("SELECT failed_attempts FROM users WHERE username = ?", Integer.class, user))
                    .isZero();
            ApiClient.Response token = new ApiClient(port).token("ncb-fr", "demo");
            assertThat(token.status()).isNotEqualTo(200);
            assertThat(token.body()).doesNotContain("access_token");
        } finally {
            jdbc.execute("DROP TRIGGER refuse_audit ON audit_log");
            jdbc.execute("DROP FUNCTION refuse_audit()");
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void administratorsManageOnlyTheirOwnBureau() {
        Viewer frenchAdmin = new Viewer("admin.fr", "FR", Set.of("ADMINISTRATOR"), Classification.OFFICIAL);
        assertThatThrownBy(() -> members.createUser(
                        frenchAdmin,
                        "intruder.de",
                        "DE",
                        "X",
                        "correct horse battery",
                        Set.of(Role.OFFICER),
                        Classification.OFFICIAL))
                .isInstanceOf(org.interlink.common.InvalidInputException.class)
                .hasMessageContaining("bureau");
        assertThatThrownBy(() -> members.createUser(
                        frenchAdmin,
                        "reviewer.fr",
                        "FR",
                        "X",
                        "correct horse battery",
                        Set.of(Role.REVIEWER),
                        Classification.OFFICIAL))
                .hasMessageContaining("roles");
    }

    @Test
    void newClientGetsASecretShownOnceThatWorksForTokens() {
        String secret =
                members.createClient(GS_ADMIN, "border-fr-cdg", "FR", Set.of(Role.OFFICER), Classification.OFFICIAL);
        assertThat(jdbc.queryForObject(
                        "SELECT secret_hash FROM clients WHERE client_id = 'border-fr-cdg'", String.class))
                .doesNotContain(secret);
        assertThat(new ApiClient(port).token("border-fr-cdg", secret).status()).isEqualTo(200);
    }
}
