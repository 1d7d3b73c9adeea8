package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.interlink.ApiClient;
import org.interlink.IntegrationTest;
import org.interlink.Interlink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An auditor exports a signed checkpoint, the public key and an inclusion proof over HTTP, and checks them with the
 * command-line verifier alone (no database, no application).
 */
@IntegrationTest
class AuditProofIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    AuditLog log;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    JdbcTemplate jdbc;

    ApiClient api;

    long seq;

    @BeforeEach
    void writeARowAndSignACheckpoint() {
        api = new ApiClient(port);
        log.record(
                new AuditEntry("officer.fr", "FR", Operation.READ, "person", "p-42", "investigation", Outcome.SUCCESS));
        seq = jdbc.queryForObject("SELECT max(seq) FROM audit_log", Long.class);
        checkpoints.publish();
    }

    @Test
    void auditorVerifiesAnExportedProofOffline(@TempDir Path dir) throws Exception {
        String gs = api.bearer("gs");
        ApiClient.Response proof = api.get("/api/v1/audit/entries/" + seq + "/proof", gs);
        assertThat(proof.status()).isEqualTo(200);
        assertThat(proof.json().at("/entry/objectId").asString()).isEqualTo("p-42");
        assertThat(proof.json().at("/leafIndex").asLong()).isEqualTo(seq - 1);

        ApiClient.Response checkpoint = api.get("/api/v1/audit/checkpoints/latest", api.bearer("ncb-de"));
        assertThat(checkpoint.status()).isEqualTo(200);
        ApiClient.Response key = api.get("/api/v1/audit/checkpoints/public-key", api.bearer("ncb-de"));
        assertThat(key.body()).startsWith("-----BEGIN PUBLIC KEY-----");

        Path proofFile = Files.writeString(dir.resolve("proof.json"), proof.body());
        Path keyFile = Files.writeString(dir.resolve("audit.pub"), key.body());
        Path checkpointFile = Files.writeString(dir.resolve("checkpoint.json"), checkpoint.body());
        String[] args = {"verify-audit", "--proof=" + proofFile, "--public-key=" + keyFile};
        assertThat(AuditCommandLine.run(Interlink.class, args)).isZero();
        if (checkpoint.json().get("size").asLong()
                == proof.json().at("/checkpoint/size").asLong()) {
            String[] against = {
                "verify-audit", "--proof=" + proofFile, "--public-key=" + keyFile, "--checkpoint=" + checkpointFile
            };
            assertThat(AuditCommandLine.run(Interlink.class, against)).isZero();
        }

        Files.writeString(proofFile, proof.body().replace("\"p-42\"", "\"p-43\""));
        assertThat(AuditCommandLine.run(Interlink.class, args))
                .as("a changed entry")
                .isEqualTo(1);

        String otherRoot =
                proof.body().replace(proof.json().at("/checkpoint/root").asString(), "0".repeat(64));
        Files.writeString(proofFile, otherRoot);
        assertThat(AuditCommandLine.run(Interlink.class, args))
                .as("a forged checkpoint")
                .isEqualTo(1);

        Files.writeString(proofFile, "{not json");
        assertThat(AuditCommandLine.run(Interlink.class, args)).isEqualTo(2);
    }

    @Test
    void proofIsForTheGeneralSecretariatAndAuditorsOnlyAndOthersAreToldItIsMissing() {
        ApiClient.Response refused = api.get("/api/v1/audit/entries/" + seq + "/proof", api.bearer("ncb-fr"));
        ApiClient.Response missing = api.get("/api/v1/audit/entries/" + (seq + 1_000_000) + "/proof", api.bearer("gs"));
        assertThat(refused.status()).isEqualTo(404);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("title")).isEqualTo(missing.json().get("title"));
    }

    @Test
    void badSequenceOrSizeIsNamed() {
        String gs = api.bearer("gs");
        ApiClient.Response bad = api.get("/api/v1/audit/entries/abc/proof", gs);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("seq");

        ApiClient.Response badSize = api.get("/api/v1/audit/entries/1/proof?size=0", gs);
        assertThat(badSize.status()).isEqualTo(400);
        assertThat(badSize.json().at("/errors/0/field").asString()).isEqualTo("size");

        ApiClient.Response noSuchCheckpoint = api.get("/api/v1/audit/entries/1/proof?size=" + (seq + 1_000_000), gs);
        assertThat(noSuchCheckpoint.status()).isEqualTo(404);
    }

    @Test
    void entryNotYetCoveredByACheckpointIsAConflict() {
        log.record(
                new AuditEntry("officer.fr", "FR", Operation.READ, "person", "p-43", "investigation", Outcome.SUCCESS));
        long newest = jdbc.queryForObject("SELECT max(seq) FROM audit_log", Long.class);
        long covered = checkpoints.latest().orElseThrow().size();
        ApiClient.Response answer =
                api.get("/api/v1/audit/entries/" + newest + "/proof?size=" + covered, api.bearer("gs"));
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.contentType()).startsWith("application/problem+json");
    }
}
