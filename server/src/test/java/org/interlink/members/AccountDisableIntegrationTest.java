package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.interlink.common.FieldError;
import org.interlink.common.InvalidInputException;
import org.interlink.common.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Disabling an account: a reason is required, an administrator acts only on the accounts of their bureau (others
 * answer as missing) and not on their own, and a refused change changes and audits nothing. A request without a
 * session is sent to the sign-in page, as a whole page when htmx asked.
 */
@IntegrationTest
class AccountDisableIntegrationTest {

    static final Viewer GS_ADMIN = WebSignInIntegrationTest.GS_ADMIN;
    static final Viewer DE_ADMIN = new Viewer("admin.de", "DE", Set.of("ADMINISTRATOR"), Classification.OFFICIAL);

    @LocalServerPort
    int port;

    @Autowired
    Members members;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aReasonIsRequiredAndNothingChangesWithoutOne() {
        String user = newUser("disable.reason");
        for (String reason : new String[] {null, " ", "x".repeat(Members.MAX_REASON + 1), "two\nlines"}) {
            assertThatThrownBy(() -> members.disable(GS_ADMIN, user, reason))
                    .isInstanceOf(InvalidInputException.class)
                    .extracting(e -> ((InvalidInputException) e).errors())
                    .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.list(FieldError.class))
                    .extracting(FieldError::field)
                    .containsExactly("reason");
        }
        assertThat(enabled(user)).isTrue();
        assertThat(changes(user)).isZero();
    }

    @Test
    void anotherBureausAccountAnswersAsMissing() {
        String user = newUser("disable.other");
        assertThatThrownBy(() -> members.disable(DE_ADMIN, user, "not mine")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> members.disable(DE_ADMIN, "nobody.at.all", "not mine"))
                .isInstanceOf(NotFoundException.class);
        assertThat(enabled(user)).isTrue();
    }

    @Test
    void anAdministratorCannotDisableTheirOwnAccount() {
        assertThatThrownBy(() -> members.disable(GS_ADMIN, "admin", "by mistake"))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).errors().getFirst().field())
                .isEqualTo("username");
        assertThat(enabled("admin")).isTrue();
    }

    @Test
    void disablingTwiceChangesAndAuditsOnce() {
        String user = newUser("disable.twice");
        assertThat(members.disable(GS_ADMIN, user, "left")).isTrue();
        assertThat(members.disable(GS_ADMIN, user, "left")).isFalse();
        assertThat(enabled(user)).isFalse();
        assertThat(changes(user)).isEqualTo(1);
        assertThat(members.enable(GS_ADMIN, user, "back")).isTrue();
        assertThat(enabled(user)).isTrue();
        assertThat(jdbc.queryForObject("SELECT session_generation FROM users WHERE username = ?", Long.class, user))
                .as("each change ends the sessions signed in before it")
                .isEqualTo(2);
    }

    @Test
    void aRequestWithoutASessionGoesToTheSignInPageAsAWholePageForHtmx() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hits"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(page.headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/login"));

        HttpResponse<String> fragment = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/hits"))
                        .header("HX-Request", "true")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(fragment.statusCode()).isEqualTo(401);
        assertThat(fragment.headers().firstValue("HX-Redirect")).hasValue("/login");
    }

    private String newUser(String name) {
        return WebSignInIntegrationTest.newUser(members, name);
    }

    private boolean enabled(String user) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject("SELECT enabled FROM users WHERE username = ?", Boolean.class, user));
    }

    private long changes(String user) {
        Long n = jdbc.queryForObject(
                "SELECT count(*) FROM audit_log WHERE operation = 'PERMISSION_CHANGE' AND object_id = ?"
                        + " AND purpose LIKE 'account %'",
                Long.class, user);
        return n == null ? 0 : n;
    }
}
