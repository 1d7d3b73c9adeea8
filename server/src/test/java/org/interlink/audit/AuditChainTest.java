package org.interlink.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:15:30.123456789Z");

    private static AuditEntry entry(String actor, String purpose) {
        return new AuditEntry(actor, "FR", Operation.READ, "person", "p-1", purpose, Outcome.SUCCESS);
    }

    @Test
    void sameRowSamePredecessorGivesTheSameHash() {
        assertThat(AuditChain.hash(7, AT, entry("a", "b"), AuditChain.GENESIS))
                .isEqualTo(AuditChain.hash(7, AT, entry("a", "b"), AuditChain.GENESIS))
                .hasSize(64)
                .matches("[0-9a-f]{64}");
    }

    @Test
    void everyFieldAndThePredecessorAreCovered() {
        String base = AuditChain.hash(7, AT, entry("a", "b"), AuditChain.GENESIS);
        assertThat(AuditChain.hash(8, AT, entry("a", "b"), AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(AuditChain.hash(7, AT.plusNanos(1000), entry("a", "b"), AuditChain.GENESIS))
                .isNotEqualTo(base);
        assertThat(AuditChain.hash(7, AT, entry("a", "c"), AuditChain.GENESIS)).isNotEqualTo(base);
        assertThat(AuditChain.hash(7, AT, entry("a", "b"), "1".repeat(64))).isNotEqualTo(base);
    }

    @Test
    void lengthPrefixesKeepFieldBoundaries() {
        // Without length prefixes "ab"+"c" and "a"+"bc" would encode alike.
        assertThat(AuditChain.hash(1, AT, entry("ab", "c"), AuditChain.GENESIS))
                .isNotEqualTo(AuditChain.hash(1, AT, entry("a", "bc"), AuditChain.GENESIS));
    }

    @Test
    void timesAreKeptToTheMicrosecondAsPostgresStoresThem() {
        assertThat(AuditChain.hash(1, AT, entry("a", "b"), AuditChain.GENESIS))
                .isEqualTo(AuditChain.hash(1, AuditChain.truncate(AT), entry("a", "b"), AuditChain.GENESIS));
    }

    @Test
    void oversizedFreeTextIsBounded() {
        assertThat(entry("x".repeat(10_000), "b").actor()).hasSize(200);
    }

    @Test
    void aRowWithoutAPlaceHashesAsRowsDidBeforePlacesWereRecorded() {
        // Computed independently from the encoding of migrations V2 and V41: the log's older rows must still verify.
        assertThat(AuditChain.hash(7, AT, entry("a", "b"), AuditChain.GENESIS))
                .isEqualTo("1d5d7ced4337a4fa3485e6b0ec46ce60881801d2d2f83f53b8c9e0af310669e4");
    }

    @Test
    void thePlaceIsCoveredWhenThereIsOne() {
        AuditEntry located = new AuditEntry("a", "FR", Operation.READ, "person", "p-1", "b", Outcome.SUCCESS, "gate 4");
        // The place as an eleventh field between the outcome and the previous hash (migration V60).
        assertThat(AuditChain.hash(7, AT, located, AuditChain.GENESIS))
                .isEqualTo("3e1189e0cd9a9ce335d4db6427dfb955c09430ab5d3d511f5a3811e4a16031e9");
    }
}
