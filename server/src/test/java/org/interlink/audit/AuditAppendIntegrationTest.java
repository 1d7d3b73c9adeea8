package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.interlink.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The database appends rows (function {@code audit_append}) and the Java verifier checks them: both must encode and
 * hash a row the same way, whatever its fields hold.
 */
@IntegrationTest
class AuditAppendIntegrationTest {

    @Autowired
    AuditLog log;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    AuditVerifier verifier;

    /** Fields where byte and character lengths differ, or that look like the encoding's own length prefixes. */
    static final List<AuditEntry> AWKWARD = List.of(
            new AuditEntry("officer.eg", "EG", Operation.READ, "person", "محمد بن سلمان", "تحقيق", Outcome.SUCCESS),
            new AuditEntry("", "", Operation.SEARCH, "", "", "", Outcome.NOT_FOUND),
            new AuditEntry("3:abc", "12:", Operation.LIST, "a:b:c", "0:", "1:x2:yy", Outcome.DENIED),
            new AuditEntry("🛂 officer", "JP", Operation.READ, "document", "ﾊﾟｽﾎﾟｰﾄ ÅÄÖ ß", "国境", Outcome.SUCCESS),
            new AuditEntry(
                    "x".repeat(250), "DE", Operation.EXPORT, "vehicle", "é".repeat(200), "check", Outcome.FAILED),
            new AuditEntry(
                    "officer.jp", "JP", Operation.SCREEN, "person-check", "", "check", Outcome.SUCCESS, "成田 T1 ゲート 4"));

    @Test
    void databaseHashesAreTheVerifiersHashes() {
        long before = last();
        log.recordAll(AWKWARD);

        List<Map<String, Object>> rows =
                jdbc.queryForList("SELECT seq, at, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq", before);
        assertThat(rows).hasSize(AWKWARD.size());
        String previous = before == 0 ? AuditChain.GENESIS : hashOf(before);
        for (int i = 0; i < rows.size(); i++) {
            Map<String, Object> row = rows.get(i);
            long seq = ((Number) row.get("seq")).longValue();
            Instant at = ((java.sql.Timestamp) row.get("at")).toInstant();
            assertThat(seq).isEqualTo(before + 1 + i);
            assertThat(row.get("prev_hash")).isEqualTo(previous);
            assertThat(row.get("hash")).isEqualTo(AuditChain.hash(seq, at, AWKWARD.get(i), previous));
            previous = (String) row.get("hash");
        }
    }

    @Test
    void withoutTransactionTheRowsAreCommittedOnReturn() {
        long before = last();
        log.recordAll(AWKWARD.subList(0, 2));
        // a new transaction sees them: they are committed
        Long seen = transactions.execute(status -> last());
        assertThat(seen).isEqualTo(before + 2);
    }

    @Test
    void inARolledBackTransactionNothingIsAppended() {
        long before = last();
        transactions.executeWithoutResult(status -> {
            log.recordAll(AWKWARD);
            assertThat(last()).isEqualTo(before + AWKWARD.size());
            status.setRollbackOnly();
        });
        assertThat(last()).isEqualTo(before);
        log.recordAll(AWKWARD.subList(0, 1));
        assertThat(last()).isEqualTo(before + 1); // the chain goes on from the last committed row
    }

    @Test
    void aRowIsNeverEarlierThanItsPredecessorSoTimeWindowsAreRangesOfTheChain() {
        long head = last();
        java.time.OffsetDateTime headAt =
                jdbc.queryForObject("SELECT at FROM audit_log WHERE seq = ?", java.time.OffsetDateTime.class, head);
        // A caller whose clock reading is older than the head (it waited for the chain lock, or its clock is behind).
        jdbc.queryForObject(
                "SELECT audit_append(?, '2000-01-01T00:00:00Z', ARRAY['late'], ARRAY['FR'], ARRAY['READ'],"
                        + " ARRAY['person'], ARRAY['x'], ARRAY['test'], ARRAY['SUCCESS'], ARRAY[''])",
                Long.class,
                AuditLog.CHAIN_LOCK);
        java.time.OffsetDateTime appendedAt =
                jdbc.queryForObject("SELECT at FROM audit_log WHERE seq = ?", java.time.OffsetDateTime.class, head + 1);
        assertThat(appendedAt).isEqualTo(headAt);
        assertThat(verifier.verify().valid()).isTrue();
    }

    private long last() {
        Long seq = jdbc.queryForObject("SELECT coalesce(max(seq), 0) FROM audit_log", Long.class);
        return seq == null ? 0 : seq;
    }

    private String hashOf(long seq) {
        return jdbc.queryForObject("SELECT hash FROM audit_log WHERE seq = ?", String.class, seq);
    }
}
