package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.Consumer;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The probe's attacks that leave a valid chain, made with SQL as a database administrator could, after a checkpoint
 * was signed: a row rewritten and the chain recomputed with the schema's own functions, the newest rows removed
 * together with the high-water mark, and an older backup restored. The signed checkpoint in the witness file, outside
 * the database, catches each. Tampering happens in a transaction that is rolled back, so the shared log stays intact.
 */
@IntegrationTest
class AuditCheckpointIntegrationTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditVerifier verifier;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    CheckpointSigner signer;

    @Autowired
    WitnessFile witness;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    /** The last row of the log when the test started (a backup taken then holds rows 1 … backup). */
    long backup;

    /** The size of the checkpoint signed after the test's rows were written. */
    long signed;

    @BeforeEach
    void writeRowsAndSignACheckpoint() {
        backup = last();
        for (int i = 0; i < 25; i++) {
            log.record(new AuditEntry(
                    "tester", "FR", Operation.READ, "person", "p-" + i, "investigation", Outcome.SUCCESS));
        }
        checkpoints.publish();
        signed = checkpoints.latest().orElseThrow().size();
        assertThat(signed).isGreaterThanOrEqualTo(backup + 25);
    }

    @Test
    void checkpointIsSignedWitnessedAndHasTheRootOfTheLog() {
        Checkpoint latest = checkpoints.latest().orElseThrow();
        assertThat(latest.signedBy(signer.publicKey())).isTrue();
        assertThat(witness.latest(latest.log())).contains(latest);

        List<byte[]> leaves = jdbc.query(
                "SELECT hash FROM audit_log WHERE seq <= ? ORDER BY seq",
                (rs, i) -> MerkleTree.leafOfRow(rs.getString(1)),
                latest.size());
        assertThat(java.util.HexFormat.of().formatHex(MerkleTree.root(leaves))).isEqualTo(latest.root());

        Checkpoint forged = new Checkpoint(
                latest.log(), latest.size() + 1, latest.root(), latest.time(), latest.keyId(), latest.signature());
        assertThat(forged.signedBy(signer.publicKey())).isFalse();
    }

    @Test
    void rewrittenAndRechainedRowIsCaught() {
        long row = backup + 10;
        tampered(
                sql -> {
                    sql.update("UPDATE audit_log SET purpose = 'nothing to see' WHERE seq = ?", row);
                    rechainFrom(sql, row);
                },
                v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstInvalid()).isLessThanOrEqualTo(row);
                    assertThat(v.problem()).contains("changed");
                });
    }

    @Test
    void newestRowsRemovedWithTheirHighWaterMarkAreCaught() {
        tampered(
                sql -> {
                    sql.update("DELETE FROM audit_log WHERE seq > ?", signed - 20);
                    resetHead(sql, signed - 20);
                },
                v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstInvalid()).isEqualTo(signed - 19);
                    assertThat(v.problem()).contains("checkpoint of " + signed + " entries");
                });
    }

    @Test
    void restoredOlderBackupIsCaughtAndNotSigned() {
        tampered(
                sql -> {
                    restoreBackup(sql);
                    assertThatThrownBy(() -> checkpoints.publish())
                            .isInstanceOf(Checkpoints.Refused.class)
                            .hasMessageContaining("rolled back");
                },
                v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstInvalid()).isEqualTo(backup + 1);
                    assertThat(v.problem()).contains("older backup");
                });
    }

    @Test
    void restoredOlderBackupThatGrewAgainIsCaught() {
        tampered(
                sql -> {
                    restoreBackup(sql);
                    for (long seq = backup; seq <= signed + 5; seq++) {
                        log.record(new AuditEntry(
                                "tester", "FR", Operation.READ, "person", "again", "investigation", Outcome.SUCCESS));
                    }
                    assertThatThrownBy(() -> checkpoints.publish())
                            .isInstanceOf(Checkpoints.Refused.class)
                            .hasMessageContaining("changed");
                },
                v -> {
                    assertThat(v.valid()).isFalse();
                    assertThat(v.problem()).contains("changed");
                });
    }

    /** What a database restored from a backup taken before the test's rows holds. */
    private void restoreBackup(JdbcTemplate sql) {
        sql.update("DELETE FROM audit_log WHERE seq > ?", backup);
        sql.update("DELETE FROM audit_checkpoint WHERE size > ?", backup);
        resetHead(sql, backup);
    }

    private static void resetHead(JdbcTemplate sql, long seq) {
        sql.execute("ALTER TABLE audit_head DISABLE TRIGGER audit_head_forward");
        sql.update("UPDATE audit_head SET seq = ?, hash = (SELECT hash FROM audit_log WHERE seq = ?)", seq, seq);
    }

    /** Recomputes the hashes of row {@code from} and every later row with the schema's own functions. */
    private static void rechainFrom(JdbcTemplate sql, long from) {
        sql.execute("""
                DO $$
                DECLARE
                    r record;
                    prev text;
                    h text;
                BEGIN
                    SELECT hash INTO prev FROM audit_log WHERE seq = %d;
                    FOR r IN SELECT * FROM audit_log WHERE seq >= %d ORDER BY seq LOOP
                        h := encode(sha256(convert_to(
                            audit_chain_field(r.seq::text)
                            || audit_chain_field(((extract(epoch FROM r.at) * 1000000)::bigint)::text)
                            || audit_chain_field(r.actor) || audit_chain_field(r.bureau)
                            || audit_chain_field(r.operation) || audit_chain_field(r.object_type)
                            || audit_chain_field(r.object_id) || audit_chain_field(r.purpose)
                            || audit_chain_field(r.outcome) || audit_chain_field(prev), 'UTF8')), 'hex');
                        UPDATE audit_log SET prev_hash = prev, hash = h WHERE seq = r.seq;
                        prev := h;
                    END LOOP;
                    UPDATE audit_head SET hash = prev;
                END $$
                """.formatted(from - 1, from));
    }

    private long last() {
        Long seq = jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM audit_log", Long.class);
        return seq == null ? 0 : seq;
    }

    private void tampered(Consumer<JdbcTemplate> tampering, Consumer<AuditVerification> check) {
        new Tampering(transactions, jdbc, verifier).tampered(tampering, check);
    }
}
