package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in through the web form, as a person does: each wrong password counts once and writes one audit row, the fifth
 * in a row locks the account, and a locked account, a wrong password and an unknown name get the same answer.
 */
@IntegrationTest
class WebSignInIntegrationTest {

    static final Viewer GS_ADMIN =
            new Viewer("admin", Viewer.GENERAL_SECRETARIAT, Set.of("ADMINISTRATOR"), Classification.OFFICIAL);

    static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    Members members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWrongPasswordCountsOnceWithOneAuditRow() throws Exception {
        String user = newUser("web.once");
        assertThat(signIn(user, "wrong")).endsWith("/login?error");
        assertThat(jdbc.queryForObject("SELECT failed_attempts FROM users WHERE username = ?", Integer.class, user))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE actor = ? AND operation = 'SIGN_IN_FAILED'",
                        Long.class,
                        user))
                .isEqualTo(1);
    }

    @Test
    void fourWrongPasswordsDoNotLockTheFifthDoesForTenMinutesUntilAnAdministratorUnlocks() throws Exception {
        String user = newUser("web.five");
        for (int i = 0; i < 4; i++) {
            assertThat(signIn(user, "wrong")).endsWith("/login?error");
        }
        assertThat(signIn(user, PASSWORD)).as("four failures do not lock").doesNotContain("/login");

        for (int i = 0; i < 5; i++) {
            assertThat(signIn(user, "wrong")).endsWith("/login?error");
        }
        assertThat(signIn(user, PASSWORD)).as("five failures lock").endsWith("/login?error");
        assertThat(jdbc.queryForObject(
                        "SELECT round(extract(epoch FROM locked_until - now()) / 60) FROM users WHERE username = ?",
                        Long.class,
                        user))
                .isEqualTo(10);
        members.unlock(GS_ADMIN, user);
        assertThat(signIn(user, PASSWORD)).doesNotContain("/login");
    }

    @Test
    void aLockedAccountAWrongPasswordAndAnUnknownNameAreAnsweredAlike() throws Exception {
        String locked = newUser("web.locked");
        String other = newUser("web.other");
        for (int i = 0; i < 5; i++) {
            signIn(locked, "wrong");
        }
        String lockedAnswer = signIn(locked, PASSWORD);
        String wrongAnswer = signIn(other, "wrong");
        String unknownAnswer = signIn("web.nobody", "wrong");
        assertThat(lockedAnswer).isEqualTo(wrongAnswer).isEqualTo(unknownAnswer).endsWith("/login?error");
    }

    private String newUser(String name) {
        return newUser(members, name);
    }

    /** A new officer of the French bureau with {@link #PASSWORD}, created by the General Secretariat's administrator. */
    static String newUser(Members members, String name) {
        members.createUser(
                GS_ADMIN, name, "FR", "Test " + name, PASSWORD, Set.of(Role.OFFICER), Classification.OFFICIAL);
        return name;
    }

    /** Posts the sign-in form in a fresh session and answers where the browser is sent. */
    private String signIn(String user, String password) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        String base = "http://localhost:" + port;
        String page = http.send(
                        HttpRequest.newBuilder(URI.create(base + "/login"))
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body();
        Matcher csrf = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(page);
        assertThat(csrf.find()).as("the form carries a CSRF token").isTrue();
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf="
                + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = http.send(
                HttpRequest.newBuilder(URI.create(base + "/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.headers().firstValue("Location").orElseThrow();
    }
}
