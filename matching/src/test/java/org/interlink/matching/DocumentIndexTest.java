package org.interlink.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DocumentIndexTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            L898902C3        | L898902C3
            ' l898-902 c<3 ' | L898902C3
            Ｌ８９８９０２    | L898902
            12.345/678       | 12345678
            """)
    void normalisesDocumentNumbers(String raw, String normalised) {
        assertThat(DocumentNumbers.normalise(raw)).isEqualTo(normalised);
    }

    @Test
    void rejectsEmptyNumbers() {
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumbers.normalise(" -/- "));
        assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumbers.normaliseIssuingState("D1"));
    }

    @Test
    void findsRecordsByStateAndNumberWhateverTheTyping() {
        DocumentIndex index = new DocumentIndex();
        index.add("UTO", "L898902C3", 42L);
        index.add("D<<", "C01X0006H", 7L);
        index.add("UTO", "L898902C3", 43L);
        index.add("UTO", "L898902C3", 43L);

        assertThat(index.lookup("uto", "l898 902-c3")).containsExactlyInAnyOrder(42L, 43L);
        assertThat(index.lookup("D", "C01X0006H")).containsExactly(7L);
        assertThat(index.lookup("ZZZ", "L898902C3")).isEmpty();
        assertThat(index.lookup("UTO", "L898902C4")).isEmpty();
        assertThat(index.size()).isEqualTo(3);

        assertThat(index.remove("UTO", "L898902C3", 42L)).isTrue();
        assertThat(index.remove("UTO", "L898902C3", 42L)).isFalse();
        assertThat(index.lookup("UTO", "L898902C3")).containsExactly(43L);
    }

    @Test
    void agreesWithAHashMapUnderRandomAddsAndRemoves() {
        DocumentIndex index = new DocumentIndex(16);
        Map<String, Set<Long>> model = new HashMap<>();
        Random rnd = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            String number = "N" + rnd.nextInt(30_000);
            long record = rnd.nextInt(3);
            if (rnd.nextInt(3) == 0) {
                boolean removed = index.remove("UTO", number, record);
                Set<Long> set = model.get(number);
                assertThat(removed).isEqualTo(set != null && set.remove(record));
            } else {
                index.add("UTO", number, record);
                model.computeIfAbsent(number, k -> new HashSet<>()).add(record);
            }
        }
        long size = 0;
        for (var e : model.entrySet()) {
            List<Long> found = new ArrayList<>();
            for (long r : index.lookup("UTO", e.getKey())) {
                found.add(r);
            }
            assertThat(found).containsExactlyInAnyOrderElementsOf(e.getValue());
            size += e.getValue().size();
        }
        assertThat(index.size()).isEqualTo(size);
    }

    @Test
    void staysWithinTwentyFourBytesPerEntryWhenSized() {
        DocumentIndex index = new DocumentIndex(100_000);
        for (int i = 0; i < 100_000; i++) {
            index.add("UTO", "X" + i, i);
        }
        assertThat((double) index.memoryBytes() / index.size()).isLessThanOrEqualTo(24.0);
    }

    @Test
    void lookupsStayCorrectDuringConcurrentGrowth() throws Exception {
        DocumentIndex index = new DocumentIndex();
        for (int i = 0; i < 1_000; i++) {
            index.add("UTO", "S" + i, i);
        }
        AtomicBoolean wrong = new AtomicBoolean();
        Thread reader = new Thread(() -> {
            Random rnd = new Random(3);
            for (int i = 0; i < 200_000; i++) {
                int k = rnd.nextInt(1_000);
                long[] found = index.lookup("UTO", "S" + k);
                if (found.length != 1 || found[0] != k) {
                    wrong.set(true);
                }
            }
        });
        reader.start();
        for (int i = 0; i < 200_000; i++) {
            index.add("UTO", "G" + i, i);
        }
        reader.join();
        assertThat(wrong).isFalse();
    }
}
