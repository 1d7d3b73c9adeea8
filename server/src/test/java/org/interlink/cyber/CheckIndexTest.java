package org.interlink.cyber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.interlink.access.Classification;
import org.interlink.access.Viewer;
import org.junit.jupiter.api.Test;

class CheckIndexTest {

    private static IndicatorSnapshot indicator(String modified, boolean revoked, String type, String value) {
        return new IndicatorSnapshot(
                "FR",
                "indicator--8e2e2d2b-17d4-4cbf-938f-98ee46b3cd3f",
                Instant.parse(modified),
                "OFFICIAL",
                "ALL",
                Set.of(),
                "CLEAR",
                "[" + type + ":value = '" + value + "']",
                List.of(type),
                List.of(value),
                Checks.DEFAULT_ACTION,
                50,
                Instant.parse("2026-01-01T00:00:00Z"),
                Instant.parse("2027-01-01T00:00:00Z"),
                revoked);
    }

    private static List<String> found(CheckIndex index, String value) {
        return index.lookups(value).stream()
                .flatMap(lookup -> index.under(lookup.key()).stream())
                .toList();
    }

    @Test
    void aNewVersionReplacesTheOldValuesAndAnOlderOneIsIgnored() {
        CheckIndex index = new CheckIndex();
        index.put(indicator("2026-01-01T00:00:00Z", false, "domain-name", "old.example"));
        assertThat(found(index, "www.old.example")).hasSize(1);
        index.put(indicator("2026-02-01T00:00:00Z", false, "domain-name", "new.example"));
        assertThat(found(index, "old.example")).isEmpty();
        assertThat(found(index, "new.example")).hasSize(1);
        index.put(indicator("2026-01-15T00:00:00Z", false, "domain-name", "old.example"));
        assertThat(found(index, "old.example")).as("a late, older version").isEmpty();
        assertThat(index.values()).as("each value once").isEqualTo(1);
    }

    @Test
    void aRevokedIndicatorMatchesNothingEvenWhenAnOlderVersionArrivesLate() {
        CheckIndex index = new CheckIndex();
        index.put(indicator("2026-02-01T00:00:00Z", true, "ipv4-addr", "198.51.100.0/24"));
        index.put(indicator("2026-01-01T00:00:00Z", false, "ipv4-addr", "198.51.100.0/24"));
        assertThat(found(index, "198.51.100.9")).isEmpty();
        assertThat(index.values()).isZero();
    }

    @Test
    void rangesAreProbedByThePrefixLengthsHeld() {
        CheckIndex index = new CheckIndex();
        index.put(indicator("2026-01-01T00:00:00Z", false, "ipv4-addr", "198.51.100.0/24"));
        assertThat(found(index, "198.51.100.9")).hasSize(1);
        assertThat(found(index, "198.51.101.9")).isEmpty();
    }

    @Test
    void checksAreRefusedWith503AndRetryAfterUntilTheIndexIsBuilt() {
        Checks checks = new Checks(new CheckIndex(), new CyberReadiness(), null, null);
        Viewer viewer = new Viewer("t", "DE", Set.of("OFFICER"), Classification.RESTRICTED);
        assertThatThrownBy(() -> checks.check(viewer, List.of("198.51.100.9"), "test"))
                .isInstanceOfSatisfying(CyberReadiness.NotReady.class, refused -> {
                    assertThat(refused.getStatusCode().value()).isEqualTo(503);
                    assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("5");
                });
    }
}
