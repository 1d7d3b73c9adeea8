package org.interlink.matching.pdq;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Agreement with the hashes the reference implementation published for ../shared/fixtures/pdq/images. */
class PdqReferenceTest {

    @Test
    void everyPublishedHashIsWithin16Bits() {
        Map<String, PdqHash> expected = PdqFixtures.expected();
        List<String> report = new ArrayList<>();
        int exact = 0;
        int worst = 0;
        for (Map.Entry<String, PdqHash> e : expected.entrySet()) {
            PdqResult r = PdqHasher.hash(PdqFixtures.read(e.getKey()));
            int d = r.hash().distance(e.getValue());
            report.add(e.getKey() + " d=" + d + " q=" + r.quality());
            exact += d == 0 ? 1 : 0;
            worst = Math.max(worst, d);
        }
        System.out.println("PDQ reference agreement: " + exact + " of " + expected.size() + " exact, worst distance "
                + worst + "\n  " + String.join("\n  ", report));
        assertThat(expected).hasSize(18);
        assertThat(worst).as(String.join("; ", report)).isLessThanOrEqualTo(16);
    }
}
