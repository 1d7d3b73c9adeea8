package org.interlink.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void isAVersion7UuidCarryingItsMillisecond() {
        long millis = 1_764_547_200_123L; // 2025-12-01T00:00:00.123Z
        UUID id = TimeOrderedIds.next(millis);
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2); // RFC 9562
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(millis);
        assertThat(id.toString()).startsWith("019ad735-847b-7");
    }

    @Test
    void idsOfALaterMillisecondSortAfterAsUuidsAndAsText() {
        for (long millis = 1_764_547_200_000L; millis < 1_764_547_200_000L + 5_000; millis += 7) {
            UUID earlier = TimeOrderedIds.next(millis);
            UUID later = TimeOrderedIds.next(millis + 1);
            assertThat(later.toString()).isGreaterThan(earlier.toString());
            assertThat(Long.compareUnsigned(later.getMostSignificantBits(), earlier.getMostSignificantBits()))
                    .isPositive();
        }
    }

    @Test
    void idsOfOneMillisecondDifferInTheirRandomBits() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(TimeOrderedIds.next(1_764_547_200_000L));
        }
        assertThat(ids).hasSize(10_000);
    }
}
