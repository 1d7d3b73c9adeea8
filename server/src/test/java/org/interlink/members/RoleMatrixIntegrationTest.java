package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.assertj.core.api.SoftAssertions;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The role matrix of docs/ARCHITECTURE.md ("Roles"), cell by cell, against the running application: every role through
 * the API (a client holding only that role) and through the pages (a person holding only that role). Allowed means the
 * operation is answered (200 or 201); refused means 403 (404 for the audit page, which does not exist for others).
 */
@IntegrationTest
class RoleMatrixIntegrationTest {

    private static final Viewer GS_ADMIN =
            new Viewer("admin", Viewer.GENERAL_SECRETARIAT, Set.of("ADMINISTRATOR"), Classification.OFFICIAL);
    private static final String PASSWORD = "correct horse battery";

    @LocalServerPort
    int port;

    @Autowired
    Members members;

    @Autowired
    SecondFactors factors;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    ApiClient api;
    String record;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        ApiClient.Reply created = api.postJson(
                "/api/v1/persons",
                api.bearer("ncb-fr"),
                "{\"names\": [{\"value\": \"Matrix PERSON\", \"type\": \"PRIMARY\"}]}");
        assertThat(created.status()).isEqualTo(201);
        record = created.json().get("id").asString();
    }

    /** A new client holding exactly these roles; its token. */
    private String client(String id, String bureau, Role... roles) {
        String secret = members.createClient(GS_ADMIN, id, bureau, Set.of(roles), Classification.CONFIDENTIAL);
        ApiClient.Response token = api.token(id, secret);
        return token.json().get("access_token").asString();
    }

    private String user(String name, String bureau, Role... roles) {
        members.createUser(
                GS_ADMIN, name, bureau, "Matrix " + name, PASSWORD, Set.of(roles), Classification.CONFIDENTIAL);
        factors.enrolAll(java.util.List.of(name), Base32.decode(TotpCodes.DEMO_SEED));
        return name;
    }

    private boolean apiReadsRecord(String token) {
        return answered(api.get("/api/v1/persons/" + record, token).status(), 403);
    }

    private boolean apiScreens(String token) {
        return answered(
                api.postJson("/api/v1/screening/persons", token, "{\"name\": \"Matrix PERSON\"}")
                        .status(),
                403);
    }

    private boolean apiRecordsData(String token) {
        return answered(
                api.postJson(
                                "/api/v1/persons",
                                token,
                                "{\"names\": [{\"value\": \"Other PERSON\", \"type\": \"PRIMARY\"}]}")
                        .status(),
                403);
    }

    private boolean apiReadsLog(String token) {
        boolean entries =
                answered(api.get("/api/v1/audit/entries?limit=1", token).status(), 403);
        boolean export = answered(
                api.getReply("/api/v1/audit/entries/export?objectId=" + record, token)
                        .status(),
                403);
        assertThat(export).isEqualTo(entries);
        return entries;
    }

    /** 2xx is allowed, the refusal status is refused; anything else fails the test. */
    private static boolean answered(int status, int refusal) {
        if (status == 200 || status == 201) {
            return true;
        }
        assertThat(status).as("a refusal").isEqualTo(refusal);
        return false;
    }

    @Test
    void everyRoleThroughTheApi() {
        String gs = api.bearer("gs");
        String bureau = api.bearer("ncb-fr");
        String officer = client("matrix-officer", "FR", Role.OFFICER);
        String editor = client("matrix-editor", "FR", Role.EDITOR);
        String reviewer = client("matrix-reviewer", "GS", Role.REVIEWER);
        String auditor = client("matrix-auditor", "GS", Role.AUDITOR);
        String admin = client("matrix-admin", "GS", Role.ADMINISTRATOR);

        SoftAssertions cells = new SoftAssertions();
        // role: read a record, run a check, record data, read the audit log
        row(cells, "officer", officer, true, true, false, false);
        row(cells, "editor", editor, true, true, true, false);
        row(cells, "reviewer", reviewer, true, true, false, false);
        row(cells, "auditor", auditor, false, false, false, true);
        row(cells, "admin", admin, false, false, false, false);
        row(cells, "GS API client", gs, true, true, true, true);
        row(cells, "bureau API client", bureau, true, true, true, false);
        cells.assertAll();
    }

    private void row(
            SoftAssertions cells, String role, String token, boolean read, boolean check, boolean write, boolean log) {
        cells.assertThat(apiReadsRecord(token)).as(role + " reads a record").isEqualTo(read);
        cells.assertThat(apiScreens(token)).as(role + " runs a check").isEqualTo(check);
        cells.assertThat(apiRecordsData(token)).as(role + " records data").isEqualTo(write);
        cells.assertThat(apiReadsLog(token)).as(role + " reads the audit log").isEqualTo(log);
    }

    @Test
    void everyPersonThroughThePages() {
        String officer = user("matrix.officer", "FR", Role.OFFICER);
        String editor = user("matrix.editor", "FR", Role.EDITOR);
        String reviewer = user("matrix.reviewer", "GS", Role.REVIEWER);

        SoftAssertions cells = new SoftAssertions();
        // person: read a record, open the border console, read the audit log, manage accounts
        page(cells, officer, PASSWORD, true, true, false, false);
        page(cells, editor, PASSWORD, true, true, false, false);
        page(cells, reviewer, PASSWORD, true, true, false, false);
        page(cells, "auditor", "demo", false, false, true, false);
        page(cells, "admin", "demo", false, false, false, true);
        cells.assertAll();
    }

    private void page(
            SoftAssertions cells,
            String user,
            String password,
            boolean read,
            boolean check,
            boolean log,
            boolean admin) {
        Session session = new Session(user, password);
        cells.assertThat(answered(session.status("/records/persons/" + record), 403))
                .as(user + " reads a record")
                .isEqualTo(read);
        cells.assertThat(answered(session.status("/screening"), 403))
                .as(user + " opens the border console")
                .isEqualTo(check);
        boolean audit = answered(session.status("/audit"), 404);
        cells.assertThat(audit).as(user + " reads the audit log").isEqualTo(log);
        if (audit) {
            cells.assertThat(session.status("/audit?objectId=" + record)).isEqualTo(200);
            cells.assertThat(session.status("/audit/export?objectId=" + record)).isEqualTo(200);
        } else {
            cells.assertThat(session.status("/audit/export"))
                    .as(user + " exports the audit log")
                    .isEqualTo(404);
        }
        cells.assertThat(answered(session.status("/admin"), 403))
                .as(user + " manages accounts")
                .isEqualTo(admin);
    }

    /** A browser session without a browser, signed in with the password and the demo secret's code. */
    private final class Session {
        private final WebSession web = new WebSession(port);

        Session(String user, String password) {
            TotpCodes.allowAnotherSignIn(jdbc, user);
            assertThat(web.signIn(user, password, TotpCodes.demo()))
                    .as(user + " signs in")
                    .doesNotContain("error")
                    .doesNotContain("locked");
        }

        int status(String path) {
            return web.get(path).statusCode();
        }
    }
}
