package org.interlink.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.interlink.access.Restriction;
import org.junit.jupiter.api.Test;

/** The indexes follow entries by version, in any order, and the lookups wait for the start-up load. */
class ContentIndexTest {

    static final String PDQ = "f8f8f0cee0f4a84f06370a22038f63f0b36e2ed596621e1d33e6b39c4e9c9b22";

    @Test
    void anOlderVersionArrivingLateDoesNotUndoANewerOne() {
        ContentIndex index = new ContentIndex();
        index.apply(entry(1, SignalType.PDQ, PDQ, false, 2));
        index.apply(entry(1, SignalType.PDQ, PDQ, true, 1)); // the start-up load read it before the disable
        assertThat(index.search(SignalType.PDQ, PDQ)).isEmpty();
        index.apply(entry(1, SignalType.PDQ, PDQ, true, 3));
        assertThat(index.search(SignalType.PDQ, PDQ))
                .extracting(ContentIndex.Found::distance)
                .containsExactly(0);
    }

    @Test
    void pdqMatchesWithinThirtyOneBitsAndTheExactTypesExactly() {
        ContentIndex index = new ContentIndex();
        index.apply(entry(1, SignalType.PDQ, PDQ, true, 1));
        index.apply(entry(2, SignalType.MD5, "0".repeat(32), true, 1));
        String near = flip(PDQ, 31);
        String far = flip(PDQ, 32);
        assertThat(index.search(SignalType.PDQ, near))
                .extracting(ContentIndex.Found::distance)
                .containsExactly(31);
        assertThat(index.search(SignalType.PDQ, far)).isEmpty();
        assertThat(index.search(SignalType.MD5, "0".repeat(32))).hasSize(1);
        assertThat(index.search(SignalType.SHA256, "0".repeat(32))).isEmpty();
        index.apply(entry(2, SignalType.MD5, "0".repeat(32), false, 2));
        assertThat(index.search(SignalType.MD5, "0".repeat(32))).isEmpty();
    }

    @Test
    void aLookupBeforeTheLoadEndsIsRefusedWith503AndRetryAfter() {
        ContentReadiness readiness = new ContentReadiness();
        Lookups lookups = new Lookups(new ContentIndex(), readiness, null, null);
        assertThatThrownBy(() -> lookups.lookup(
                        null,
                        List.of(new Lookups.SignalQuery("md5", "0".repeat(32), null)),
                        new Lookups.Context("", "")))
                .isInstanceOfSatisfying(ContentReadiness.NotReady.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(503);
                    assertThat(e.getHeaders().getFirst("Retry-After")).isEqualTo("5");
                });
    }

    /** The hash with its first {@code bits} bits inverted. */
    static String flip(String hex, int bits) {
        char[] c = hex.toCharArray();
        for (int i = 0; i < bits; i++) {
            int digit = i / 4;
            int value = Character.digit(c[digit], 16) ^ (8 >> (i % 4));
            c[digit] = Character.forDigit(value, 16);
        }
        return new String(c);
    }

    static IndexedEntry entry(long id, SignalType type, String signal, boolean enabled, long version) {
        return new IndexedEntry(
                id, "bank", "bank", "DE", Restriction.OPEN, false, type, signal, List.of(), "", enabled, version);
    }
}
