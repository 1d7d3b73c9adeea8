package org.interlink.members;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.audit.AuditLog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Tokens end before they expire when revoked, and are refused at most 5 s past their expiry. */
@IntegrationTest
class TokenRevocationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JWKSource<SecurityContext> keys;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditLog audit;

    private HttpResponse<String> revoke(String clientId, String token) throws Exception {
        String basic = Base64.getEncoder().encodeToString((clientId + ":demo").getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/oauth2/revoke"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("token="
                                        + URLEncoder.encode(token, StandardCharsets.UTF_8)
                                        + "&token_type_hint=access_token"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRevokedTokenIsRefusedOnTheApiAndByEveryNode() throws Exception {
        ApiClient api = new ApiClient(port);
        String token = api.token("ncb-it", "demo").json().get("access_token").asString(); // its own, to revoke
        assertThat(api.get("/api/v1/countries", token).status()).isEqualTo(200);

        // another client cannot revoke it
        revoke("ncb-fr", token);
        assertThat(api.get("/api/v1/countries", token).status()).isEqualTo(200);

        assertThat(revoke("ncb-it", token).statusCode()).isEqualTo(200);
        ApiClient.Response refused = api.get("/api/v1/countries", token);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.contentType()).startsWith("application/problem+json");

        String jti = jdbc.queryForObject(
                "SELECT jti FROM revoked_tokens WHERE client_id = 'ncb-it' ORDER BY revoked_at DESC LIMIT 1",
                String.class);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM audit_log WHERE operation = 'DELETE' AND object_type = 'access-token'"
                                + " AND object_id = ? AND actor = 'ncb-it'",
                        Long.class,
                        jti))
                .isEqualTo(1);
        // another node reads the same list
        RevokedTokens otherNode = new RevokedTokens(jdbc, transactions, audit, Duration.ofSeconds(2));
        assertThat(otherNode.isRevoked(jti)).isTrue();
        assertThat(otherNode.isRevoked(UUID.randomUUID().toString())).isFalse();

        // the client's other tokens still work
        assertThat(api.get("/api/v1/countries", api.bearer("ncb-it")).status()).isEqualTo(200);
    }

    private String tokenExpiring(Instant expiresAt) {
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .subject("ncb-fr")
                .id(UUID.randomUUID().toString())
                .issuedAt(expiresAt.minus(Duration.ofMinutes(30)))
                .expiresAt(expiresAt)
                .claim(TokenClaims.BUREAU, "FR")
                .claim(TokenClaims.CLEARANCE, "OFFICIAL")
                .claim("scope", List.of("officer"))
                .build();
        return new NimbusJwtEncoder(keys)
                .encode(JwtEncoderParameters.from(
                        JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
    }

    @Test
    void aTokenSixSecondsPastItsExpiryIsRefused() {
        ApiClient api = new ApiClient(port);
        assertThat(api.get("/api/v1/countries", tokenExpiring(Instant.now().plusSeconds(60)))
                        .status())
                .isEqualTo(200);
        ApiClient.Response late =
                api.get("/api/v1/countries", tokenExpiring(Instant.now().minusSeconds(6)));
        assertThat(late.status()).isEqualTo(401);
        assertThat(late.contentType()).startsWith("application/problem+json");
    }
}
