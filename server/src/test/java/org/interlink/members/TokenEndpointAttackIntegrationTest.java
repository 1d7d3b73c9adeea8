package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.access.Classification;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The probe's attack on {@code POST /oauth2/token}: wrong secrets in bulk. Each sender has an address of its own on the
 * loopback network (127.0.0.x), so the limit per address is exercised over real HTTP without touching the other tests'
 * senders (127.0.0.1).
 */
@IntegrationTest
class TokenEndpointAttackIntegrationTest {

    @Autowired
    Members members;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TokenLimits limits;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private HttpResponse<String> token(String fromAddress, String clientId, String secret) throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .localAddress(InetAddress.getByName(fromAddress))
                .build();
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/oauth2/token"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void threeHundredWrongSecretsAreLimitedLockTheClientAndCostAtMostFiveHashes() throws Exception {
        String secret = members.createClient(
                SignInIntegrationTest.GS_ADMIN, "attack-target", "FR", Set.of(Role.OFFICER), Classification.OFFICIAL);
        long hashesBefore = ((Passwords.Counted) passwords).comparisons();
        int unauthorized = 0;
        int limited = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 300; i++) {
            HttpResponse<String> answer = token("127.0.0.3", "attack-target", "wrong-" + i);
            assertThat(answer.statusCode()).isIn(401, 429);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(answer.body()).doesNotContain("access_token");
            if (answer.statusCode() == 429) {
                limited++;
                assertThat(answer.headers().firstValue("Retry-After"))
                        .hasValueSatisfying(
                                after -> assertThat(Long.parseLong(after)).isPositive());
                assertThat(answer.body()).contains("\"status\":429");
            } else {
                unauthorized++;
            }
        }
        long seconds = (System.nanoTime() - start) / 1_000_000_000 + 1;
        assertThat(limited).isGreaterThanOrEqualTo(200);
        // the client's burst (30) and its refill (one a second) were answered; everything else was limited
        assertThat(unauthorized).isLessThanOrEqualTo(30 + (int) seconds);
        // wrong secrets were hashed only until the lock: after it, and once limited, none is
        assertThat(((Passwords.Counted) passwords).comparisons() - hashesBefore)
                .isLessThanOrEqualTo(ClientLockout.MAX_FAILURES);

        // locked in PostgreSQL, for ten minutes, for every node
        Long minutes = jdbc.queryForObject(
                "SELECT round(extract(epoch FROM locked_until - now()) / 60) FROM clients WHERE client_id = ?",
                Long.class,
                "attack-target");
        assertThat(minutes).isEqualTo(10);
        assertThat(token("127.0.0.4", "attack-target", secret).statusCode()).isIn(401, 429);
        limits.forget("attack-target"); // past the rate limit, the lock alone still refuses the right secret
        HttpResponse<String> locked = token("127.0.0.4", "attack-target", secret);
        assertThat(locked.statusCode()).isEqualTo(401);
        assertThat(locked.body()).doesNotContain("access_token");

        // another client, from another address, is not hurt
        assertThat(token("127.0.0.5", "ncb-de", "demo").statusCode()).isEqualTo(200);
        assertThat(new ApiClient(port).token("ncb-it", "demo").status()).isEqualTo(200);

        // another bureau's administrator finds no such client
        org.interlink.access.Viewer germanAdmin =
                new org.interlink.access.Viewer("admin.de", "DE", Set.of("ADMINISTRATOR"), Classification.OFFICIAL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> members.unlockClient(germanAdmin, "attack-target"))
                .isInstanceOf(org.interlink.common.NotFoundException.class);
        members.unlockClient(SignInIntegrationTest.GS_ADMIN, "attack-target");
        assertThat(token("127.0.0.4", "attack-target", secret).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'PERMISSION_CHANGE'"
                                + " AND object_type = 'client' AND object_id = 'attack-target'",
                        Long.class))
                .isEqualTo(2); // created, unlocked
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'TOKEN_REFUSED'"
                                + " AND object_type = 'client-lock' AND object_id = 'attack-target'",
                        Long.class))
                .isEqualTo(1);
    }

    @Test
    void aClientUnderTheLimitIsUnaffected() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(token("127.0.0.6", "ncb-us", "demo").statusCode()).isEqualTo(200);
        }
    }
}
